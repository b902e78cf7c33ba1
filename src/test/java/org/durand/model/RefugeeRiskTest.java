package org.durand.model;

import static org.durand.model.Frequencies.assertBinomial;
import static org.durand.model.Frequencies.assertMean;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.durand.scenario.StatusSpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The deportation risk and fear households feel (ODD §7.11–7.12), with threatWeight, spillover and
 * a risk half-life of two days set: a targeted status's hazard follows its own recent deportation
 * risk, r ← r + (d/N − r)(1 − 2^(−1/riskHalfLifeDays)), a status not targeted feels spillover ×
 * threatWeight × the risk in the whole refugee population; the fear of an announced deadline peaks
 * at warningFear on the deadline day and ends after it; the quota rule holds for agents of several
 * persons; and a status whose households have all left stays empty.
 */
class RefugeeRiskTest {

    private static final int HOUSEHOLDS = 20_000;

    private final SmallScenario sc = new SmallScenario();

    /** One status per name, 20,000 one-person households each, all with 0 years and no livelihood. */
    private void statuses(String... names) {
        sc.statuses.clear();
        for (String name : names) {
            sc.statuses.put(name, new StatusSpec(name, HOUSEHOLDS, 0, 0, 0));
        }
    }

    @Test
    @DisplayName("risk with a two-day half-life: each day's returns ~ Binomial(present after deportations, 1 − e^(−w·r)), "
            + "r the risk up to yesterday; the status not targeted feels 0.5 × w × the population's risk")
    void deportationRiskIsRememberedAndSpillsOver() {
        statuses("card", "other");
        double w = 1;
        sc.returns = SmallScenario.returns().threatWeight(w).riskHalfLifeDays(2).spillover(0.5).build();
        TensionModel m = sc.started(121);
        RefugeePopulation p = m.population();
        p.setPolicy(new boolean[] {true, false}, 3000, 0);
        double alpha = 1 - Math.pow(2, -0.5);
        double risk = 0;
        double community = 0;
        double otherClock = 0;
        long cardReturns = 0;
        double expected = 0;
        double variance = 0;
        for (int day = 0; day < 5; day++) {
            long card = p.remaining(0);
            long other = p.remaining(1);
            long all = p.getRemaining();
            long deportedBefore = m.getTotalDeported();
            long returnedBefore = m.getTotalReturned();
            p.step(m);
            long deported = m.getTotalDeported() - deportedBefore;
            cardReturns += m.getTotalReturned() - returnedBefore - (other - p.remaining(1));
            long exposed = card - deported;                       // today's deportations come first
            double q = 1 - Math.exp(-w * risk);
            expected += exposed * q;
            variance += exposed * q * (1 - q);
            otherClock += 0.5 * w * community;
            risk += (deported / (double) card - risk) * alpha;
            community += (deported / (double) all - community) * alpha;
        }
        assertMean(cardReturns, 1, expected, variance, "returns of the targeted status in five days");
        assertBinomial(p.remaining(1), HOUSEHOLDS, Math.exp(-otherClock), "the status not targeted");
    }

    @Test
    @DisplayName("deadline on day 4, h = 2, w = 1: fear δ, δ², δ², δ, 1 on days 0–4 (δ = 2^(−1/2)), none after: "
            + "G = 0.1 × (2 + √2)")
    void fearPeaksOnTheDeadlineDayAndEndsAfterIt() {
        statuses("card");
        sc.returns = SmallScenario.returns().fearPerDay(0.1).fearHalfLifeDays(2).warningFear(1).build();
        TensionModel m = sc.started(122);
        m.population().announce(new boolean[] {true}, 4);
        for (int day = 0; day < 8; day++) {
            m.schedule.step(m);
        }
        double clock = 0.1 * (2 + Math.sqrt(2));
        assertBinomial(m.population().remaining(0), HOUSEHOLDS, Math.exp(-clock), "present three days after the deadline");
    }

    @Test
    @DisplayName("agents of 10 persons, κ = 25 a day: the last agent goes with probability (quota left)/10, E = κ")
    void aPartlyFilledQuotaTakesTheLastAgentInProportion() {
        sc.statuses.clear();
        sc.statuses.put("card", new StatusSpec("Card", 200_000, 0, 0, 0));
        sc.personsPerAgent = 10;
        TensionModel m = sc.started(123);
        m.population().setPolicy(new boolean[] {true}, 25, 0);
        int days = 2000;
        for (int d = 0; d < days; d++) {
            m.population().step(m);
        }
        // per day: a Poisson(25) quota Q, 10·⌊Q/10⌋ + 10·Bernoulli((Q mod 10)/10): variance 25 + 10·E[r(10 − r)] ≈ 25 + 165
        assertMean(m.getTotalDeported(), days, 25, 190, "persons deported a day");
    }

    @Test
    @DisplayName("a quota over two targeted statuses takes each household with the same chance: 3 : 1 by the households present")
    void deportationsFallOnEveryTargetedStatusAlike() {
        sc.statuses.clear();
        sc.statuses.put("card", new StatusSpec("Card", 30_000, 0, 0, 0));
        sc.statuses.put("other", new StatusSpec("Other", 10_000, 0, 0, 0));
        TensionModel m = sc.started(125);
        m.population().setPolicy(new boolean[] {true, true}, 400, 0);
        m.population().step(m);
        long deported = m.getTotalDeported();
        assertBinomial(10_000 - m.population().remaining(1), deported, 0.25, "deported of the smaller status");
    }

    @Test
    @DisplayName("every household gone: the status stays empty and its clock runs on without error")
    void anEmptiedStatusStaysEmpty() {
        statuses("card");
        sc.returns = SmallScenario.returns().backgroundPerYear(36_500).build();   // g = 100 a day
        TensionModel m = sc.started(124);
        m.population().step(m);
        assertEquals(0, m.population().remaining(0), "everyone returned on the first day");
        m.population().step(m);
        assertEquals(HOUSEHOLDS, m.getTotalReturned());
        assertEquals(0, m.population().backgroundReturnsPerDay(), 0);
    }
}
