package org.durand.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.durand.scenario.RefugeeSpec;
import org.durand.scenario.StatusSpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The households' layout and the two ways they leave: persons conserved, statuses and cohorts in
 * ranges, returns from a cohort's front and deportations from its back, the agent holding the
 * stock's last persons anywhere in its cohort.
 */
class HouseholdsTest {

    private static final List<String> PROVINCES = List.of("north", "south");

    private static RefugeeSpec spec(double mean, StatusSpec... statuses) {
        Map<String, StatusSpec> m = new LinkedHashMap<>();
        for (int k = 0; k < statuses.length; k++) {
            m.put("s" + k, statuses[k]);
        }
        return new RefugeeSpec(mean, m, Map.of("north", 0.7, "south", 0.3));
    }

    private static Households build(RefugeeSpec spec, int personsPerAgent, long seed) {
        return HouseholdBuild.build(spec, spec.statuses().keySet().toArray(new String[0]), PROVINCES, personsPerAgent,
                new Draws(new MersenneTwisterFast(seed)));
    }

    @Test
    @DisplayName("layout: each status's persons in its households, cohorts in ranges in order, sizes 1–40")
    void layoutConservesPersonsAndOrdersCohorts() {
        RefugeeSpec spec = spec(5.2, new StatusSpec("A", 50_003, 10, 28, 0.5), new StatusSpec("B", 0, 0, 6, 0.2),
                new StatusSpec("C", 7, 0, 0, 1));
        Households h = build(spec, 0, 1);
        long[] persons = new long[3];
        int previous = 0;
        for (int i = 0; i < h.size(); i++) {
            int g = h.cohortOf(i);
            assertTrue(g >= previous, "cohorts in order");
            previous = g;
            int k = h.cohortStatus(g);
            assertTrue(g >= h.firstCohort(k) && g < h.firstCohort(k + 1));
            assertTrue(h.persons(i) >= 1 && h.persons(i) <= HouseholdSizes.MAX_HOUSEHOLD);
            assertEquals(Households.State.PRESENT, h.state(i));
            persons[k] += h.persons(i);
        }
        assertEquals(50_003, persons[0]);
        assertEquals(0, persons[1]);
        assertEquals(7, persons[2]);
        for (int k = 0; k < 3; k++) {
            assertEquals(persons[k], h.presentPersons(k));
            assertEquals(persons[k], h.initialPersons(k));
        }
        assertEquals(Cohorts.count(spec.statuses().get("s0")) + Cohorts.count(spec.statuses().get("s1"))
                + Cohorts.count(spec.statuses().get("s2")), h.cohorts());
        assertEquals(50_010, Arrays.stream(h.presentByProvince(2)).sum());
    }

    @Test
    @DisplayName("coarse agents: personsPerAgent each and one of the rest; one-person households at a mean of 1")
    void coarseAgents() {
        Households h = build(spec(5.2, new StatusSpec("A", 123, 3, 3, 0)), 50, 2);
        int[] sizes = new int[h.size()];
        for (int i = 0; i < h.size(); i++) {
            sizes[i] = h.persons(i);
        }
        Arrays.sort(sizes);
        assertEquals("[23, 50, 50]", Arrays.toString(sizes));
        Households ones = build(spec(1, new StatusSpec("A", 17, 3, 3, 0)), 0, 2);
        assertEquals(17, ones.size());
        assertEquals(17, ones.presentPersons(0));
    }

    @Test
    @DisplayName("one agent per household: sizes by the table of one plus Poisson(4.2) others, 200,000 persons")
    void householdSizesFollowTheirTable() {
        Households h = build(spec(5.2, new StatusSpec("A", 200_000, 10, 28, 0.5)), 0, 7);
        double[] p = HouseholdSizes.probabilities(5.2);
        long[] bySize = new long[p.length];
        for (int i = 0; i < h.size(); i++) {
            bySize[h.persons(i) - 1]++;
        }
        // sizes whose expected count is below 5 are pooled with the size before them
        int kept = 0;
        while (kept < p.length && p[kept] * h.size() >= 5) {
            kept++;
        }
        double[] expected = java.util.Arrays.copyOf(p, kept);
        long[] observed = java.util.Arrays.copyOf(bySize, kept);
        for (int s = kept; s < p.length; s++) {
            expected[kept - 1] += p[s];
            observed[kept - 1] += bySize[s];
        }
        double pValue = new ChiSquareTest().chiSquareTest(expected, observed);
        assertTrue(pValue > 1e-3, "sizes " + Arrays.toString(bySize) + ": p = " + pValue);
        assertTrue(h.size() > 30_000, h.size() + " households, about 200,000 / 5.2");
    }

    @Test
    @DisplayName("a household's province by its share, 0.7 and 0.3, whatever its cohort")
    void provincesFollowTheirShares() {
        Households h = build(spec(5.2, new StatusSpec("A", 100_000, 10, 28, 0.5)), 0, 8);
        long all = 0;
        long north = 0;
        long withLivelihood = 0;
        long northWithLivelihood = 0;
        for (int i = 0; i < h.size(); i++) {
            boolean inNorth = h.province(i) == PROVINCES.indexOf("north");
            all++;
            north += inNorth ? 1 : 0;
            if (h.cohortLivelihood(h.cohortOf(i))) {
                withLivelihood++;
                northWithLivelihood += inNorth ? 1 : 0;
            }
        }
        Frequencies.assertBinomial(north, all, 0.7, "households in the north");
        Frequencies.assertBinomial(northWithLivelihood, withLivelihood, 0.7, "of those with a livelihood");
        Frequencies.assertBinomial(withLivelihood, all, 0.5, "with a livelihood (share 0.5)");
    }

