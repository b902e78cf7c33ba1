package org.durand.model;

import static org.durand.model.Frequencies.assertBinomial;
import static org.durand.model.Frequencies.assertMean;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A government's coercive choices over days (ODD §7.2): it closes the main crossing with probability
 * closuresPerYear/365 × H a day while that crossing is open, for 1 + Poisson(closureMeanDays − 1)
 * days, and considers a strike from a drive equal to the threshold. The host has P = 100 and G = 300
 * (D = 3/4), η = 0.8, T = 0.25, so H = 0.45; pressure and grievance do not decay, so H stays.
 */
class CoercionChoicesTest {

    private final SmallScenario sc = new SmallScenario();

    @BeforeEach
    void aDrivenHostWhoseDriveStays() {
        sc.host.pressure = 100;
        sc.host.grievance = 300;
        sc.pressure = SmallScenario.pressure().halfLifeDays(Double.POSITIVE_INFINITY).build();
        sc.grievance = SmallScenario.grievance().halfLifeDays(Double.POSITIVE_INFINITY).build();
    }

    /** Closures by the host and days the border was closed, over {@code days} days of the schedule. */
    private long[] closures(int days, long seed) {
        sc.end = sc.start.plusDays(days + 30);
        TensionModel m = sc.started(seed);
        long[] counts = new long[2];
        m.setEventListener(e -> counts[0] += e.type() == EventType.CLOSURE ? 1 : 0);
        for (int d = 0; d < days; d++) {
            m.schedule.step(m);
            counts[1] += m.today().borderClosed() ? 1 : 0;
        }
        return counts;
    }

    @Test
    @DisplayName("one-day closures: a closure on a day with p = 182.5/365 × 0.45 = 0.225")
    void closuresFollowHostility() {
        sc.host.closuresPerYear = 182.5;
        sc.host.closureMeanDays = 1;
        long[] n = closures(5000, 161);
        assertBinomial(n[0], 5000, 0.225, "closures");
        assertEquals(n[0], n[1], "each closure one day");
    }

    @Test
    @DisplayName("closures last 1 + Poisson(closureMeanDays − 1) days: mean 4, variance 3")
    void closuresLastTheirDrawnLength() {
        sc.host.closuresPerYear = 365 * 2;                              // p = 0.9 a day while open
        sc.host.closureMeanDays = 4;
        long[] n = closures(5000, 162);
        // the last closure may run past the days counted, a few days among some 5,000
        assertMean(n[1], n[0], 4, 3, "closed days per closure");
    }

    @Test
    @DisplayName("a drive exactly at strikeDriveThreshold allows strikes (p = η = 0.8)")
    void theStrikeThresholdIsInclusive() {
        sc.coercion = SmallScenario.coercion().strikeDriveThreshold(0.75).build();
        sc.host.strikesPerYear = 365;
        TensionModel m = sc.started(163);
        long[] strikes = new long[1];
        m.setEventListener(e -> strikes[0] += e.type() == EventType.AIR_STRIKE ? 1 : 0);
        for (int d = 0; d < 2000; d++) {
            m.host().step(m);
        }
        assertBinomial(strikes[0], 2000, 0.8, "strikes at D = threshold = 0.75");
    }

    @Test
    @DisplayName("an alarmed government strikes more often: p = strikesPerYear/365 × η × (1 + level) = 0.5 × 0.8 × 2")
    void alarmRaisesTheStrikeHazard() {
        sc.host.strikesPerYear = 182.5;
        sc.response = SmallScenario.response().threshold(100).reactivity(1).build();
        TensionModel m = sc.started(164);
        m.host().sufferDeaths(1e6);
        m.host().relax(1);                                          // alarm 10⁶ = 10⁴ thresholds: level ≈ 1
        assertEquals(1, m.host().responseLevel(), 1e-6);
        long[] strikes = new long[1];
        m.setEventListener(e -> strikes[0] += e.type() == EventType.AIR_STRIKE ? 1 : 0);
        for (int d = 0; d < 2000; d++) {
            m.host().step(m);
        }
        assertBinomial(strikes[0], 2000, 0.8, "strikes of an alarmed host");
    }
}
