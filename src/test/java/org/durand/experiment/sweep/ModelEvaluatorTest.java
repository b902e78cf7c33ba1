package org.durand.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.durand.TestScenarios;
import org.durand.experiment.Replicates;
import org.durand.scenario.Scenario;
import org.durand.scenario.ScenarioReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sweep's model evaluator reads each point's scenario once and shares it among the point's
 * replicates, with the same rows as reading it for every run, whatever the thread count.
 */
class ModelEvaluatorTest {

    @TempDir
    Path tmp;

    private static SweepPlan plan(String... overrides) {
        return new SweepPlan(TestScenarios.BASELINE, List.of(overrides),
                List.of(Varied.parse("governments.host.hawkishness=0.3:0.9:3", Spread.UNIFORM)), Design.GRID, 0, 4,
                3, 11, List.of());
    }

    private static Outcomes outcomes() throws Exception {
        Scenario s = ScenarioReader.read(TestScenarios.BASELINE, List.of(TestScenarios.VERY_COARSE));
        return Outcomes.of(List.of("fatalities_total.all", "refugees_remaining.end"), s, List.of());
    }

    @Test
    @DisplayName("one reading per point, shared by its replicates; rows equal to reading the scenario for every run")
    void readsEachPointOnceWithTheSameRows() throws Exception {
        SweepPlan plan = plan(TestScenarios.VERY_COARSE);
        Outcomes outcomes = outcomes();
        SweepRunner runner = new SweepRunner(plan, outcomes.names());
        ModelEvaluator shared = new ModelEvaluator(plan, outcomes);
        Path fast = tmp.resolve("shared.csv");
        runner.run(fast, Shard.ALL, 2, shared, (r, ok) -> assertTrue(ok, "run " + r.run()));
        assertEquals(plan.points(), shared.reads(), "one reading per point for " + plan.runs() + " runs");

        ModelEvaluator reader = new ModelEvaluator(plan, outcomes);
        Path slow = tmp.resolve("every-run.csv");
        runner.run(slow, Shard.ALL, 1, (run, values) -> outcomes.evaluate(
                Replicates.runOne(reader.scenario(values), run.rep(), run.seed(), false).series()), (r, ok) -> { });
        assertEquals(plan.runs(), reader.reads());
        assertArrayEquals(Files.readAllBytes(slow), Files.readAllBytes(fast));
    }

    @Test
    @DisplayName("a point whose scenario is invalid fails each of its runs with the reader's message, read once")
    void invalidPointFailsEveryRunWithTheMessage() throws Exception {
        SweepPlan plan = plan(TestScenarios.VERY_COARSE, "governments.haven.hawkishness=7");
        ModelEvaluator evaluator = new ModelEvaluator(plan, outcomes());
        Path csv = tmp.resolve("runs.csv");
        SweepRunner.Tally tally = new SweepRunner(plan, outcomes().names()).run(csv, Shard.ALL, 2, evaluator,
                (r, ok) -> { });
        assertEquals(plan.runs(), tally.failed());
        assertEquals(plan.points(), evaluator.reads());
        List<String> rows = Files.readAllLines(csv);
        assertTrue(rows.get(1).contains("governments.haven.hawkishness") && rows.get(1).contains("= '7'"), rows.get(1));
    }
}
