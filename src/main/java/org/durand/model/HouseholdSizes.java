package org.durand.model;

import org.apache.commons.math3.special.Gamma;

/**
 * The distribution of household sizes: one person plus a Poisson number of others with mean
 * {@code mean − 1}, capped at {@value #MAX_HOUSEHOLD} persons (a household of the stock's last
 * persons takes what is left; see {@link HouseholdBuild}).
 */
final class HouseholdSizes {

    /** Household sizes are capped far above the mean (≈5) so one draw cannot take a whole small stock. */
    static final int MAX_HOUSEHOLD = 40;

    private HouseholdSizes() {
    }

    /**
     * P(size = s) for s = 1..{@value #MAX_HOUSEHOLD}, at index s − 1: the Poisson probabilities of
     * s − 1 others, the last holding the whole tail P(others ≥ {@value #MAX_HOUSEHOLD} − 1).
     *
     * @param mean mean household size before the cap, persons, &gt; 1
     * @throws IllegalArgumentException if {@code mean} is not above 1
     */
    static double[] probabilities(double mean) {
        if (!(mean > 1) || Double.isInfinite(mean)) {
            throw new IllegalArgumentException("mean household size " + mean + " must be finite and above 1");
        }
        double lambda = mean - 1;
        double logLambda = Math.log(lambda);
        double[] p = new double[MAX_HOUSEHOLD];
        double head = 0;
        for (int others = 0; others < MAX_HOUSEHOLD - 1; others++) {
            p[others] = poisson(others, lambda, logLambda);
            head += p[others];
        }
        double tail = 0;
        if (head < 0.5) {
            tail = 1 - head;
        } else {
            // summed term by term: 1 − head would cancel to rounding noise when the tail is tiny
            for (int others = MAX_HOUSEHOLD - 1; ; others++) {
                double term = poisson(others, lambda, logLambda);
                tail += term;
                if (others > lambda && term <= tail * 1e-17) {
                    break;
                }
            }
        }
        p[MAX_HOUSEHOLD - 1] = tail;
        return p;
    }

    /** e^(−λ) λ^k / k!, from logarithms so that no factor under- or overflows. */
    private static double poisson(int k, double lambda, double logLambda) {
        return Math.exp(-lambda + k * logLambda - Gamma.logGamma(k + 1.0));
    }

    /** The table of {@link #probabilities}: outcome j is a household of j + 1 persons. */
    static InverseCdf table(double mean) {
        return new InverseCdf(probabilities(mean));
    }
}
