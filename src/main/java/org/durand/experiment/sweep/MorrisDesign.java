package org.durand.experiment.sweep;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.util.MathArrays;

/**
 * Morris trajectories (Morris 1991) on a grid of p levels {0, 1/(p−1), …, 1} with the step
 * Δ = p / (2(p − 1)). Trajectory t starts at a random grid point; its k steps move one parameter
 * each, in a random order, by +Δ, or by −Δ where +Δ would leave the unit range. The choices of a
 * trajectory are fixed by (seed, t) alone.
 */
final class MorrisDesign implements UnitDesign {

    private final int k;
    private final int trajectories;
    private final int levels;
    private final long seed;

    MorrisDesign(int k, int trajectories, int levels, long seed) {
        this.k = k;
        this.trajectories = trajectories;
        this.levels = levels;
        this.seed = seed;
    }

    @Override
    public int size() {
        return trajectories * (k + 1);
    }

    @Override
    public double[] point(int i) {
        int t = i / (k + 1);
        int step = i % (k + 1);
        MersenneTwister random = new MersenneTwister(new int[] {(int) seed, (int) (seed >>> 32), t});
        double delta = levels / (2.0 * (levels - 1));
        double[] u = new double[k];
        for (int d = 0; d < k; d++) {
            u[d] = random.nextInt(levels) / (levels - 1.0);
        }
        int[] order = MathArrays.natural(k);
        MathArrays.shuffle(order, random);
        for (int s = 0; s < step; s++) {
            int d = order[s];
            u[d] = u[d] + delta <= 1 + 1e-12 ? u[d] + delta : u[d] - delta;
        }
        return u;
    }
}
