package org.durand.experiment.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.durand.experiment.sweep.Design;
import org.durand.experiment.sweep.Spread;
import org.durand.experiment.sweep.SweepPlan;
import org.durand.experiment.sweep.UnitDesign;
import org.durand.experiment.sweep.Varied;
import org.junit.jupiter.api.Test;

/** The analyses on plain functions with known answers, through the same designs a sweep uses. */
class SensitivityTest {

    private static final List<String> THREE = List.of("x1", "x2", "x3");

    private static double measure(List<Index> indices, String parameter, String measure) {
        return indices.stream().filter(i -> i.parameter().equals(parameter) && i.measure().equals(measure))
                .findFirst().orElseThrow().value();
    }

    /** Ishigami function on [−π, π]³ plus {@code offset}, a = 7, b = 0.1, on a Saltelli design of {@code rows} base rows. */
    private static List<Index> ishigami(int rows, double offset) {
        UnitDesign design = UnitDesign.of(Design.SOBOL, varied(3), rows, 4, 1);
        int per = SobolIndices.pointsPerRow(3);
        double[] f = new double[design.size()];
        for (int i = 0; i < f.length; i++) {
            double[] u = design.point(i);
            double x1 = -Math.PI + 2 * Math.PI * u[0];
            double x2 = -Math.PI + 2 * Math.PI * u[1];
            double x3 = -Math.PI + 2 * Math.PI * u[2];
            f[i] = offset + Math.sin(x1) + 7 * Math.sin(x2) * Math.sin(x2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
        }
        double[] fA = new double[rows];
        double[] fB = new double[rows];
        double[][] fAB = new double[3][rows];
        for (int j = 0; j < rows; j++) {
            fA[j] = f[j * per];
            fB[j] = f[j * per + 1];
            for (int i = 0; i < 3; i++) {
                fAB[i][j] = f[j * per + 2 + i];
            }
        }
        return SobolIndices.analyse("y", THREE, fA, fB, fAB, 3);
    }

    /**
     * An outcome far from zero with a small spread (Ishigami + 10⁶, like refugees remaining): the
     * indices are those of the function itself, from 256 rows within 0.15; uncentred, the
     * first-order estimator's error grew with mean²/variance and gave indices of ±100.
     */
    @Test
    void sobolIndicesDoNotDependOnTheOutcomesLevel() {
        List<Index> s = ishigami(256, 1e6);
        double[] first = {0.3139, 0.4424, 0};
        for (int i = 0; i < 3; i++) {
            assertEquals(first[i], measure(s, THREE.get(i), "first_order"), 0.15, "S1 of x" + (i + 1));
        }
    }

    /** Ishigami function on [−π, π]³, a = 7, b = 0.1; analytic S1 = 0.314, 0.442, 0; ST = 0.558, 0.442, 0.244. */
    @Test
    void sobolIndicesOfIshigamiMatchTheAnalyticValues() {
        List<Index> s = ishigami(4096, 0);
        double[] first = {0.3139, 0.4424, 0};
        double[] total = {0.5576, 0.4424, 0.2437};
        for (int i = 0; i < 3; i++) {
            assertEquals(first[i], measure(s, THREE.get(i), "first_order"), 0.03, "S1 of x" + (i + 1));
            assertEquals(total[i], measure(s, THREE.get(i), "total_order"), 0.03, "ST of x" + (i + 1));
            Index ci = s.get(2 * i + 1);
            assertTrue(ci.low() <= total[i] + 0.02 && ci.high() >= total[i] - 0.02, "interval covers ST: " + ci);
        }
    }

    /** y = 10 x1 + 3 x2² + 0.1 x3: Morris must rank x1, x2, x3 by μ*, with σ ≈ 0 for the linear x1. */
    @Test
    void morrisRanksTheParametersOfAKnownFunction() {
        UnitDesign design = UnitDesign.of(Design.MORRIS, varied(3), 30, 4, 11);
        double[][] unit = new double[design.size()][];
        double[] f = new double[design.size()];
        for (int i = 0; i < f.length; i++) {
            unit[i] = design.point(i);
            f[i] = 10 * unit[i][0] + 3 * unit[i][1] * unit[i][1] + 0.1 * unit[i][2];
        }
        List<Index> m = MorrisScreening.analyse("y", THREE, unit, f, 5);
        List<String> ranked = new ArrayList<>(THREE);
        ranked.sort(Comparator.comparingDouble((String p) -> -measure(m, p, "mu_star")));
        assertEquals(THREE, ranked);
        assertEquals(10, measure(m, "x1", "mu_star"), 1e-9);
        assertEquals(0, measure(m, "x1", "sigma"), 1e-9);
        assertTrue(measure(m, "x2", "sigma") > 0.1, "the quadratic term makes x2's effects spread");
    }

    /** A monotone, non-linear function of x1 plus small noise: PRCC ≈ 1; x2 and x3 play no part: PRCC ≈ 0. */
    @Test
    void prccOfAMonotoneFunctionIsOne() {
        UnitDesign design = UnitDesign.of(Design.LHS, varied(3), 200, 4, 3);
        double[][] x = new double[design.size()][];
        double[] y = new double[design.size()];
        java.util.SplittableRandom noise = new java.util.SplittableRandom(7);
        ToDoubleFunction<double[]> g = u -> Math.exp(5 * u[0]) + noise.nextDouble();
        for (int i = 0; i < y.length; i++) {
            x[i] = design.point(i);
            y[i] = g.applyAsDouble(x[i]);
        }
        List<Index> p = Prcc.analyse("y", THREE, x, y);
        assertEquals(1, measure(p, "x1", "prcc"), 0.05);
        assertEquals(0, measure(p, "x2", "prcc"), 0.2);
        assertEquals(0, measure(p, "x3", "prcc"), 0.2);
        Index one = p.get(0);
        assertTrue(one.low() > 0.9 && one.high() <= 1, "interval near 1: " + one);
    }

    /**
     * An outcome that is a strictly increasing function of x1 alone, without noise: the ranks agree
     * exactly, so x1's PRCC is exactly 1 with no Fisher interval (not the zero-width [1, 1]); x2's and
     * x3's are undefined because x1's ranks explain the outcome's completely, and say so.
     */
    @Test
    void exactRankAgreementHasNoIntervalAndUndefinedRowsSayWhy() {
        UnitDesign design = UnitDesign.of(Design.LHS, varied(3), 12, 4, 3);
        double[][] x = new double[design.size()][];
        double[] y = new double[design.size()];
        for (int i = 0; i < y.length; i++) {
            x[i] = design.point(i);
            y[i] = Math.exp(5 * x[i][0]);
        }
        List<Index> p = Prcc.analyse("y", THREE, x, y);
        assertEquals(1, measure(p, "x1", "prcc"));
        assertTrue(Double.isNaN(p.get(0).low()) && Double.isNaN(p.get(0).high()), "no interval: " + p.get(0));
        assertTrue(Double.isNaN(measure(p, "x2", "prcc")));
        List<String> why = Prcc.undefined(3, x, y);
        assertEquals("", why.get(0));
        assertEquals("the other parameters' ranks explain the outcome's ranks completely", why.get(1));

        double[] flat = new double[y.length];
        assertEquals("the outcome does not vary across points", Prcc.undefined(3, x, flat).get(2));
        double[][] few = java.util.Arrays.copyOf(x, 4);
        assertTrue(Prcc.undefined(3, few, java.util.Arrays.copyOf(y, 4)).get(0).startsWith("too few points: 4"));
        for (double[] row : x) {
            row[1] = 0.5;
        }
        assertEquals("the parameter does not vary across points", Prcc.undefined(3, x, y).get(1));
    }

    @Test
    void replicateNoiseSplitsWithinFromBetween() {
        Index all = ReplicateNoise.analyse("y", List.of(new double[] {1, 3}, new double[] {1, 3}));
        assertEquals(1, all.value(), 1e-12, "points with the same replicates: all noise");
        Index none = ReplicateNoise.analyse("y", List.of(new double[] {1, 1}, new double[] {5, 5}));
        assertEquals(0, none.value(), 1e-12, "identical replicates: no noise");
    }

    /** k real parameters on [0, 1] from the registry (the designs read only their count and grid steps). */
    static List<Varied> varied(int k) {
        List<String> paths = List.of("governments.host.hawkishness", "governments.haven.hawkishness",
                "governments.host.trust");
        List<Varied> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            out.add(Varied.of(paths.get(i), "0", "1", null, Spread.UNIFORM, "test"));
        }
        return out;
    }

