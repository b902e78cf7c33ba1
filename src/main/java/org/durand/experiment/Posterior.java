package org.durand.experiment;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import ec.util.MersenneTwisterFast;

/**
 * A weighted sample of parameter sets: the particles of an approximate Bayesian computation
 * ({@code durand calibrate --method abc}), read back from {@code posterior.csv} to run a scenario
 * over its parameter uncertainty ({@code durand run --posterior}).
 *
 * <p>Each replicate draws one particle with probability proportional to its weight, from a
 * generator seeded by the base seed and the replicate index alone ({@link #drawFor}), so the draw
 * of replicate r is the same whatever the thread count, and two runs with the same base seed and
 * posterior (a scenario and its counterfactual) give replicate r the same parameter set: their
 * differences are paired.
 *
 * @param paths     the dotted paths of the parameters, d ≥ 1 of them, as for {@code --set}
 * @param values    n × d values, row i the parameter set of particle i in the order of
 *                  {@code paths}, each in its parameter's own unit (copied)
 * @param weights   n importance weights, ≥ 0, not all 0; normalised to sum to 1 (copied)
 * @param distances n ABC distances of the particles (weighted RMS relative error of their
 *                  simulated targets; NaN when unknown)
 */
public record Posterior(List<String> paths, double[][] values, double[] weights, double[] distances)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Salt mixed into a replicate's seed for its draw, so the draw's stream differs from the model's. */
    private static final long DRAW_SALT = 0x5DEECE66DL;

    /**
     * @throws IllegalArgumentException if the shapes disagree, there are no particles or
     *                                  parameters, or a weight is negative, not finite, or all are 0
     */
    public Posterior {
        paths = List.copyOf(paths);
        int n = weights.length;
        if (paths.isEmpty() || n == 0 || values.length != n || distances.length != n) {
            throw new IllegalArgumentException("a posterior needs at least one parameter and one particle, and "
                    + "as many value rows and distances as weights");
        }
        double sum = 0;
        for (double w : weights) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("weights must be finite and ≥ 0, got " + w);
            }
            sum += w;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("the weights sum to 0");
        }
        double[][] copy = new double[n][];
        double[] normalised = new double[n];
        for (int i = 0; i < n; i++) {
            if (values[i].length != paths.size()) {
                throw new IllegalArgumentException("particle " + i + " has " + values[i].length + " values for "
                        + paths.size() + " parameters");
            }
            copy[i] = values[i].clone();
            normalised[i] = weights[i] / sum;
        }
        values = copy;
        weights = normalised;
        distances = distances.clone();
    }

    /** Number of particles, n. */
    public int size() {
        return weights.length;
    }

    /** Particle i's parameter values, in the order of {@link #paths()} (a copy). */
    public double[] particle(int i) {
        return values[i].clone();
    }

    /** The n × d values (a deep copy). */
    @Override
    public double[][] values() {
        double[][] copy = new double[values.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = values[i].clone();
        }
        return copy;
    }

    /** The normalised weights, summing to 1 (a copy). */
    @Override
    public double[] weights() {
        return weights.clone();
    }

    /** The particles' distances (a copy). */
    @Override
    public double[] distances() {
        return distances.clone();
    }

    /**
     * Kish's effective sample size (Σw)²/Σw², between 1 (one particle carries all weight) and n
     * (equal weights); Kish (1965), <i>Survey Sampling</i>, as used for importance samples in
     * ABC-SMC (Beaumont et al. 2009).
     */
    public double effectiveSampleSize() {
        double sq = 0;
        for (double w : weights) {
            sq += w * w;
        }
        return 1 / sq;
    }

    /**
     * The index of the particle drawn with probability proportional to its weight by {@code u}, a
     * uniform number in [0, 1): the first particle whose cumulative weight exceeds u.
     */
    public int pick(double u) {
        double cumulative = 0;
        for (int i = 0; i < weights.length; i++) {
            cumulative += weights[i];
            if (u < cumulative) {
                return i;
            }
        }
        int last = weights.length - 1;
        while (last > 0 && weights[last] == 0) {
            last--;
        }
        return last;
    }

    /**
     * The particle replicate {@code rep} of a run with base seed {@code baseSeed} uses: drawn by
     * weight with a generator seeded by the replicate's seed ({@link Seeds#forReplicate}) mixed with
     * a salt, so it depends on (base seed, replicate) only.
     *
     * @return a particle index, 0 ≤ index &lt; {@link #size()}
     */
    public int drawFor(long baseSeed, int rep) {
        MersenneTwisterFast random = new MersenneTwisterFast(Seeds.forReplicate(baseSeed, rep) ^ DRAW_SALT);
        return pick(random.nextDouble());
    }

    /** The weighted mean of parameter {@code j} over the particles. */
    public double mean(int j) {
        double m = 0;
        for (int i = 0; i < weights.length; i++) {
            m += weights[i] * values[i][j];
        }
        return m;
    }

    /**
     * The weighted quantile of parameter {@code j}: the smallest particle value whose cumulative
     * weight (particles sorted by value) reaches {@code p}.
     *
     * @param p probability in [0, 1]
     */
    public double quantile(int j, double p) {
        Integer[] order = new Integer[weights.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(values[a][j], values[b][j]));
        double cumulative = 0;
        for (Integer i : order) {
            cumulative += weights[i];
            if (cumulative >= p - 1e-12) {
                return values[i][j];
            }
        }
        return values[order[order.length - 1]][j];
    }
}
