package org.durand.model;

import static org.durand.model.Frequencies.assertBinomial;
import static org.durand.model.Frequencies.assertMean;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.durand.scenario.StatusSpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The refugee households as drawn at the start (ODD §5 item 6, §7.12) and as the population reports
 * them: years in the country yearsMin + (yearsMean − yearsMin)·Exp(1), rounded and capped at 60; the
 * household factor ρ = exp(−yearsEffect·years) × livelihoodFactor for each household; the expected
 * background returns of the spin-up; and the views by household and by province.
 */
class HouseholdAttributesTest {

    private static final int HOUSEHOLDS = 20_000;

    private final SmallScenario sc = new SmallScenario();

    private void oneStatus(double yearsMin, double yearsMean, double livelihoodShare) {
        sc.statuses.clear();
        sc.statuses.put("card", new StatusSpec("Card", HOUSEHOLDS, yearsMin, yearsMean, livelihoodShare));
    }

    private static List<Household> households(RefugeePopulation p) {
        return IntStream.range(0, p.size()).mapToObj(p::household).toList();
    }

    @Test
    @DisplayName("years ≥ yearsMin with mean yearsMean (5 and 15); capped at 60 (from 50 and 70, P(60) = e^(−9.5/20))")
    void yearsInTheCountryAreDrawnAndCapped() {
        oneStatus(5, 15, 0);
        List<Household> drawn = households(sc.started(131).population());
        assertEquals(HOUSEHOLDS, drawn.size());
        assertTrue(drawn.stream().allMatch(h -> h.years() >= 5));
        double sum = drawn.stream().mapToInt(Household::years).sum();
        assertMean(sum, HOUSEHOLDS, 15, 100, "mean years (rounding aside)");

        oneStatus(50, 70, 0);
        List<Household> old = households(sc.started(132).population());
        assertTrue(old.stream().allMatch(h -> h.years() >= 50 && h.years() <= 60));
        assertBinomial(old.stream().filter(h -> h.years() == 60).count(), HOUSEHOLDS, Math.exp(-9.5 / 20),
                "households at the cap");
    }

    @Test
    @DisplayName("ρ = e^(−years) × 0.5 with a livelihood, e^(−years) without, at 2 years and yearsEffect 1: "
            + "survival e^(−ρ·G) after G = 1 for each kind")
    void eachHouseholdReturnsAtItsOwnRate() {
        oneStatus(2, 2, 0.5);
        sc.returns = SmallScenario.returns().backgroundPerYear(36.5).yearsEffect(1).livelihoodFactor(0.5).build();
        TensionModel m = sc.started(133);
        for (int d = 0; d < 10; d++) {
            m.population().step(m);                                 // G = 10 × 0.1
        }
        List<Household> after = households(m.population());
        assertBinomial(after.stream().filter(Household::livelihood).count(), HOUSEHOLDS, 0.5,
                "households with a livelihood (livelihoodShare 0.5)");
        double rho = Math.exp(-2);
        assertSurvival(after, Household::livelihood, rho * 0.5, "with a livelihood");
        assertSurvival(after, h -> !h.livelihood(), rho, "without");
        assertTrue(after.stream().allMatch(h -> h.state().equals("present") || h.state().equals("returned")));
    }

    private static void assertSurvival(List<Household> households, Predicate<Household> kind, double rho, String what) {
        List<Household> of = households.stream().filter(kind).toList();
        long present = of.stream().filter(h -> h.state().equals("present")).count();
        assertBinomial(present, of.size(), Math.exp(-rho), what);
    }

    @Test
    @DisplayName("a hazard far below one return a day: ρ = e^(−2), g = 10⁻⁴ a day for 2,000 days, survival e^(−ρ·0.2)")
    void aLowHazardReturnsHouseholdsAtItsRate() {
        sc.statuses.clear();
        sc.statuses.put("card", new StatusSpec("Card", 1000, 2, 2, 0));
        sc.returns = SmallScenario.returns().backgroundPerYear(0.0365).yearsEffect(1).build();
        TensionModel m = sc.started(137);
        for (int d = 0; d < 2000; d++) {
            m.population().step(m);
        }
        assertBinomial(m.population().remaining(0), 1000, Math.exp(-Math.exp(-2) * 0.2), "present after G = 0.2");
    }

