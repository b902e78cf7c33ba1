package org.durand.model;

import static org.durand.model.Frequencies.assertBinomial;
import static org.durand.model.Frequencies.assertMean;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.durand.scenario.StatusSpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Deportations and pressured returns (ODD §7.11, §7.12). A household of status s returns on the
 * first day its status clock G_s(t) = Σ_{τ ≤ t} g_s(τ) passes its threshold E_i/ρ_i, E_i ~ Exp(1),
 * so that P(still present after day t) = exp(−ρ_i·G_s(t)); the tests count households of one
 * person each and compare with that survival law. Parameters: backgroundPerYear, fearPerDay,
 * fearHalfLifeDays, threatWeight, riskHalfLifeDays, spillover, yearsEffect, livelihoodFactor.
 */
class RefugeePopulationTest {

    private static final int HOUSEHOLDS = 20_000;

    private final SmallScenario sc = new SmallScenario();

    /** One status of 20,000 one-person households with the given years and livelihood share. */
    private void oneStatus(double years, double livelihoodShare) {
        sc.statuses.clear();
        sc.statuses.put("card", new StatusSpec("Card", HOUSEHOLDS, years, years, livelihoodShare));
    }

    private static TensionModel stepped(TensionModel m, int days) {
        for (int d = 0; d < days; d++) {
            m.population().step(m);
        }
        return m;
    }

    @Test
    @DisplayName("background hazard g = backgroundPerYear/365 = 0.1 a day, ρ = 1: survival exp(−0.1·t)")
    void backgroundHazardGivesExponentialSurvival() {
        oneStatus(0, 0);
        sc.returns = SmallScenario.returns().backgroundPerYear(36.5).build();
        TensionModel m = sc.started(11);
        stepped(m, 1);
        assertBinomial(m.population().remaining(0), HOUSEHOLDS, Math.exp(-0.1), "present after day 1");
        stepped(m, 9);
        assertBinomial(m.population().remaining(0), HOUSEHOLDS, Math.exp(-1), "present after day 10");
        assertEquals(HOUSEHOLDS - m.population().remaining(0), m.today().pressured(), "every leaver returned");
        assertEquals(HOUSEHOLDS - m.population().remaining(0), m.getTotalReturned());
    }

    @Test
    @DisplayName("household factor ρ = exp(−yearsEffect·years) × livelihoodFactor: 10 years, 0.05, livelihood 0.5")
    void yearsAndLivelihoodSlowReturns() {
        oneStatus(10, 1);
        sc.returns = SmallScenario.returns().backgroundPerYear(36.5).yearsEffect(0.05).livelihoodFactor(0.5).build();
        TensionModel m = stepped(sc.started(12), 10);    // G = 1
        double rho = Math.exp(-0.05 * 10) * 0.5;          // 0.3033
        assertBinomial(m.population().remaining(0), HOUSEHOLDS, Math.exp(-rho), "present after G = 1");
    }

    @Test
    @DisplayName("fear pulse: g = fearPerDay·φ, φ ← φ·2^(−1/h) before use; not targeted: spillover × the strongest fear")
    void fearPulseAndSpillover() {
        sc.statuses.clear();
        sc.statuses.put("card", new StatusSpec("Card", HOUSEHOLDS, 0, 0, 0));
        sc.statuses.put("other", new StatusSpec("Other", HOUSEHOLDS, 0, 0, 0));
        sc.returns = SmallScenario.returns().fearPerDay(0.05).spillover(0.5).build();
        TensionModel m = sc.started(13);
        m.population().setPolicy(new boolean[] {true, false}, 0, 1.0);
        stepped(m, 20);
        // G = 0.05 × Σ_{t=1..20} 2^(−t/10) = 0.05 × a(1 − a²⁰)/(1 − a), a = 2^(−1/10)
        double a = Math.pow(2, -0.1);
        double clock = 0.05 * a * (1 - Math.pow(a, 20)) / (1 - a);
        assertEquals(0.5225, clock, 1e-4);
        assertBinomial(m.population().remaining(0), HOUSEHOLDS, Math.exp(-clock), "targeted status");
        assertBinomial(m.population().remaining(1), HOUSEHOLDS, Math.exp(-0.5 * clock), "not targeted, spillover 0.5");
    }

    @Test
    @DisplayName("deportation quota Q ~ Poisson(κ·(1 + deportationPressureGain·D_host)) from the targeted statuses only")
    void deportationQuotaFollowsCapacityAndDrive() {
        sc.statuses.clear();
        sc.statuses.put("card", new StatusSpec("Card", HOUSEHOLDS, 0, 0, 0));
        sc.statuses.put("other", new StatusSpec("Other", 1000, 0, 0, 0));
        sc.host.pressure = 100;
        sc.host.grievance = 300;                           // D = 0.75
        sc.coercion = SmallScenario.coercion().deportationPressureGain(1).build();
        TensionModel m = sc.started(14);
        m.population().setPolicy(new boolean[] {true, false}, 40, 0);
        stepped(m, 100);
        long deported = m.getTotalDeported();
        assertMean(deported, 1, 100 * 40 * 1.75, 100 * 40 * 1.75, "persons deported in 100 days (households of 1)");
        assertEquals(HOUSEHOLDS - deported, m.population().remaining(0), "conservation: present + deported = initial");
        assertEquals(1000, m.population().remaining(1), "a status not targeted is not deported");
        assertEquals(0, m.getTotalReturned(), "no hazard, no pressured returns");
    }

    @Test
    @DisplayName("coarse agents do not overshoot: agents of 100 persons, κ = 30 a day: E[deported] = κ per day, "
            + "the last agent going with probability (quota left)/100")
    void coarseAgentsMeetTheCapacityOnAverage() {
        sc.statuses.clear();
        sc.statuses.put("card", new StatusSpec("Card", 400_000, 0, 0, 0));
        sc.personsPerAgent = 100;
        TensionModel m = sc.started(15);
        m.population().setPolicy(new boolean[] {true}, 30, 0);
        stepped(m, 400);
        long deported = m.getTotalDeported();
        assertEquals(0, deported % 100, "whole agents of 100 persons");
        // 400 days × 30 = 12,000 persons; Var ≈ 400 × (30 + 100·30 − 30²) (Poisson quota plus the Bernoulli agent)
        double sd = Math.sqrt(400 * (30 + 100 * 30 - 30 * 30.0));
        assertEquals(12_000, deported, 4 * sd, "no systematic overshoot (whole agents would take ≈ 40,000)");
    }

    @Test
    @DisplayName("threat: g = threatWeight·r(t−1), r ← r + (d/N − r)(1 − 2^(−1/riskHalfLifeDays))")
    void deportationRiskDrivesReturnsTheNextDay() {
        oneStatus(0, 0);
        sc.returns = SmallScenario.returns().threatWeight(1).riskHalfLifeDays(1).build();
        TensionModel m = sc.started(15);
        m.population().setPolicy(new boolean[] {true}, 2000, 0);
        stepped(m, 1);
        long day1 = m.today().deported();
        assertEquals(0, m.today().pressured(), "day 1 sees yesterday's risk, which was 0");
        stepped(m, 1);
        long day2 = m.today().deported() - day1;
        double risk = (day1 / (double) HOUSEHOLDS) * (1 - Math.pow(2, -1));   // r after day 1
        long exposed = HOUSEHOLDS - day1 - day2;   // present after day 2's deportations, which come first
        assertBinomial(m.today().pressured(), exposed, 1 - Math.exp(-risk), "returns on day 2");
    }
}
