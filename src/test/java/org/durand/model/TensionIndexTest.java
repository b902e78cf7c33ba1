package org.durand.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.durand.scenario.TensionSpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The tension index (ODD §7.15): I = 100 / (1 + exp(D / scale)), D the signed Goldstein intensity
 * of events between the governments (cooperative positive), read after today's events, then
 * decayed by 2^(−1/halfLifeDays).
 */
class TensionIndexTest {

    /** halfLifeDays 10, scale 100. */
    private static TensionIndex index() {
        return new TensionIndex(new TensionSpec(10, 100));
    }

    /** The first reading after today's signed events. */
    private static double firstReading(double... signedUnits) {
        TensionIndex t = index();
        for (double u : signedUnits) {
            t.add(u);
        }
        t.update();
        return t.value();
    }

    @Test
    @DisplayName("no events, or hostile and cooperative weight that balance: D = 0 reads 50")
    void balanceReadsOneHalf() {
        assertEquals(50, firstReading(), 1e-12);
        assertEquals(50, firstReading(-70, 70), 1e-12);
        assertEquals(50, index().value(), 1e-12, "before the first day");
    }

    @Test
    @DisplayName("D = −150 + 50 = −100, scale 100: I = 100·σ(1) ≈ 73.106")
    void hostileMinusCooperativeOverScale() {
        assertEquals(73.10585786, firstReading(-150, 50), 1e-8);
    }

    @Test
    @DisplayName("intensity decays after the reading: D halves in halfLifeDays")
    void intensityDecaysWithTheHalfLife() {
        TensionIndex t = index();
        t.add(-100);
        t.update();
        t.update();
        assertEquals(100 / (1 + Math.exp(-Math.pow(2, -0.1))), t.value(), 1e-9, "day 2: D/scale = −2^(−1/10)");
        for (int day = 3; day <= 11; day++) {
            t.update();
        }
        assertEquals(100 / (1 + Math.exp(-0.5)), t.value(), 1e-9, "ten decays later: D = −50, I ≈ 62.25");
        assertEquals(-50 * Math.pow(2, -0.1), t.intensity(), 1e-9, "and decayed once more after the reading");
    }

    @Test
    @DisplayName("monotone: more hostile weight reads higher, more cooperative weight lower, within (0, 100)")
    void monotoneAndBounded() {
        double previous = 0;
        for (double hostile = 0; hostile <= 2000; hostile += 250) {
            double value = firstReading(-hostile);
            assertTrue(value > previous && value < 100, hostile + ": " + value);
            previous = value;
            assertTrue(firstReading(-hostile, 100) < value, "cooperation lowers the index");
        }
    }

    @Test
    @DisplayName("a new definition mid-run keeps the intensity and changes the scale")
    void renewKeepsTheIntensity() {
        TensionIndex t = index();
        t.add(-200);
        t.renew(new TensionSpec(10, 200));
        t.update();
        assertEquals(100 / (1 + Math.exp(-1)), t.value(), 1e-12);
    }
}
