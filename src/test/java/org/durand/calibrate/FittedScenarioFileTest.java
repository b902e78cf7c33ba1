package org.durand.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The fitted scenario file: a header, an {@code extends:} entry and the fitted values only. */
class FittedScenarioFileTest {

    @TempDir
    Path dir;

    private static final List<FitParameter> PARAMS = List.of(
            FitParameter.parse("groups.ttp.attacksPerCellYear=0.8:1.8"),
            FitParameter.parse("groups.ttp.cellSize=10:50"),
            FitParameter.parse("tension.scale=50:150"));

    @Test
    @SuppressWarnings("unchecked")
    void extendsTheOriginalAndNestsEachFittedValueUnderItsPath() {
        Path original = dir.resolve("scenarios/baseline.yaml");
        Path target = dir.resolve("results/fit/baseline-calibrated.yaml");
        Calibration.Evaluation best = new Calibration.Evaluation(7, new double[] {1.25, 30, 95}, 0.0123456);
        String text = FittedScenarioFile.text(target, original, PARAMS, best, 40, 8, 3);

        assertTrue(text.startsWith("# Fitted by durand calibrate: weighted squared relative error 0.01235 after 40 "
                + "evaluations of 8 replicates (base seed 3).\n"), text);
        assertTrue(text.contains("# groups.ttp.cellSize searched in [10.0, 50.0]\n"), text);
        Map<String, Object> yaml = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(text);
        assertEquals("../../scenarios/baseline.yaml", yaml.get("extends"), "relative to the fitted file's folder");
        Map<String, Object> ttp = (Map<String, Object>) ((Map<String, Object>) yaml.get("groups")).get("ttp");
        assertEquals(1.25, ttp.get("attacksPerCellYear"));
        assertEquals(30.0, ttp.get("cellSize"));
        assertEquals(95.0, ((Map<String, Object>) yaml.get("tension")).get("scale"));
        assertEquals(List.of("extends", "groups", "tension"), List.copyOf(yaml.keySet()), "nothing else is set");
    }

    @Test
    void refusesAnEvaluationOfAnotherLength() {
        Calibration.Evaluation best = new Calibration.Evaluation(1, new double[] {1.25}, 0.1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FittedScenarioFile.text(dir.resolve("a.yaml"), dir.resolve("b.yaml"), PARAMS, best, 1, 1, 1));
        assertTrue(e.getMessage().contains("1 values for 3 fitted parameters"), e.getMessage());
    }

    @Test
    void namesTheOverridesTheFitRanWithWithoutSettingThem() {
        Calibration.Evaluation best = new Calibration.Evaluation(7, new double[] {1.25, 30, 95}, 0.01);
        String text = FittedScenarioFile.text(dir.resolve("f/a.yaml"), dir.resolve("b.yaml"), PARAMS, best, 4, 2, 1,
                List.of("resolution.personsPerAgent=50"));
        assertTrue(text.contains("# The fit ran with --set resolution.personsPerAgent=50; they are not set here"), text);
        assertTrue(!text.contains("resolution:"), text);
    }
}
