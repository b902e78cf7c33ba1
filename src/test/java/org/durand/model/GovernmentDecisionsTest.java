package org.durand.model;

import static org.durand.model.Frequencies.assertBinomial;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A government's daily decisions (ODD §7.2): independent Bernoulli draws with probabilities
 * rate/365 × hostility H = η·D·(1 − T) (accuse, close, clash), rate/365 × η under the strike
 * conditions, and rate/365 × openness O = (0.5 + T)(1 − η·D) (consult).
 *
 * <p>The host has P = 100 and G = 300 (s = 1/2 each, so D = 3/4), η = 0.8 and T = 0.25:
 * H = 0.8 × 0.75 × 0.75 = 0.45 and O = 0.75 × (1 − 0.6) = 0.3. Every event the host emits falls on
 * the haven or, for consultations, leaves trust and grievance unchanged (gain and relief 0), so
 * the host's state, and with it each probability, stays the same from one step to the next.
 */
class GovernmentDecisionsTest {

    private static final int DAYS = 20_000;

    private final SmallScenario sc = new SmallScenario();

    @BeforeEach
    void aDrivenHawkishHost() {
        sc.host.pressure = 100;
        sc.host.grievance = 300;
        sc.host.hawkishness = 0.8;
        sc.host.trust = 0.25;
    }

    /** Steps the host {@code days} times without advancing the day; counts its events by type. */
    private Map<EventType, Integer> stepHost(int days, long seed) {
        TensionModel m = sc.started(seed);
        Map<EventType, Integer> counts = new EnumMap<>(EventType.class);
        m.setEventListener(e -> {
            if (e.actor().equals("Host")) {
                counts.merge(e.type(), 1, Integer::sum);
            }
        });
        for (int d = 0; d < days; d++) {
            m.host().step(m);
        }
        assertEquals(0.75, m.host().drive(), 1e-12, "the host's drive did not move");
        assertEquals(0.25, m.host().getTrust(), 1e-12, "the host's trust did not move");
        return counts;
    }

    @Test
    @DisplayName("accuse with p = accusationsPerYear/365 × H, clash with p = clashesPerYear/365 × H, H = η·D·(1 − T)")
    void hostileDecisionsFollowHostility() {
        sc.host.accusationsPerYear = 365;      // p = 0.45
        sc.host.clashesPerYear = 365 / 2.0;    // p = 0.225
        Map<EventType, Integer> n = stepHost(DAYS, 1);
        assertBinomial(n.getOrDefault(EventType.ACCUSATION, 0), DAYS, 0.45, "accusations");
        assertBinomial(n.getOrDefault(EventType.CLASH, 0), DAYS, 0.225, "clashes");
        assertFalse(n.containsKey(EventType.CONSULT), "no engagement rate, no consultations");
    }

    @Test
    @DisplayName("consult with p = engagementsPerYear/365 × O, O = (0.5 + T)(1 − η·D)")
    void consultationsFollowOpenness() {
        sc.host.engagementsPerYear = 365;      // p = 0.3
        Map<EventType, Integer> n = stepHost(DAYS, 2);
        assertBinomial(n.getOrDefault(EventType.CONSULT, 0), DAYS, 0.3, "consultations");
    }

    @Test
    @DisplayName("strike with p = strikesPerYear/365 × η, only if D ≥ strikeDriveThreshold and T ≤ strikeTrustCeiling")
    void strikesNeedHighDriveAndLowTrust() {
        sc.host.strikesPerYear = 365;          // p = η = 0.8 once the conditions hold
        // threshold 0.6, ceiling 0.25: D = 0.75 and T = 0.25 meet both (the ceiling is inclusive)
        assertBinomial(stepHost(5_000, 3).getOrDefault(EventType.AIR_STRIKE, 0), 5_000, 0.8, "strikes");

        sc.host.trust = 0.26;
        sc.haven.trust = 0.26;
        assertEquals(0, countStrikes(), "trust above the ceiling: no strike");

        sc.host.trust = 0.25;
        sc.host.grievance = 0;                 // D = s(100) = 0.5 < 0.6
        assertEquals(0, countStrikes(), "drive below the threshold: no strike");
    }

    private int countStrikes() {
        TensionModel m = sc.started(4);
        int[] strikes = new int[1];
        m.setEventListener(e -> strikes[0] += e.type() == EventType.AIR_STRIKE ? 1 : 0);
        for (int d = 0; d < 2_000; d++) {
            m.host().step(m);
        }
        return strikes[0];
    }

    @Test
    @DisplayName("close the main crossing for 1 + Poisson(closureMeanDays − 1) days, only if it is open")
    void closureShutsTheMainCrossingOnce() {
        sc.host.closuresPerYear = 1000;        // p = 1000/365 × 0.45 > 1, clipped to 1
        sc.host.closureMeanDays = 1;           // 1 + Poisson(0) = exactly one day
        TensionModel m = sc.started(5);
        int[] closures = new int[1];
        m.setEventListener(e -> closures[0] += e.type() == EventType.CLOSURE ? 1 : 0);
        m.host().step(m);
        m.host().step(m);
        assertEquals(1, closures[0], "the second decision finds the main crossing closed");
        Border b = m.border();
        assertTrue(b.isClosed(b.indexOf("main"), 0), "closed today");
        assertFalse(b.isClosed(b.indexOf("main"), 1), "open again tomorrow");
        assertFalse(b.isClosed(b.indexOf("second"), 0), "only the busiest crossing");
    }
}
