package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.durand.Cli;
import org.durand.TestScenarios;
import org.durand.output.Display;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the commands print reads right: one replicate is "1 replicate"; an interval's two ends are
 * written alike; an output folder of another kind (a comparison, a calibration, a backtest, a
 * sweep) is named for what it is when a run is pointed at it; a file given for a folder is said to
 * be a file.
 */
class PrintedWordsTest {

    private static final String[] SHORT = {"--set", TestScenarios.VERY_COARSE, "--set", "calendar.end=2023-12-31"};
    /** A headline of the run summary: metric, year, mean and the interval's ends. */
    private static final Pattern HEADLINE = Pattern.compile("mean (\\S+) \\(95% CI (\\S+) to (\\S+)\\)");

    @TempDir
    static Path root;
    static Cli.Result one;
    static Cli.Result two;

    @BeforeAll
    static void runs() {
        one = TinyRuns.run(root.resolve("one"), "2023-12-31", 1, "--no-charts");
        two = TinyRuns.run(root.resolve("two"), "2023-12-31", 2, "--no-charts");
    }

    @Test
    void countsAgreeWithTheirNouns() {
        assertTrue(one.err().contains("baseline: 1 replicate in "), one.all());
        assertTrue(two.err().contains("baseline: 2 replicates in "), two.all());
        assertEquals("1 target", Display.count(1, "target"));
        assertEquals("0 targets", Display.count(0, "target"));
        assertEquals("3 parameter sets", Display.count(3, "parameter set"));
        assertEquals("1 of 1 target applies", ScenarioOptions.applying(1, 1));
        assertEquals("2 of 3 targets apply", ScenarioOptions.applying(2, 3));
    }

    @Test
    void anIntervalsEndsAreWrittenAlike() {
        Matcher m = HEADLINE.matcher(two.err());
        int headlines = 0;
        while (m.find()) {
            boolean decimals = m.group(2).contains(".");
            assertEquals(decimals, m.group(3).contains("."), "both ends alike: " + m.group());
            assertEquals(decimals, m.group(1).contains("."), "and the mean: " + m.group());
            headlines++;
        }
        assertEquals(2, headlines, two.all());
        assertEquals("0 to 100", Summary.fmt(0, 100) + " to " + Summary.fmt(100, 100));
        assertEquals("0.210 to 0.410", Summary.fmt(0.21, 0.41) + " to " + Summary.fmt(0.41, 0.41));
    }

    @Test
    void aRunIntoAnotherKindOfOutputSaysWhatItHolds() throws Exception {
        Path compare = root.resolve("compare");   // of a run of one replicate: no interval to print, no failure
        Cli.Result c = Cli.run("compare", root.resolve("one").toString(), root.resolve("two").toString(), "--out",
                compare.toString());
        assertEquals(0, c.exit(), c.all());
        Path fit = Files.createDirectories(root.resolve("fit"));
        for (String f : List.of("fit.csv", "evaluations.csv", "baseline-calibrated.yaml")) {
            Files.writeString(fit.resolve(f), "x\n");
        }
        Path backtest = Files.createDirectories(root.resolve("backtest"));
        Files.writeString(backtest.resolve("manifest.json"), "{\"command\" : \"backtest\", \"scenario\" : {\"file\" : "
                + "\"scenarios/baseline.yaml\"}}\n");
        Path unreadable = Files.createDirectories(root.resolve("unreadable"));
        Files.writeString(unreadable.resolve("manifest.json"), "");
        String run = "not a run of " + ScenarioOptions.display(TestScenarios.BASELINE);
        for (String[] folder : new String[][] {
            {compare.toString(), " holds a comparison (differences.csv), " + run},
            {fit.toString(), " holds an optimising calibration (fit.csv, evaluations.csv), " + run},
            {backtest.toString(), " holds a backtest (backtest of scenarios/baseline.yaml, see its manifest.json), "
                + run},
            {unreadable.toString(), " holds another run whose manifest.json cannot be read, " + run}}) {
            List<String> before;
            try (var files = Files.list(Path.of(folder[0]))) {
                before = files.map(Path::toString).sorted().toList();
            }
            Cli.Result r = Cli.run(TestScenarios.plus(new String[] {"run", TestScenarios.BASELINE.toString(), "--reps",
                "1", "--no-charts", "--out", folder[0]}, SHORT));
            assertEquals(2, r.exit(), r.all());
            assertTrue(r.err().contains(folder[0] + folder[1]), folder[1] + "\n" + r.all());
            assertFalse(r.err().contains("not a Durand output"), r.all());
            try (var files = Files.list(Path.of(folder[0]))) {
                assertEquals(before, files.map(Path::toString).sorted().toList(), "nothing written");
            }
        }
    }

    @Test
    void aFileGivenForTheScenarioFolderIsSaidToBeAFile() {
        Path out = root.resolve("examples");
        Cli.Result r = Cli.run("examples", "--scenarios", TestScenarios.BASELINE.toString(), "--out", out.toString(),
                "--readme", "none");
        assertEquals(2, r.exit(), r.all());
        assertTrue(r.err().contains("--scenarios " + TestScenarios.BASELINE + ": a file, not a folder; give the folder "
                + "of the scenario files"), r.all());
        assertFalse(r.err().contains("cannot list"), r.all());
        assertFalse(Files.exists(out));
    }
}
