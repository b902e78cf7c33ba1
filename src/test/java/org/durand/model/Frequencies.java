package org.durand.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

/**
 * Checks of seeded stochastic draws against their formula, with tolerances of four standard
 * errors: a correct mechanism fails with probability below 10⁻⁴, a wrong rate of a few per cent
 * fails almost surely at the sample sizes the tests use.
 */
final class Frequencies {

    /** Standard errors allowed. */
    static final double Z = 4;

    private Frequencies() {
    }

    /** {@code successes} out of {@code trials} Bernoulli draws of probability {@code p}. */
    static void assertBinomial(long successes, long trials, double p, String what) {
        double expected = trials * p;
        double tolerance = Z * Math.sqrt(trials * p * (1 - p));
        assertTrue(Math.abs(successes - expected) <= tolerance, String.format(Locale.ROOT,
                "%s: %d of %d, expected %.1f ± %.1f (p = %.4f)", what, successes, trials, expected, tolerance, p));
    }

    /**
     * The sample mean of {@code n} draws summing to {@code sum}, against the mean and variance
     * of the distribution they come from.
     */
    static void assertMean(double sum, long n, double mean, double variance, String what) {
        double tolerance = Z * Math.sqrt(variance / n);
        double sampleMean = sum / n;
        assertTrue(Math.abs(sampleMean - mean) <= tolerance, String.format(Locale.ROOT,
                "%s: mean %.5f over %d draws, expected %.5f ± %.5f", what, sampleMean, n, mean, tolerance));
    }
}
