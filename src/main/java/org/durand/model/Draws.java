package org.durand.model;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.special.Gamma;
import org.apache.commons.math3.util.FastMath;

/**
 * The random draws the mechanisms need, all from the model's generator (Commons Math
 * distributions through {@link RandomAdapter}).
 */
public final class Draws implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Below this mean a Poisson count is drawn by the multiplication method, as Commons Math's
     * {@code PoissonDistribution.sample()} draws it (its own pivot); from it on by transformed rejection.
     */
    static final double POISSON_PIVOT = 40.0;

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

    /** Uniform in [0, 1), 53 random bits. */
    public double uniform() {
        return random.nextDouble();
    }

    /**
     * Uniform integer in [0, n), exactly: the high half of a 32-bit draw times n, drawn again in the
     * rare case (probability below n / 2³²) that the low half falls where the product would favour
     * some values (Lemire, ACM Transactions on Modeling and Computer Simulation 29, 2019), without the
     * division that {@code nextInt(n)} makes for every draw.
     *
     * @throws IllegalArgumentException if {@code n} is not positive
     */
    public int index(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("a uniform index needs a positive bound, not " + n);
        }
        long product = (random.nextInt() & 0xFFFF_FFFFL) * n;
        if ((product & 0xFFFF_FFFFL) < n) {
            long threshold = (0x1_0000_0000L - n) % n;
            while ((product & 0xFFFF_FFFFL) < threshold) {
                product = (random.nextInt() & 0xFFFF_FFFFL) * n;
            }
        }
        return (int) (product >>> 32);
    }

    /** Exponential with mean 1. */
    public double unitExponential() {
        return -Math.log(1.0 - random.nextDouble());
    }

    /**
     * A Poisson count with the given mean (0 for a non-positive mean), capped at
     * {@code Integer.MAX_VALUE}. Below {@link #POISSON_PIVOT} it is Knuth's multiplication method,
     * uniform for uniform the draw of Commons Math's {@code PoissonDistribution.sample()} (which
     * builds three objects per draw and, from its pivot on, sums a logarithm per unit of the mean);
     * from the pivot on it is Hörmann's transformed rejection with squeeze (PTRS, Insurance:
     * Mathematics and Economics 12, 1993), exact, about 2.3 uniforms a draw whatever the mean.
     */
    public int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        return mean < POISSON_PIVOT ? multiplicationPoisson(mean) : (int) Math.min(rejectionPoisson(mean),
                Integer.MAX_VALUE);
    }

    /** Commons Math 3.6's multiplication method, with its cap of 1000 × mean. */
    private int multiplicationPoisson(double mean) {
        double floor = FastMath.exp(-mean);
        double limit = 1000 * mean;
        long n = 0;
        double r = 1.0;
        while (n < limit) {
            r *= random.nextDouble();
            if (r >= floor) {
                n++;
            } else {
                return (int) n;
            }
        }
        return (int) Math.min(n, Integer.MAX_VALUE);
    }

    /** Hörmann's PTRS algorithm (valid for means of 10 or more), as NumPy draws large Poisson counts. */
    private long rejectionPoisson(double mean) {
        double slam = Math.sqrt(mean);
        double logMean = Math.log(mean);
        double b = 0.931 + 2.53 * slam;
        double a = -0.059 + 0.02483 * b;
        double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = random.nextDouble() - 0.5;
            double v = random.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            if (Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b)
                    <= -mean + k * logMean - Gamma.logGamma(k + 1.0)) {
                return k;
            }
        }
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
