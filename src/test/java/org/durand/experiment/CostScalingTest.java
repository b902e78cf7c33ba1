package org.durand.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.durand.TestScenarios;
import org.durand.scenario.Scenario;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The overrides that scale a scenario, and the fitted exponent of cost = a · size^b. */
class CostScalingTest {

    @Test
    @DisplayName("the exponent of an exact power law is its power; of a power law with a constant, less")
    void exponentOfAPowerLaw() {
        double[] size = {0.25, 0.5, 1, 2, 4};
        double[] cubic = new double[size.length];
        double[] withFixedCost = new double[size.length];
        for (int i = 0; i < size.length; i++) {
            cubic[i] = 3 * Math.pow(size[i], 1.5);
            withFixedCost[i] = 1 + size[i];
        }
        assertEquals(1.5, CostScaling.exponent(size, cubic), 1e-12);
        double b = CostScaling.exponent(size, withFixedCost);
        assertEquals(true, b > 0.3 && b < 0.9, "a fixed cost flattens the growth: " + b);
        assertThrows(IllegalArgumentException.class, () -> CostScaling.exponent(new double[] {1, 1}, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> CostScaling.exponent(new double[] {1, 2}, new double[] {0, 2}));
        assertThrows(IllegalArgumentException.class, () -> CostScaling.exponent(new double[] {1}, new double[] {1}));
    }

    @Test
    @DisplayName("overrides: every status's persons times the factor; the calendar ending after whole years")
    void overridesScaleTheBaseline() {
        Scenario s = TestScenarios.baseline();
        assertEquals(List.of("refugees.statuses.por.persons=325000", "refugees.statuses.acc.persons=200000",
                "refugees.statuses.undocumented.persons=325000"), CostScaling.households(s, 0.25));
        assertEquals(List.of("calendar.end=2024-12-31"), CostScaling.years(s, 2));
    }
}
