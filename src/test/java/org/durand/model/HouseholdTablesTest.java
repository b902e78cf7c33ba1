package org.durand.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.special.Gamma;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.durand.scenario.Behaviour;
import org.durand.scenario.StatusSpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tables the households are drawn from: sizes, one person plus Poisson(mean − 1) others capped
 * at 40; cohorts, years rounded from yearsMin + (yearsMean − yearsMin)·Exp(1) and capped at 60,
 * with a livelihood by its share, against the former household-by-household draws.
 */
class HouseholdTablesTest {

    @ParameterizedTest(name = "mean household {0}")
    @DisplayName("household sizes: Commons Math's Poisson probabilities of the others, the tail in the last size")
    @CsvSource({"5.2", "2.5", "30", "41", "1.0001"})
    void sizeProbabilitiesArePoissonCapped(double mean) {
        double[] p = HouseholdSizes.probabilities(mean);
        PoissonDistribution others = new PoissonDistribution(null, mean - 1, PoissonDistribution.DEFAULT_EPSILON,
                PoissonDistribution.DEFAULT_MAX_ITERATIONS);
        double sum = 0;
        for (int s = 1; s < HouseholdSizes.MAX_HOUSEHOLD; s++) {
            assertEquals(others.probability(s - 1), p[s - 1], 1e-12 * Math.max(1e-300, p[s - 1]) + 1e-300,
                    "P(size " + s + ")");
            sum += p[s - 1];
        }
        double tail = 1 - others.cumulativeProbability(HouseholdSizes.MAX_HOUSEHOLD - 2);
        assertEquals(tail, p[HouseholdSizes.MAX_HOUSEHOLD - 1], 1e-12 + 1e-9 * tail, "P(size 40) is the tail");
        assertEquals(1, sum + p[HouseholdSizes.MAX_HOUSEHOLD - 1], 1e-12);
    }

    @ParameterizedTest(name = "mean household {0}")
    @DisplayName("a tiny tail is summed, not left to 1 − head: P(size 40) = P(Poisson(mean − 1) ≥ 39) to 10⁻⁹ of itself")
    @CsvSource({"5.2", "2.5", "12"})
    void aTinyTailKeepsItsDigits(double mean) {
        double[] p = HouseholdSizes.probabilities(mean);
        // P(X ≥ 39) for X ~ Poisson(λ) is the regularized lower incomplete gamma function P(39, λ)
        double tail = Gamma.regularizedGammaP(HouseholdSizes.MAX_HOUSEHOLD - 1, mean - 1);
        assertTrue(tail < 1e-9, "a tail far below the rounding of 1 − head: " + tail);
        assertEquals(tail, p[HouseholdSizes.MAX_HOUSEHOLD - 1], 1e-9 * tail);
        InverseCdf table = HouseholdSizes.table(mean);
        assertEquals(HouseholdSizes.MAX_HOUSEHOLD, table.size());
        for (int s = 1; s < HouseholdSizes.MAX_HOUSEHOLD; s++) {
            assertEquals(p[s - 1], table.probability(s - 1), 1e-15, "the table of size " + s);
        }
    }

    @org.junit.jupiter.api.Test
    @DisplayName("a mean of 1 or less has no Poisson part: refused (the build gives one-person households instead)")
    void meanAtMostOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> HouseholdSizes.probabilities(1));
    }

    @ParameterizedTest(name = "yearsMin {0}, yearsMean {1}, livelihood {2}")
    @DisplayName("cohorts: the probabilities of (years, livelihood) against 400,000 draws of the former code")
    @CsvSource({"10, 28, 0.55", "5, 16, 0.45", "0, 6, 0.25", "10.5, 12, 0", "7, 7, 1", "58, 70, 0.3", "65, 80, 0.5"})
    void cohortProbabilitiesMatchTheFormerDraws(double yearsMin, double yearsMean, double share) {
        StatusSpec st = new StatusSpec("S", 1, yearsMin, yearsMean, share);
        double[] p = Cohorts.probabilities(st);
        assertEquals(Cohorts.count(st), p.length);
        assertEquals(1, java.util.Arrays.stream(p).sum(), 1e-12);
        int first = Cohorts.firstYears(st);
        Draws draws = new Draws(new MersenneTwisterFast(21));
        long[] observed = new long[p.length];
        for (int n = 0; n < 400_000; n++) {
            double y = yearsMin + (yearsMean - yearsMin) * draws.unitExponential();
            int years = (int) Math.min(Cohorts.MAX_YEARS, Math.round(y));
            int c = 2 * (years - first) + (draws.chance(share) ? 1 : 0);
            assertTrue(p[c] > 0, "drawn cohort " + c + " has probability 0");
            assertEquals(years, Cohorts.years(first, c));
            observed[c]++;
        }
        // cohorts too rare to expect 5 draws are pooled
        double[] expected = java.util.Arrays.stream(p).filter(x -> x * 400_000 >= 5).toArray();
        long[] kept = java.util.stream.IntStream.range(0, p.length).filter(c -> p[c] * 400_000 >= 5)
                .mapToLong(c -> observed[c]).toArray();
        if (kept.length >= 2) {
            double pValue = new ChiSquareTest().chiSquareTest(expected, kept);
            assertTrue(pValue > 1e-3, "p = " + pValue);
        } else {
            assertEquals(400_000, kept[0]);
        }
    }

    @org.junit.jupiter.api.Test
    @DisplayName("household factor ρ = exp(−yearsEffect·years) × livelihoodFactor with a livelihood")
    void householdFactor() {
        Behaviour.Returns r = new Behaviour.Returns(0, 0, 10, 0, 10, 0, 0.04, 0.5, 1);
        assertEquals(Math.exp(-0.4), Cohorts.factor(r, 10, false), 1e-15);
        assertEquals(0.5 * Math.exp(-0.4), Cohorts.factor(r, 10, true), 1e-15);
        assertTrue(Cohorts.livelihood(3) && !Cohorts.livelihood(4));
    }

    @org.junit.jupiter.api.Test
    @DisplayName("two cohorts a whole year from y₀ to 60: 102 from yearsMin 10, 122 from 0, 2 from 59.5 and from 80")
    void cohortsCountTwoAYearToTheCap() {
        assertEquals(102, Cohorts.count(new StatusSpec("S", 1, 10, 28, 0.5)));
        assertEquals(122, Cohorts.count(new StatusSpec("S", 1, 0, 6, 0.5)));
        assertEquals(2, Cohorts.count(new StatusSpec("S", 1, 59.5, 70, 0.5)));
        assertEquals(2, Cohorts.count(new StatusSpec("S", 1, 80, 80, 0.5)));
        assertEquals(60, Cohorts.firstYears(new StatusSpec("S", 1, 59.5, 70, 0.5)), "halves round up");
    }
}