    @Test
    @DisplayName("years above 60 count as 60: ρ = e^(−0.01 × 60)")
    void theCapAppliesToTheRate() {
        oneStatus(80, 80, 0);
        sc.returns = SmallScenario.returns().backgroundPerYear(36.5).yearsEffect(0.01).build();
        TensionModel m = sc.started(134);
        for (int d = 0; d < 10; d++) {
            m.population().step(m);
        }
        assertBinomial(m.population().remaining(0), HOUSEHOLDS, Math.exp(-Math.exp(-0.6)), "present after G = 1");
    }

    @Test
    @DisplayName("background returns a day: Σ persons × ρ × backgroundPerYear/365 over the households still present")
    void backgroundReturnsCountThePersonsPresent() {
        sc.statuses.clear();
        sc.statuses.put("card", new StatusSpec("Card", 5000, 3, 3, 0));
        sc.personsPerAgent = 10;
        sc.returns = SmallScenario.returns().backgroundPerYear(36.5).yearsEffect(0.1).build();
        TensionModel m = sc.started(135);
        RefugeePopulation p = m.population();
        assertEquals(500, p.size(), "agents of 10 persons");
        assertEquals(5000 * Math.exp(-0.3) * 0.1, p.backgroundReturnsPerDay(), 1e-9);
        p.setPolicy(new boolean[] {true}, 1000, 0);
        p.step(m);
        assertTrue(p.getRemaining() < 5000);
        assertEquals(p.getRemaining() * Math.exp(-0.3) * 0.1, p.backgroundReturnsPerDay(), 1e-9);
    }

    @Test
    @DisplayName("RefugeePopulation.of(scenario, seed): the same households for the same seed, others for a seed "
            + "that differs only above its low 32 bits")
    void thePopulationAloneIsKeyedByTheWholeSeed() {
        sc.statuses.clear();
        sc.statuses.put("card", new StatusSpec("Card", 3000, 4, 12, 0.5));
        sc.householdSizeMean = 5.2;
        sc.personsPerAgent = 0;
        long seed = 138;
        List<Household> first = households(RefugeePopulation.of(sc.build(), seed));
        List<Household> high = households(RefugeePopulation.of(sc.build(), seed + (1L << 32)));
        List<Household> again = households(RefugeePopulation.of(sc.build(), seed));
        assertTrue(first.equals(again), "the same seed, the same households");
        assertTrue(!first.equals(high), "a seed differing in its high bits, other households");
        assertEquals(3000, first.stream().mapToInt(Household::persons).sum());
        assertEquals(3000, high.stream().mapToInt(Household::persons).sum());
    }

    @Test
    @DisplayName("the views agree: persons by province and by household state add up to the stocks")
    void theViewsAgree() {
        sc.statuses.clear();
        sc.statuses.put("card", new StatusSpec("Card", 3000, 0, 0, 0));
        sc.statuses.put("other", new StatusSpec("Other", 2000, 0, 0, 0));
        sc.returns = SmallScenario.returns().backgroundPerYear(36.5).build();
        TensionModel m = sc.started(136);
        RefugeePopulation p = m.population();
        p.setPolicy(new boolean[] {false, true}, 200, 0);
        for (int d = 0; d < 5; d++) {
            p.step(m);
        }
        List<Household> all = households(p);
        Map<String, Long> byState = all.stream().collect(Collectors.groupingBy(Household::state, Collectors.counting()));
        assertEquals(p.getRemaining(), byState.get("present"));
        assertEquals(m.getTotalReturned(), byState.get("returned"));
        assertEquals(m.getTotalDeported(), byState.get("deported"));
        assertTrue(all.stream().filter(h -> h.state().equals("deported")).allMatch(h -> h.status().equals("other")));
        assertEquals(List.of("card", "other"), p.statusIds());
        assertEquals(3000, p.initial(0));
        assertEquals(2000, p.initial(1));
        long[] byProvince = new long[2];
        List<String> provinces = new ArrayList<>(m.provinceIds());
        all.stream().filter(h -> h.state().equals("present")).forEach(h -> byProvince[provinces.indexOf(h.province())]++);
        assertArrayEquals(byProvince, p.presentByProvince());
        assertBinomial(byProvince[1], p.getRemaining(), 0.5, "present in the south (share 0.5)");
    }
}