    @Test
    void sweepPlanCountsPointsAndRuns() {
        SweepPlan plan = new SweepPlan(Path.of("x.yaml"), List.of(), varied(3), Design.SOBOL, 8, 4, 2, 1, List.of());
        assertEquals(8 * 5, plan.points());
        assertEquals(80, plan.runs());
    }

    @Test
    void everySaltelliRowSamplesTwoDifferentBasePoints() {
        UnitDesign design = UnitDesign.of(Design.SOBOL, varied(3), 16, 4, 1);
        for (int row = 0; row < 16; row++) {
            double[] a = design.point(row * 5);
            double[] b = design.point(row * 5 + 1);
            assertFalse(java.util.Arrays.equals(a, b), "row " + row + ": A and B are the same point "
                    + java.util.Arrays.toString(a));
        }
    }

    /**
     * The N base rows are a whole block of the Sobol sequence, so each coordinate of A and of B
     * falls exactly once into each of the N intervals [m/N, (m+1)/N): the balance Saltelli's
     * estimators rely on, which skipping only the sequence's first two points broke.
     */
    @Test
    void theBaseRowsAreABalancedBlockOfTheSequence() {
        for (int rows : new int[] {4, 16, 64}) {
            UnitDesign design = UnitDesign.of(Design.SOBOL, varied(3), rows, 4, 1);
            int per = SobolIndices.pointsPerRow(3);
            for (int slot = 0; slot < 2; slot++) {
                for (int d = 0; d < 3; d++) {
                    boolean[] hit = new boolean[rows];
                    for (int j = 0; j < rows; j++) {
                        int cell = (int) Math.floor(design.point(j * per + slot)[d] * rows);
                        assertFalse(hit[cell], rows + " rows, " + (slot == 0 ? "A" : "B") + " coordinate " + d
                                + ": interval " + cell + " twice");
                        hit[cell] = true;
                    }
                }
            }
        }
    }

    @Test
    void sobolBaseRowsMustBeAPowerOfTwo() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new SweepPlan(Path.of("x.yaml"), List.of(), varied(3), Design.SOBOL, 6, 4, 2, 1, List.of()));
        assertTrue(e.getMessage().contains("samples 6: Sobol base rows must be a power of two; use 4 or 8"), e.getMessage());
    }
}
