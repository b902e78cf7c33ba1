package org.durand.experiment.sweep;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.util.MathArrays;

/**
 * A Latin hypercube (McKay, Beckman and Conover 1979): each parameter's range is cut into n equal
 * strata and each stratum holds exactly one point, at a uniform position within it. Holds one
 * permutation of n per parameter (4 bytes per point and parameter).
 */
final class LatinHypercube implements UnitDesign {

    private final int[][] strata;
    private final long seed;

    LatinHypercube(int k, int n, long seed) {
        this.seed = seed;
        MersenneTwister random = new MersenneTwister(seed);
        strata = new int[k][];
        for (int d = 0; d < k; d++) {
            strata[d] = MathArrays.natural(n);
            MathArrays.shuffle(strata[d], random);
        }
    }

    @Override
    public int size() {
        return strata.length == 0 ? 0 : strata[0].length;
    }

    @Override
    public double[] point(int i) {
        double[] u = new double[strata.length];
        for (int d = 0; d < u.length; d++) {
            u[d] = (strata[d][i] + UnitDesign.hash(seed, i, d)) / strata[d].length;
        }
        return u;
    }
}
