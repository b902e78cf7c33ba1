package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.durand.Cli;
import org.durand.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code durand validate} checks the targets file a scenario is compared with, too. */
class ValidateCommandTest {

    @TempDir
    Path dir;

    private static String target(String metric, String from, String to) {
        return String.join("\n",
                "targets:",
                "  t:",
                "    metric: " + metric,
                "    window: {from: " + from + ", to: " + to + "}",
                "    observed: 10",
                "    tolerance: 0.1",
                "    source: test",
                "");
    }

    @Test
    void aBrokenTargetsFileGivenWithTargetsIsReported() {
        Path bad = TestScenarios.write(dir, "bad-targets.yaml", target("fatalities_total", "2024-12-01", "2024-01-31"));
        Cli.Result r = Cli.run("validate", TestScenarios.BASELINE.toString(), "--targets", bad.toString());
        assertEquals(2, r.exit(), r::all);
        assertTrue(r.err().contains("error: " + bad + " line 4: key 'targets.t.window.to' = '2024-01-31'"), r::all);
        assertTrue(r.err().contains("must not be before window.from (2024-12-01)"), r::all);
    }

    @Test
    void aTargetWithAnUnknownMetricIsReported() {
        Path bad = TestScenarios.write(dir, "metric.yaml", target("fatalities_totl", "2024-01-01", "2024-12-31"));
        Cli.Result r = Cli.run("validate", TestScenarios.BASELINE.toString(), "--targets", bad.toString());
        assertEquals(2, r.exit(), r::all);
        assertTrue(r.err().contains("targets.t.metric"), r::all);
        assertTrue(r.err().contains("'fatalities_totl'") && r.err().contains("did you mean 'fatalities_total'?"), r::all);
    }

    /** The metric, which only the scenario can judge, is said with the file's own problems, not after them. */
    @Test
    void aMisspeltMetricIsSaidWithTheFilesOtherProblems() {
        Path bad = TestScenarios.write(dir, "both.yaml", String.join("\n",
                "targets:",
                "  t:",
                "    metric: fatalities_totl",
                "    window: {from: 2024-01-01, to: 2024-12-31}",
                "    observed: 10",
                "    tolerance: lots",
                ""));
        Cli.Result r = Cli.run("validate", TestScenarios.BASELINE.toString(), "--targets", bad.toString());
        assertEquals(2, r.exit(), r::all);
        assertTrue(r.err().contains(bad + " line 3: key 'targets.t.metric' = 'fatalities_totl': is not a metric (did "
                + "you mean 'fatalities_total'?)") && r.err().contains("key 'targets.t.source': is missing")
                && r.err().contains("key 'targets.t.tolerance' = 'lots'") && r.err().contains("3 problems"), r::all);
    }

    @Test
    void aMissingTargetsFileIsReported() {
        Path file = TestScenarios.write(dir, "lonely.yaml", TestScenarios.baselineText());   // no targets/ beside it
        Cli.Result r = Cli.run("validate", file.toString());
        assertEquals(2, r.exit(), r::all);
        int line = TestScenarios.lineOf(TestScenarios.baselineText(), "targets: targets/");
        assertTrue(r.err().contains(file + " line " + line + ": key 'targets' = 'targets/observed-2024-25.yaml': "
                + "no such file"), r::all);
    }

    @Test
    void goodTargetsGivenWithTargetsPass() {
        Path good = TestScenarios.write(dir, "good.yaml", target("attacks", "2024-01-01", "2024-12-31"));
        Cli.Result r = Cli.run("validate", TestScenarios.BASELINE.toString(), "--targets", good.toString());
        assertEquals(0, r.exit(), r::all);
        assertEquals("ok", r.out().strip());
    }

    @Test
    void validateSaysWhichTargetsFileItCheckedAndWhichTargetsApply() {
        Path some = TestScenarios.write(dir, "some.yaml", target("attacks", "2024-01-01", "2024-12-31")
                .replace("targets:\n", "targets:\n  late:\n    metric: attacks\n    window: {from: 2030-01-01, to: "
                        + "2030-12-31}\n    observed: 10\n    tolerance: 0.1\n    source: test\n"));
        Cli.Result r = Cli.run("validate", TestScenarios.BASELINE.toString(), "--targets", some.toString());
        assertEquals(0, r.exit(), r::all);
        assertEquals("ok", r.out().strip());
        assertTrue(r.err().contains("and its targets file ") && r.err().contains("some.yaml: 1 of 2 targets applies; not "
                + "evaluated, as the calendar does not cover their windows' months wholly: late"), r::all);
        Cli.Result own = Cli.run("validate", TestScenarios.BASELINE.toString());
        assertTrue(own.err().contains("observed-2024-25.yaml: ") && own.err().contains("targets, every one inside the "
                + "calendar"), own::all);
    }

    @Test
    void aRunWhoseCalendarCoversNoTargetSaysSo() {
        Path late = TestScenarios.write(dir, "late.yaml", target("attacks", "2030-01-01", "2030-12-31"));
        Path out = dir.resolve("run");
        Cli.Result r = Cli.run("run", TestScenarios.BASELINE.toString(), "--set", TestScenarios.VERY_COARSE, "--reps",
                "1", "--no-charts", "--targets", late.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r::all);
        assertTrue(r.err().contains("no target applies to this calendar, so no targets.csv was written; not "
                + "evaluated, as the run does not cover their windows' months wholly: t"), r::all);
        assertFalse(java.nio.file.Files.exists(out.resolve("targets.csv")));
    }
}
