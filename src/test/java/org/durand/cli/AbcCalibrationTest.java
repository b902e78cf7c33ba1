package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.durand.Cli;
import org.durand.TestScenarios;
import org.durand.experiment.Posterior;
import org.durand.output.PosteriorCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code durand calibrate --method abc} on the baseline: a posterior whose file reads back, its
 * generations, summary and predictive check of every target, the same bytes on any thread count,
 * and a run over it.
 */
class AbcCalibrationTest {

    private static final String[] ARGS = {"calibrate", TestScenarios.BASELINE.toString(), "--method", "abc",
        "--set", TestScenarios.VERY_COARSE, "--set", "calendar.end=2025-04-30",
        "--fit", "groups.ttp.attacksPerCellYear=0.2:2", "--fit", "behaviour.returns.fearPerDay=0.004:0.04",
        "--particles", "20", "--budget", "80", "--check-draws", "12", "--seed", "4"};

    @Test
    void writesAPosteriorAndItsChecksThatARunCanUse(@TempDir Path tmp) throws Exception {
        Cli.Result r = Cli.run(TestScenarios.plus(ARGS, "--threads", "2", "--out", tmp.resolve("two").toString()));
        assertEquals(0, r.exit(), r.all());
        assertTrue(r.err().contains("effective sample size") && r.err().contains("90% credible interval"), r.err());
        Path dir = tmp.resolve("two");
        Posterior p = PosteriorCsv.read(dir.resolve("posterior.csv"));
        assertEquals(20, p.size());
        assertEquals(List.of("groups.ttp.attacksPerCellYear", "behaviour.returns.fearPerDay"), p.paths());
        List<String> generations = Files.readAllLines(dir.resolve("generations.csv"));
        assertTrue(generations.size() >= 3, "the prior and at least one shrinking generation: " + generations);
        List<String> predictive = Files.readAllLines(dir.resolve("predictive.csv"));
        assertEquals(29, predictive.size(), "a header and each of the 28 targets: " + predictive);
        assertTrue(Files.readString(dir.resolve("posterior-summary.csv")).contains("groups.ttp.attacksPerCellYear,0.2,2,"));
        String fitReport = Files.readString(dir.resolve("report.html"));
        assertTrue(fitReport.contains("Posterior predictive check") && fitReport.contains("90% credible interval")
                && fitReport.contains("charts/posterior-pairs.png"), "the report shows the posterior and its charts");
        String manifest = Files.readString(dir.resolve("manifest.json"));
        assertTrue(manifest.contains("\"command\" : \"calibrate\"") && manifest.contains("calendar.end=2025-04-30")
                && manifest.contains("\"high\" : 0.04"), "the fit's manifest: " + manifest);
        for (String chart : List.of("posterior-marginals", "posterior-pairs", "predictive-check")) {
            assertTrue(Files.size(dir.resolve("charts").resolve(chart + ".png")) > 5000, chart);
        }

        Cli.Result one = Cli.run(TestScenarios.plus(ARGS, "--threads", "1", "--out", tmp.resolve("one").toString()));
        assertEquals(0, one.exit(), one.all());
        for (String f : List.of("posterior.csv", "generations.csv", "predictive.csv")) {
            assertEquals(Files.readString(dir.resolve(f)), Files.readString(tmp.resolve("one").resolve(f)), f);
        }

        Cli.Result run = Cli.run("run", TestScenarios.BASELINE.toString(), "--set", TestScenarios.VERY_COARSE,
                "--set", "calendar.end=2025-04-30", "--reps", "8", "--posterior", dir.resolve("posterior.csv").toString(),
                "--out", tmp.resolve("run").toString());
        assertEquals(0, run.exit(), run.all());
        String report = Files.readString(tmp.resolve("run/report.html"));
        assertTrue(report.contains("Parameter uncertainty") && report.contains("two/posterior.csv"),
                "the report says which posterior the run drew from");
    }

