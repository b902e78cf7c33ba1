package org.durand.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.durand.experiment.ReplicateStatistics;
import org.durand.experiment.TargetResult;
import org.durand.scenario.Target;
import org.junit.jupiter.api.Test;

/** The objective a calibration minimises and the distance of approximate Bayesian computation. */
class MisfitTest {

    private static TargetResult result(double observed, double weight, double... model) {
        Target t = new Target("t" + observed, "attacks", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31),
                observed, 0.9 * observed, 1.1 * observed, weight, "test");
        return new TargetResult(t, ReplicateStatistics.of(model));
    }

    @Test
    void theObjectiveWeighsSquaredRelativeErrorsAndTheDistanceIsTheirWeightedRootMeanSquare() {
        TargetResult tenPercentHigh = result(10, 2, 11, 11);
        TargetResult halfTooLow = result(100, 1, 50, 50);
        assertEquals(2 * 0.01, Misfit.objective(List.of(tenPercentHigh)), 1e-12);
        assertEquals(0.1, Misfit.distance(List.of(tenPercentHigh)), 1e-12, "one target: its relative error");
        List<TargetResult> both = List.of(tenPercentHigh, halfTooLow);
        assertEquals(2 * 0.01 + 0.25, Misfit.objective(both), 1e-12);
        assertEquals(Math.sqrt((2 * 0.01 + 0.25) / 3), Misfit.distance(both), 1e-12);
        assertEquals(0, Misfit.objective(List.of(result(10, 1, 10, 10))), 0, "a hit costs nothing");
    }

    @Test
    void aTargetTheRunsCannotMeasureCostsARelativeErrorOfAThousand() {
        TargetResult unmeasurable = result(0.3, 1, Double.NaN, Double.NaN);
        assertTrue(Double.isNaN(unmeasurable.relativeError()));
        assertEquals(Misfit.UNMEASURABLE * Misfit.UNMEASURABLE, Misfit.objective(List.of(unmeasurable)), 0);
        assertEquals(1000, Misfit.distance(List.of(unmeasurable)), 1e-9);
    }

    @Test
    void withoutTargetsTheObjectiveIsZeroAndTheDistanceUndefined() {
        assertEquals(0, Misfit.objective(List.of()), 0);
        assertTrue(Double.isNaN(Misfit.distance(List.of())));
    }
}
