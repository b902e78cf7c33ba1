package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.durand.Cli;
import org.durand.FolderSnapshot;
import org.durand.TestScenarios;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to any command exits 2 with a message naming what is wrong, never "internal error". */
class BadInputTest {

    @TempDir
    static Path shared;
    static Path run;

    @TempDir
    Path dir;

    @BeforeAll
    static void oneRun() {
        run = shared.resolve("baseline");
        Cli.Result r = Cli.run("run", TestScenarios.BASELINE.toString(), "--set", TestScenarios.VERY_COARSE,
                "--reps", "2", "--seed", "5", "--threads", "1", "--no-charts", "--out", run.toString());
        assertEquals(0, r.exit(), r::all);
    }

    private static Cli.Result refused(String expected, String... args) {
        Cli.Result r = Cli.run(args);
        assertEquals(2, r.exit(), r::all);
        assertTrue(r.err().contains(expected), r::all);
        assertFalse(r.err().contains("internal error") || r.err().contains("Exception"), r::all);
        return r;
    }

    @Test
    void tableOfAYearTheRunDoesNotCover() {
        refused("--year 2030: " + run + " covers the years 2023 to 2026", "table", run.toString(), "--year", "2030");
    }

    @Test
    void aFolderThatIsNotARun() {
        refused(dir + " is not a run folder: it has no summary.csv", "table", dir.toString());
        refused(dir + " is not a run folder: it has no timeseries.csv", "compare", run.toString(), dir.toString());
        refused(dir.resolve("none") + " is not a folder", "table", dir.resolve("none").toString());
    }

    @Test
    void aMissingReadme() {
        Path missing = dir.resolve("missing.md");
        refused("--readme " + missing + ": no such file", "table", run.toString(), "--readme", missing.toString());
        refused("--readme " + missing + ": no such file", "examples", "--readme", missing.toString(),
                "--out", dir.resolve("ex").toString());
        assertFalse(Files.exists(dir.resolve("ex")), "nothing was run");
        refused("--readme " + dir + ": a folder, not a file", "table", run.toString(), "--readme", dir.toString());
        refused("--readme " + dir + ": a folder, not a file", "examples", "--readme", dir.toString(),
                "--out", dir.resolve("ex").toString());
    }

    @Test
    void aCorruptTimeseriesForCompare() throws Exception {
        Path copy = Files.createDirectories(dir.resolve("copy"));
        for (String f : new String[] {"timeseries.csv", "summary.csv", "manifest.json", "events.csv"}) {
            Files.copy(run.resolve(f), copy.resolve(f));
        }
        String text = Files.readString(copy.resolve("timeseries.csv"));
        int third = text.indexOf('\n', text.indexOf('\n', text.indexOf('\n') + 1) + 1);
        Files.writeString(copy.resolve("timeseries.csv"), text.substring(0, third + 1) + "baseline,0,1,2023-11,attacks,lots\n"
                + text.substring(third + 1));
        refused(copy.resolve("timeseries.csv") + " line 4: 'lots' is not a valid value", "compare", run.toString(),
                copy.toString(), "--out", dir.resolve("cmp").toString());
        Files.writeString(copy.resolve("timeseries.csv"), "what,is,this\n1,2,3\n");
        refused(copy.resolve("timeseries.csv") + " line 1: the header lacks scenario, rep, seed, month, metric, value",
                "compare", run.toString(), copy.toString(), "--out", dir.resolve("cmp").toString());
        assertFalse(Files.exists(dir.resolve("cmp")));
    }

    @Test
    void anOutputFolderBelowAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("afile"), "x");
        String sub = file.resolve("sub").toString();
        refused("--out: " + sub + " cannot be a folder: " + file + " is a file", "run",
                TestScenarios.BASELINE.toString(), "--out", sub);
        refused("is a file", "compare", run.toString(), run.toString(), "--out", sub);
        refused("is a file", "calibrate", TestScenarios.BASELINE.toString(), "--fit",
                "groups.ttp.attacksPerCellYear=0.5:2.5", "--out", sub);
        refused("--out: the folder name is empty", "run", TestScenarios.BASELINE.toString(), "--out", "");
        refused("--out \"\"", "examples", "--out", "");
        assertEquals(java.util.Set.of("afile"), FolderSnapshot.of(dir).keySet());
    }

    @Test
    void examplesKeepRunsAndReadmeTablesMadeWithOtherSettings() throws Exception {
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        Files.copy(TestScenarios.BASELINE, scenarios.resolve("baseline.yaml"));
        Path out = Files.createDirectories(dir.resolve("examples"));
        Path held = out.resolve("baseline");
        Files.createDirectories(held);
        Files.copy(run.resolve("manifest.json"), held.resolve("manifest.json"));   // a run with --reps 2 --seed 5
        refused(held + " holds a run made with --reps 2 --seed 5, not --reps 3 --seed 5", "examples",
                "--scenarios", scenarios.toString(), "--out", out.toString(), "--reps", "3", "--seed", "5",
                "--readme", "none");
        // the project's README.md (tests run in the project folder) is what --readme defaults to
        String readme = Files.readString(Path.of("README.md"));
        refused("the tables in README.md are made with --reps 20 --seed 7; with --reps 3 --seed 5 give "
                + "--readme FILE", "examples", "--scenarios", scenarios.toString(), "--out",
                dir.resolve("elsewhere").toString(), "--reps", "3", "--seed", "5");
        assertEquals(readme, Files.readString(Path.of("README.md")));
        assertFalse(Files.exists(dir.resolve("elsewhere")), "nothing was run");
    }
}
