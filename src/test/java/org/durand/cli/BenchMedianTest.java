package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@code bench} reports the usual median of its timings: for an even count, the mean of the two middle ones. */
class BenchMedianTest {

    @Test
    void anEvenCountHasTheMeanOfItsTwoMiddleTimings() {
        assertEquals(0.178, BenchCommand.median(new double[] {0.065, 0.291}), 1e-12, "not the maximum 0.291");
        assertEquals(2.5, BenchCommand.median(new double[] {1, 2, 3, 10}), 1e-12);
    }

    @Test
    void anOddCountHasItsMiddleTiming() {
        assertEquals(0.291, BenchCommand.median(new double[] {0.291}));
        assertEquals(3, BenchCommand.median(new double[] {1, 3, 10}));
        assertEquals(4, BenchCommand.median(new double[] {1, 2, 4, 8, 9}));
    }
}
