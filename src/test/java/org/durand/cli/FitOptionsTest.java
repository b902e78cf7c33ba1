package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.durand.Cli;
import org.durand.TestScenarios;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --fit} is checked against the parameter registry before anything runs. */
class FitOptionsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "governments.host.name=0:1 | is a text, not a number",
        "governments.host.trust=0.2:1.5 | leave the allowed range 0 to 1",
        "groups.ttp.fighters=10.5:20 | takes whole numbers only",
        "groups.ttp.fightrs=1:2 | did you mean 'groups.ttp.fighters'?",
        "groups.ttp.attacksPerCellYear=0.4:0.1 | HIGH must be greater than LOW",
        "groups.ttp.fighters=1000:9000 | takes whole numbers only, and the fit proposes real values",
        "groups.ttp.attacksPerCellYear=0.5:2.5 | the search starts from the scenario's value (or its --set), 0.111, outside these bounds",
    })
    void aBadFitIsRefusedWithExitTwoAndWritesNothing(String fit, String expected, @TempDir Path tmp) {
        Path out = tmp.resolve("fit");
        Cli.Result r = Cli.run("calibrate", TestScenarios.BASELINE.toString(), "--fit", fit, "--out", out.toString());
        assertEquals(2, r.exit(), r::all);
        assertTrue(r.err().contains("--fit " + fit) && r.err().contains(expected), r::all);
        assertTrue(!Files.exists(out), "nothing written");
    }

    /** A start given with --set outside the --fit bounds is refused, as the scenario's own would be. */
    @org.junit.jupiter.api.Test
    void aSetStartOutsideTheBoundsIsRefused(@TempDir Path tmp) {
        Path out = tmp.resolve("fit");
        Cli.Result r = Cli.run("calibrate", TestScenarios.BASELINE.toString(), "--fit",
                "governments.host.hawkishness=0.3:0.9", "--set", "governments.host.hawkishness=0.1", "--out",
                out.toString());
        assertEquals(2, r.exit(), r::all);
        assertTrue(r.err().contains("the search starts from the scenario's value (or its --set), 0.1, outside these "
                + "bounds"), r::all);
        assertTrue(!Files.exists(out), "nothing written");
    }

    /** A count cannot be fitted by a search that proposes real values, by any of the three commands. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "calibrate | --method | abc",
        "backtest | --fit-until | 2024-06-30",
    })
    void aWholeNumberParameterIsRefusedByEveryFit(String command, String option, String value, @TempDir Path tmp) {
        Path out = tmp.resolve("fit");
        Cli.Result r = Cli.run(command, TestScenarios.BASELINE.toString(), option, value, "--fit",
                "groups.ttp.fighters=1000:9000", "--out", out.toString());
        assertEquals(2, r.exit(), r::all);
        assertTrue(r.err().contains("takes whole numbers only"), r::all);
        assertTrue(!Files.exists(out), "nothing written");
    }

    @ParameterizedTest
    @CsvSource({"groups.ttp.attacksPerCellYear=0.05:0.4"})
    void theSameParameterTwiceIsRefused(String fit) {
        Cli.Result r = Cli.run("calibrate", TestScenarios.BASELINE.toString(), "--fit", fit, "--fit", fit);
        assertEquals(2, r.exit(), r::all);
        assertTrue(r.err().contains("fitted twice"), r::all);
    }
}
