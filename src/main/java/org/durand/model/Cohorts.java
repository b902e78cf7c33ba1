package org.durand.model;

import org.durand.scenario.Behaviour;
import org.durand.scenario.StatusSpec;

/**
 * The cohorts of a legal status: its households grouped by whole years in the host country and by
 * livelihood, the two attributes the household factor ρ depends on, so that the return thresholds
 * of a cohort's households are identically distributed. Cohort c of a status whose fewest years
 * round to y₀ holds the households of y₀ + c/2 years, with a livelihood when c is odd.
 *
 * <p>A household's years are yearsMin + (yearsMean − yearsMin)·E, E ~ Exp(1), rounded to the
 * nearest whole year (halves up) and capped at {@value #MAX_YEARS}; so P(years ≤ y) =
 * 1 − exp(−(y + ½ − yearsMin)/(yearsMean − yearsMin)) for y₀ ≤ y &lt; {@value #MAX_YEARS}. A
 * household has a livelihood with probability livelihoodShare, independently.
 */
final class Cohorts {

    /**
     * Years in the country are capped at 60, so that a byte holds them; the first Afghan refugees
     * arrived in 1979, 45 years before 2024, so only the exponential tail of the drawn years
     * reaches the cap.
     */
    static final int MAX_YEARS = 60;

    private Cohorts() {
    }

    /** y₀: the whole years of the status's newest arrivals (yearsMin rounded, halves up, capped). */
    static int firstYears(StatusSpec status) {
        return (int) Math.min(MAX_YEARS, Math.round(status.yearsMin()));
    }

    /** Number of cohorts of the status: two (without and with a livelihood) per whole year from y₀ to the cap. */
    static int count(StatusSpec status) {
        return 2 * (MAX_YEARS - firstYears(status) + 1);
    }

    /** Whole years in the country of cohort {@code c} of a status with first years {@code firstYears}. */
    static int years(int firstYears, int c) {
        return firstYears + c / 2;
    }

    /** Whether the households of cohort {@code c} have a livelihood. */
    static boolean livelihood(int c) {
        return (c & 1) == 1;
    }

    /**
     * P(cohort c) for c = 0..{@link #count}−1.
     *
     * @param status a validated status (0 ≤ yearsMin ≤ yearsMean; livelihoodShare is clipped to [0, 1])
     */
    static double[] probabilities(StatusSpec status) {
        int first = firstYears(status);
        int n = count(status);
        double[] years = new double[n / 2];
        double spread = status.yearsMean() - status.yearsMin();
        if (spread <= 0) {
            years[0] = 1;
        } else {
            // P(years = y) = S(y − ½) − S(y + ½), S(x) = P(yearsMin + spread·E ≥ x)
            double above = 1;
            for (int y = first; y < MAX_YEARS; y++) {
                double next = Math.exp(-Math.max(0, y + 0.5 - status.yearsMin()) / spread);
                years[y - first] = above - next;
                above = next;
            }
            years[MAX_YEARS - first] = above;
        }
        double share = Math.min(1, Math.max(0, status.livelihoodShare()));
        double[] out = new double[n];
        for (int y = 0; y < years.length; y++) {
            out[2 * y] = years[y] * (1 - share);
            out[2 * y + 1] = years[y] * share;
        }
        return out;
    }

    /** The household factor ρ = exp(−yearsEffect·years) × (livelihoodFactor if it has a livelihood). */
    static double factor(Behaviour.Returns params, int years, boolean livelihood) {
        return Math.exp(-params.yearsEffect() * years) * (livelihood ? params.livelihoodFactor() : 1);
    }
}