    @Test
    void aBudgetThatLeavesOnlyThePriorSaysSo(@TempDir Path tmp) throws Exception {
        Cli.Result r = Cli.run("calibrate", TestScenarios.BASELINE.toString(), "--method", "abc", "--set",
                TestScenarios.VERY_COARSE, "--set", "calendar.end=2025-04-30", "--fit",
                "groups.ttp.attacksPerCellYear=0.3:1.5", "--particles", "10", "--budget", "30", "--check-draws", "5",
                // a tolerance at the prior's least distance: the 20 proposals left rarely give the 10 acceptances
                // a generation needs (with the median they did about half the time, as the seed fell)
                "--quantile", "0.1", "--out", tmp.resolve("tiny").toString());
        assertEquals(0, r.exit(), r.all());
        assertTrue(r.err().contains("the 'posterior' is the prior"), r.err());
        assertTrue(Files.readString(tmp.resolve("tiny/report.html")).contains("draws from the prior, not a posterior"));
    }

    @Test
    void badAbcSettingsAreBadInput() {
        Cli.Result budget = Cli.run("calibrate", TestScenarios.BASELINE.toString(), "--method", "abc", "--fit",
                "groups.ttp.attacksPerCellYear=0.2:2", "--particles", "50", "--budget", "100");
        assertEquals(2, budget.exit(), budget.all());
        assertTrue(budget.err().contains("--budget 100"), budget.err());
        Cli.Result method = Cli.run("calibrate", TestScenarios.BASELINE.toString(), "--method", "mcmc", "--fit",
                "groups.ttp.attacksPerCellYear=0.2:2");
        assertEquals(2, method.exit(), method.all());
        assertTrue(method.err().contains("optimise and abc"), method.err());
        Cli.Result particles = Cli.run("calibrate", TestScenarios.BASELINE.toString(), "--fit",
                "groups.ttp.attacksPerCellYear=0.2:2", "--particles", "40");
        assertEquals(2, particles.exit(), particles.all());
        assertTrue(particles.err().contains("--particles belongs to --method abc"), particles.err());
        Cli.Result zero = Cli.run("calibrate", TestScenarios.BASELINE.toString(), "--method", "abc", "--fit",
                "groups.ttp.attacksPerCellYear=0.2:2", "--particles", "0");
        assertEquals(2, zero.exit(), zero.all());
        assertTrue(zero.err().contains("--particles 0: allowed: a whole number from 10 to 100000"), zero.err());
        Cli.Result nobody = Cli.run("calibrate", TestScenarios.BASELINE.toString(), "--method", "abc", "--fit",
                "groups.nobody.attacksPerCellYear=0.2:2");
        assertEquals(2, nobody.exit(), nobody.all());
        assertTrue(nobody.err().contains("defines no such value"), nobody.err());
        // a bound's run is refused for the heap that --threads runs need at once: two here, whatever this
        // machine's core count (one run of 900 million persons would fit the tests' 4 GB heap)
        Cli.Result huge = Cli.run("calibrate", TestScenarios.BASELINE.toString(), "--method", "abc", "--fit",
                "refugees.statuses.por.persons=1000000:900000000", "--threads", "2");
        assertEquals(2, huge.exit(), huge.all());
        assertTrue(huge.err().contains("--fit refugees.statuses.por.persons=1000000:900000000: at ")
                && huge.err().contains("beyond what a run may use"), huge.err());
        Cli.Result optimise = Cli.run("calibrate", TestScenarios.BASELINE.toString(), "--fit",
                "refugees.statuses.por.persons=1000:1000000000", "--threads", "2");
        assertEquals(2, optimise.exit(), "the point fit checks its bounds too: " + optimise.all());
        assertTrue(optimise.err().contains("beyond what a run may use"), optimise.err());
        Cli.Result both = Cli.run("calibrate", TestScenarios.BASELINE.toString(), "--method", "abc", "--fit",
                "groups.ttp.attacksPerCellYear=0.3:1.5", "--set", "groups.ttp.attacksPerCellYear=1");
        assertEquals(2, both.exit(), both.all());
        assertTrue(both.err().contains("is also fitted"), both.err());
    }
}
