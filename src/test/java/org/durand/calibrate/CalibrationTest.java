package org.durand.calibrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The two-stage bounded search on objectives whose minimum is known: it finds the minimum, keeps
 * within its budget and the bounds, and repeats itself exactly for the same seed.
 */
class CalibrationTest {

    private static final List<FitParameter> TWO = List.of(new FitParameter("a", 0, 10), new FitParameter("b", -1, 1));

    /** (a − 3)² + 100·(b − 0.4)²: minimum 0 at a = 3, b = 0.4. */
    private static double bowl(double[] v) {
        return (v[0] - 3) * (v[0] - 3) + 100 * (v[1] - 0.4) * (v[1] - 0.4);
    }

    @Test
    void findsTheMinimumOfABowlWithinTheBudgetAndBounds() {
        Calibration c = new Calibration(TWO, CalibrationTest::bowl);
        List<Calibration.Evaluation> seen = new ArrayList<>();
        Calibration.Evaluation best = c.fit(new double[] {8, -0.5}, 80, 1, seen::add);
        assertEquals(3, best.values()[0], 0.01);
        assertEquals(0.4, best.values()[1], 0.001);
        List<Calibration.Evaluation> log = c.log();
        assertTrue(log.size() <= 80, "budget kept: " + log.size());
        assertEquals(log.size(), seen.size(), "every evaluation reported");
        for (int i = 0; i < log.size(); i++) {
            Calibration.Evaluation e = log.get(i);
            assertEquals(i + 1, e.index());
            assertEquals(bowl(e.values()), e.objective(), 0);
            assertTrue(e.values()[0] >= 0 && e.values()[0] <= 10 && e.values()[1] >= -1 && e.values()[1] <= 1,
                    "within bounds");
            assertTrue(best.objective() <= e.objective(), "the best is the smallest seen");
        }
        assertEquals(log.stream().filter(e -> e.objective() == best.objective()).findFirst().orElseThrow().index(),
                best.index(), "the first of equal ones");
    }

    @Test
    void oneParameterIsPolishedWithBrent() {
        Calibration c = new Calibration(List.of(new FitParameter("x", 5, 10)), v -> (v[0] - 7) * (v[0] - 7));
        Calibration.Evaluation best = c.fit(new double[] {9.5}, 40, 2, e -> { });
        assertEquals(7, best.values()[0], 1e-3);
    }

    @Test
    void sameSeedSameSearch() {
        Calibration first = new Calibration(TWO, CalibrationTest::bowl);
        Calibration second = new Calibration(TWO, CalibrationTest::bowl);
        first.fit(new double[] {1, 0}, 30, 5, e -> { });
        second.fit(new double[] {1, 0}, 30, 5, e -> { });
        assertEquals(first.log().size(), second.log().size());
        for (int i = 0; i < first.log().size(); i++) {
            assertArrayEquals(first.log().get(i).values(), second.log().get(i).values(), 0);
        }
    }

    @Test
    void startOutsideTheBoundsIsClampedAndValuesAreCopied() {
        Calibration c = new Calibration(TWO, CalibrationTest::bowl);
        Calibration.Evaluation best = c.fit(new double[] {-50, 7}, 20, 3, e -> { });
        assertTrue(c.log().stream().allMatch(e -> e.values()[0] >= 0 && e.values()[1] <= 1));
        best.values()[0] = 1e9;
        assertTrue(best.values()[0] <= 10, "an evaluation's values cannot be changed from outside");
    }

    @Test
    void refusesBadArgumentsAndReportsObjectiveFailures() {
        assertThrows(IllegalArgumentException.class, () -> new Calibration(List.of(), v -> 0));
        Calibration c = new Calibration(TWO, CalibrationTest::bowl);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> c.fit(new double[] {1}, 10, 1, e -> { }))
                .getMessage().contains("1 values for 2 parameters"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> c.fit(new double[] {1, 0}, 1, 1, e -> { }))
                .getMessage().contains("at least 2"));

        IOException checked = new IOException("cannot read");
        Calibration failing = new Calibration(TWO, v -> {
            throw checked;
        });
        assertSame(checked, assertThrows(IllegalStateException.class,
                () -> failing.fit(new double[] {1, 0}, 10, 1, e -> { })).getCause(), "checked: wrapped");
        IllegalArgumentException unchecked = new IllegalArgumentException("bad scenario");
        Calibration refusing = new Calibration(TWO, v -> {
            throw unchecked;
        });
        assertSame(unchecked, assertThrows(IllegalArgumentException.class,
                () -> refusing.fit(new double[] {1, 0}, 10, 1, e -> { })), "unchecked: unchanged");
    }
}