    @Test
    @DisplayName("more households than first reckoned (mean 41, sizes capped at 40): the arrays grow, persons are kept")
    void theArraysGrowWhenTheHouseholdsAreSmallerThanTheMean() {
        // the first guess is stock / mean × 1.01 + 16 households; the cap makes the mean size ≈ 37, not 41
        Households h = build(spec(41, new StatusSpec("A", 100_000, 3, 3, 0), new StatusSpec("B", 20_000, 3, 3, 0)), 0,
                9);
        assertTrue(h.size() > 120_000 / 41.0 * 1.01 + 32, h.size() + " households");
        long[] persons = new long[2];
        for (int i = 0; i < h.size(); i++) {
            assertTrue(h.persons(i) >= 1 && h.persons(i) <= HouseholdSizes.MAX_HOUSEHOLD);
            persons[h.cohortStatus(h.cohortOf(i))] += h.persons(i);
        }
        assertEquals(100_000, persons[0]);
        assertEquals(20_000, persons[1]);
        assertEquals(2, h.statuses());
    }

    @Test
    @DisplayName("at most 127 provinces: 127 are held, 128 refused")
    void atMost127Provinces() {
        for (int provinces : new int[] {127, 128}) {
            List<String> ids = java.util.stream.IntStream.range(0, provinces).mapToObj(p -> "p" + p).toList();
            RefugeeSpec spec = new RefugeeSpec(5.2, Map.of("s0", new StatusSpec("A", 1000, 3, 3, 0)),
                    Map.of("p126", 1.0));
            Draws draws = new Draws(new MersenneTwisterFast(10));
            if (provinces == 127) {
                Households h = HouseholdBuild.build(spec, new String[] {"s0"}, ids, 0, draws);
                assertEquals(126, h.province(0), "the last province, as a byte");
                assertEquals(1000, h.presentByProvince(provinces)[126]);
            } else {
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> HouseholdBuild.build(spec, new String[] {"s0"}, ids, 0, draws));
            }
        }
    }

    @Test
    @DisplayName("the agent holding the stock's last persons is at any place of its cohort with equal chance")
    void theLastAgentIsAnywhere() {
        // one cohort (years fixed, no livelihood): agents of 10, the last of 5, over 2,000 seeds
        long[] at = new long[10];
        for (long seed = 0; seed < 2000; seed++) {
            Households h = build(spec(5.2, new StatusSpec("A", 95, 4, 4, 0)), 10, seed);
            for (int i = 0; i < h.size(); i++) {
                if (h.persons(i) == 5) {
                    at[i]++;
                }
            }
        }
        double[] expected = new double[10];
        Arrays.fill(expected, 1);
        double p = new ChiSquareTest().chiSquareTest(expected, at);
        assertTrue(p > 1e-3, "places of the last agent " + Arrays.toString(at) + ": p = " + p);
    }

    @Test
    @DisplayName("returns leave from a cohort's front, deportations from its back; a deportable status only; states by place")
    void returnsFromTheFrontDeportationsFromTheBack() {
        RefugeeSpec spec = spec(1, new StatusSpec("A", 100, 4, 4, 0), new StatusSpec("B", 50, 4, 4, 0));
        Households h = build(spec, 0, 3);
        int g = h.firstCohort(0);
        while (h.present(g) == 0) {
            g++;
        }
        int first = 0;
        assertEquals(1, h.returnFront(g));
        assertEquals(Households.State.RETURNED, h.state(first));
        Draws draws = new Draws(new MersenneTwisterFast(4));
        long[] byStatus = new long[2];
        assertEquals(0, h.deport(10, draws, byStatus), "nothing is deportable yet");
        h.setDeportable(new boolean[] {false, true});
        assertEquals(10, h.deport(10, draws, byStatus));
        assertEquals(10, byStatus[1]);
        assertEquals(40, h.presentPersons(1));
        assertEquals(Households.State.DEPORTED, h.state(h.size() - 1), "the last of B's cohort went first");
        assertEquals(Households.State.PRESENT, h.state(h.size() - 11));
        assertEquals(99, h.presentPersons(0), "A is not deportable");
        assertEquals(40, h.deport(1000, draws, byStatus), "no more than are present");
        assertEquals(0, h.presentHouseholds(1));
    }

    @Test
    @DisplayName("an agent larger than what is left of the quota goes with that probability; spared, it changes place")
    void theLastAgentOfAQuotaGoesInProportion() {
        // agents of 100 persons, quota 30: each goes with probability 0.3
        RefugeeSpec spec = spec(5.2, new StatusSpec("A", 100_000, 4, 4, 0));
        Households h = build(spec, 100, 5);
        h.setDeportable(new boolean[] {true});
        Draws draws = new Draws(new MersenneTwisterFast(6));
        long[] byStatus = new long[1];
        int days = 2000;
        long gone = 0;
        for (int d = 0; d < days; d++) {
            gone += h.deport(30, draws, byStatus) / 100;
        }
        Frequencies.assertBinomial(gone, days, 0.3, "agents deported");
        assertEquals(100_000 - 100 * gone, h.presentPersons(0));
        assertEquals(1000 - gone, h.presentHouseholds(0));
    }
}
