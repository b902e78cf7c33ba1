package org.durand.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/** The normal spread is a normal truncated to the bounds, wherever its mean lies. */
class SpreadTest {

    private static final double LOW = 0.3;
    private static final double HIGH = 0.9;

    @Test
    void aMeanInsideTheBoundsGivesTheTruncatedNormalsQuantiles() {
        Spread s = new Spread(Spread.Kind.NORMAL, 0.5, 0.2);
        NormalDistribution d = new NormalDistribution(null, 0.5, 0.2);
        double lo = d.cumulativeProbability(LOW);
        double hi = d.cumulativeProbability(HIGH);
        for (double u : new double[] {0, 0.1, 0.5, 0.9, 1}) {
            assertEquals(d.inverseCumulativeProbability(lo + u * (hi - lo)), s.quantile(u, LOW, HIGH), 1e-9, "u = " + u);
            assertEquals(u, s.unit(s.quantile(u, LOW, HIGH), LOW, HIGH), 1e-9, "unit inverts quantile at u = " + u);
        }
        assertEquals("", s.check(LOW, HIGH));
    }

    /** Four and a half sd beyond a bound: the points crowd at the bound nearest the mean, in order. */
    @Test
    void aMeanBeyondABoundPutsThePointsAtTheNearerBound() {
        for (double mean : new double[] {1.35, -0.15}) {
            Spread s = new Spread(Spread.Kind.NORMAL, mean, 0.1);
            assertEquals("", s.check(LOW, HIGH));
            double near = mean > HIGH ? HIGH : LOW;
            double previous = Double.NEGATIVE_INFINITY;
            for (double u = 0; u <= 1; u += 0.125) {
                double x = s.quantile(u, LOW, HIGH);
                assertTrue(x >= LOW && x <= HIGH, "inside the bounds: " + x);
                assertTrue(x >= previous, "increasing in u");
                previous = x;
                if (u > 0.01 && u < 0.99) {
                    assertTrue(Math.abs(x - near) < 0.1, "mean " + mean + ", u " + u + ": " + x + " near " + near);
                    assertEquals(u, s.unit(x, LOW, HIGH), 1e-6);
                }
            }
        }
    }

    /** A mean inside the bounds is never refused, however wide the sd: the spread is then nearly uniform. */
    @Test
    void aWideSpreadAroundAMeanInsideTheBoundsIsNearlyUniform() {
        Spread s = new Spread(Spread.Kind.NORMAL, 0.6, 1e6);
        assertEquals("", s.check(LOW, HIGH));
        assertEquals(0.6, s.quantile(0.5, LOW, HIGH), 1e-9);
        assertEquals(LOW + 0.25 * (HIGH - LOW), s.quantile(0.25, LOW, HIGH), 1e-6);
    }

    /** Across the midpoint, where the computation switches sides, the quantiles do not jump. */
    @Test
    void theQuantilesAreContinuousWhereTheComputationMirrors() {
        double mid = (LOW + HIGH) / 2;
        Spread below = new Spread(Spread.Kind.NORMAL, mid - 1e-12, 0.1);
        Spread above = new Spread(Spread.Kind.NORMAL, mid + 1e-12, 0.1);
        for (double u : new double[] {0.01, 0.3, 0.5, 0.7, 0.99}) {
            assertEquals(below.quantile(u, LOW, HIGH), above.quantile(u, LOW, HIGH), 1e-9, "u = " + u);
        }
    }

    @Test
    void aMeanSoFarThatTheBoundsHoldNothingIsRefused() {
        for (double mean : new double[] {2, 5, -1}) {
            String problem = new Spread(Spread.Kind.NORMAL, mean, 0.1).check(LOW, HIGH);
            assertTrue(problem.contains("sd (sd 0.1) beyond the bound nearest it") && problem.contains("allowed: a mean "
                    + "within 4.75 sd of the bounds"), problem);
        }
    }
}
