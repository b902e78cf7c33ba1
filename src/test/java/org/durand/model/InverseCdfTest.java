package org.durand.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Inversion with a guide table: the outcome is the smallest j with u &lt; F(j); the residual is a fresh uniform. */
class InverseCdfTest {

    private static final double[] WEIGHTS = {0, 3, 0, 1, 5e-5, 2, 0, 0};

    /** The smallest j with u &lt; F(j), by a plain scan of the normalised partial sums. */
    private static int scan(double[] weights, double u) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double sum = 0;
        int last = -1;
        for (int j = 0; j < weights.length; j++) {
            sum += weights[j];
            last = weights[j] > 0 ? j : last;
            if (u < sum / total && weights[j] > 0) {
                return j;
            }
        }
        return last;
    }

    @Test
    @DisplayName("the outcome of u is the smallest j with u < F(j), at and around every step, never a zero weight")
    void indexInvertsTheDistributionFunction() {
        InverseCdf table = new InverseCdf(WEIGHTS);
        double total = 6 + 5e-5;
        double sum = 0;
        for (double w : WEIGHTS) {
            sum += w;
            double step = sum / total;
            for (double u : new double[] {Math.nextDown(step), step, Math.nextUp(step)}) {
                if (u >= 0 && u < 1) {
                    assertEquals(scan(WEIGHTS, u), table.index(u), "u = " + u);
                }
            }
        }
        MersenneTwisterFast random = new MersenneTwisterFast(3);
        for (int n = 0; n < 100_000; n++) {
            double u = random.nextDouble();
            int j = table.index(u);
            assertEquals(scan(WEIGHTS, u), j, "u = " + u);
            assertTrue(WEIGHTS[j] > 0, "a zero weight is never drawn");
        }
        assertEquals(5, table.index(Math.nextDown(1.0)), "the last positive weight ends at 1");
        assertEquals(1, table.index(0.0));
        assertEquals(5e-5 / total, table.probability(4), 1e-15);
        assertEquals(0, table.probability(6));
    }

    @Test
    @DisplayName("the residual (u − F(j−1))/p_j is uniform on [0, 1) whatever the outcome; rare outcomes do not keep it")
    void residualIsAFreshUniform() {
        InverseCdf table = new InverseCdf(WEIGHTS);
        assertTrue(table.keepsResidual(1) && table.keepsResidual(3) && table.keepsResidual(5));
        assertFalse(table.keepsResidual(4), "p = 8e-6 < 2^-12");
        MersenneTwisterFast random = new MersenneTwisterFast(4);
        long[][] deciles = new long[WEIGHTS.length][10];
        for (int n = 0; n < 300_000; n++) {
            double u = random.nextDouble();
            int j = table.index(u);
            double r = table.residual(u, j);
            assertTrue(r >= 0 && r < 1, "residual " + r);
            deciles[j][(int) (r * 10)]++;
        }
        for (int j : new int[] {1, 3, 5}) {
            double[] expected = new double[10];
            java.util.Arrays.fill(expected, 1);
            double p = new org.apache.commons.math3.stat.inference.ChiSquareTest().chiSquareTest(expected, deciles[j]);
            assertTrue(p > 1e-3, "deciles of the residual after outcome " + j + ": p = " + p);
        }
        assertTrue(table.residual(Math.nextDown(1.0), 5) < 1);
    }

    @Test
    @DisplayName("a residual that rounds up to 1 is put just below 1: weights 1 and 8, u the largest double below 1")
    void aResidualRoundedUpStaysBelowOne() {
        InverseCdf table = new InverseCdf(new double[] {1, 8});
        double u = Math.nextDown(1.0);
        assertEquals(1, table.index(u));
        assertEquals(1.0, (u - 1 / 9.0) * (1 / (1 - 1 / 9.0)), 0, "(u − F(0)) / p₁ rounds to 1 in floating point");
        assertEquals(Math.nextDown(1.0), table.residual(u, 1), 0);
        assertEquals(2, table.size());
        assertEquals(WEIGHTS.length, new InverseCdf(WEIGHTS).size());
    }

    @Test
    @DisplayName("negative, NaN or infinite weights, or all zero, are refused")
    void badWeightsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new InverseCdf(new double[] {1, -1}));
        assertThrows(IllegalArgumentException.class, () -> new InverseCdf(new double[] {1, Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> new InverseCdf(new double[] {Double.POSITIVE_INFINITY}));
        assertThrows(IllegalArgumentException.class, () -> new InverseCdf(new double[] {0, 0}));
        assertEquals(0, new InverseCdf(new double[] {7}).index(0.999), "one outcome");
    }
}
