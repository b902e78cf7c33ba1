package org.durand.model;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;

/**
 * The random draws the mechanisms need, all from the model's generator (Commons Math
 * distributions through {@link RandomAdapter}).
 */
public final class Draws implements java.io.Serializable {

    private static final long serialVersionUID = 1L;


    private final MersenneTwisterFast random;
    private final RandomAdapter adapter;

    public Draws(MersenneTwisterFast random) {
        this.random = random;
        this.adapter = new RandomAdapter(random);
    }

    /** True with probability {@code p} (clipped to [0, 1]). */
    public boolean chance(double p) {
        return p > 0 && (p >= 1 || random.nextDouble() < p);
    }

    /** Uniform integer in [0, n). */
    public int index(int n) {
        return random.nextInt(n);
    }

    /** Exponential with mean 1. */
    public double unitExponential() {
        return -Math.log(1.0 - random.nextDouble());
    }

    /** A Poisson count with the given mean (0 for a non-positive mean). */
    public int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        return new PoissonDistribution(adapter, mean, PoissonDistribution.DEFAULT_EPSILON,
                PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample();
    }

    /**
     * An overdispersed count: negative binomial as a gamma–Poisson mixture with the given mean and
     * dispersion {@code k} (variance = mean + mean²/k; smaller k, heavier tail).
     */
    public int negativeBinomial(double mean, double k) {
        if (mean <= 0) {
            return 0;
        }
        double rate = new GammaDistribution(adapter, k, mean / k).sample();
        return poisson(rate);
    }

    /** A binomial count: successes in {@code n} trials of probability {@code p}. */
    public int binomial(int n, double p) {
        int k = 0;
        for (int i = 0; i < n; i++) {
            k += chance(p) ? 1 : 0;
        }
        return k;
    }

    /**
     * A power-law (Pareto) count between {@code min} and {@code max}: P(X ≥ x) ∝ x^(1 − alpha),
     * truncated at {@code max}, drawn by inversion of the truncated distribution function and
     * rounded down. Requires 0 &lt; min &lt; max and alpha &gt; 1.
     */
    public int powerLaw(double min, double max, double alpha) {
        double tail = Math.pow(max / min, 1 - alpha);            // P(X ≥ max) of the untruncated law
        double u = random.nextDouble();                          // in [0, 1)
        double x = min * Math.pow(1 - u * (1 - tail), -1.0 / (alpha - 1));
        return (int) Math.floor(Math.min(x, max));
    }

    /** Index drawn with probability proportional to {@code weights[i]}; -1 when all are zero. */
    public int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        if (total <= 0) {
            return -1;
        }
        double u = random.nextDouble() * total;
        int lastPositive = -1;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
            if (weights[i] > 0) {
                lastPositive = i;
            }
        }
        // rounding can leave u at or just above 0 after the last weight: the draw belongs to the
        // last index that has a weight, never to a trailing zero
        return lastPositive;
    }
}
