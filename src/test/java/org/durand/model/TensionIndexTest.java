package org.durand.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.durand.scenario.TensionSpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The tension index (ODD §7.15): I = 100·σ(x), x = (W⁻ − W⁺)/scale + trustWeight·(1 − 2·T̄) − offset,
 * computed from today's intensities, which then decay by 2^(−1/halfLifeDays).
 */
class TensionIndexTest {

    /** halfLifeDays 10, scale 100, trustWeight 1, offset 0, initialHostile 0. */
    private static TensionIndex index(double offset, double initialHostile) {
        return new TensionIndex(new TensionSpec(10, 100, 1, offset, initialHostile));
    }

    /** The first reading of an index with the given offset and initial W⁻, after adding today's events. */
    private static double firstReading(double offset, double initialHostile, double hostile, double cooperative,
                                       double meanTrust) {
        TensionIndex t = index(offset, initialHostile);
        t.addHostile(hostile);
        t.addCooperative(cooperative);
        t.update(meanTrust);
        return t.value();
    }

    @Test
    @DisplayName("no events and T̄ = 1/2: x = −offset; offset 0 reads 50")
    void neutralReadingIsOneHalf() {
        assertEquals(50, firstReading(0, 0, 0, 0, 0.5), 1e-12);
    }

    @Test
    @DisplayName("ODD anchor: no events, T̄ = 0.325, offset 1.5: 100·σ(−1.15) ≈ 24.05")
    void baselineStartReadsAbout24() {
        double value = firstReading(1.5, 0, 0, 0, 0.325);
        assertEquals(100 / (1 + Math.exp(1.15)), value, 1e-12);
        assertEquals(24.05, value, 0.01);
    }

    @Test
    @DisplayName("W⁻ = 150, W⁺ = 50, scale 100, T̄ = 1/2: x = 1, I = 100·σ(1) ≈ 73.106")
    void hostileMinusCooperativeOverScale() {
        assertEquals(73.10585786, firstReading(0, 0, 150, 50, 0.5), 1e-8);
    }

    @Test
    @DisplayName("trust term: T̄ = 0 adds trustWeight to x, T̄ = 1 removes it")
    void trustLowersTheIndex() {
        assertEquals(100 / (1 + Math.exp(-1)), firstReading(0, 0, 0, 0, 0), 1e-12);
        assertEquals(100 / (1 + Math.exp(1)), firstReading(0, 0, 0, 0, 1), 1e-12);
    }

    @Test
    @DisplayName("intensities decay after the reading: W⁻ − W⁺ halves in halfLifeDays")
    void intensitiesDecayWithTheHalfLife() {
        TensionIndex t = index(0, 0);
        t.addHostile(150);
        t.addCooperative(50);
        t.update(0.5);
        t.update(0.5);
        assertEquals(100 / (1 + Math.exp(-Math.pow(2, -0.1))), t.value(), 1e-9, "day 2: x = 2^(−1/10)");
        for (int day = 3; day <= 11; day++) {
            t.update(0.5);
        }
        assertEquals(100 / (1 + Math.exp(-0.5)), t.value(), 1e-9, "ten decays later: x = 1/2, I ≈ 62.25");
    }

    @Test
    @DisplayName("W⁻ starts at initialHostile: 200 over scale 100 reads 100·σ(2) ≈ 88.08")
    void initialHostileWarmsTheStart() {
        assertEquals(88.07970780, firstReading(0, 200, 0, 0, 0.5), 1e-8);
    }

    @Test
    @DisplayName("monotone: more hostile intensity reads higher, more cooperative intensity lower, within (0, 100)")
    void monotoneAndBounded() {
        double previous = 0;
        for (double hostile = 0; hostile <= 2000; hostile += 250) {
            double value = firstReading(0, 0, hostile, 0, 0.3);
            assertTrue(value > previous && value < 100, hostile + ": " + value);
            previous = value;
            assertTrue(firstReading(0, 0, hostile, 100, 0.3) < value, "cooperation lowers the index");
        }
    }
}
