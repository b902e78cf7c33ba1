package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.durand.Cli;
import org.durand.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code run --posterior} given a file of another kind says in one plain line what the file is
 * and which to give instead: a YAML file (never its comment read as a column), a JSON manifest, a
 * report, an image, the other tables of a calibration or a run (recognised by their header, whatever
 * their name), and any table naming none of a posterior's columns; nothing is run or written.
 */
class PosteriorKindTest {

    private static final Path BACKTEST = TestScenarios.PROJECT.resolve("results/backtest");
    private static final String GIVE = "give the posterior.csv that 'durand calibrate --method abc' wrote";

    @TempDir
    Path tmp;

    private Cli.Result run(Path posterior) {
        return Cli.run("run", TestScenarios.BASELINE.toString(), "--reps", "4", "--posterior", posterior.toString(),
                "--out", tmp.resolve("out").toString());
    }

    private void assertOneProblem(Cli.Result r, String said) {
        assertEquals(2, r.exit(), r.all());
        assertTrue(r.err().contains(said), said + "\n" + r.all());
        assertTrue(r.err().contains("1 problem;"), "one problem, not one per column: " + r.all());
        assertFalse(r.err().contains("names no scenario parameter") || r.err().contains("Exception"), r.all());
        assertFalse(Files.exists(tmp.resolve("out")), "nothing written");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "scenarios/plans/hawkishness-attacks.yaml",
        "scenarios/baseline.yaml",
        "scenarios/targets/observed-2024-25.yaml",
    })
    void aYamlFileIsSaidToBeOne(String file) {
        Path yaml = TestScenarios.PROJECT.resolve(file);
        assertOneProblem(run(yaml), yaml + ": is a YAML file (a sweep plan, scenario or targets file), not a "
                + "posterior; " + GIVE);
    }

    @Test
    void aYamlFileIsKnownByItsContentWhateverItsName() throws Exception {
        Path plan = Files.copy(TestScenarios.PROJECT.resolve("scenarios/plans/hawkishness-attacks.yaml"),
                tmp.resolve("plan.txt"));
        assertOneProblem(run(plan), plan + ": is a YAML file");
        Path manifest = Files.writeString(tmp.resolve("m.txt"), "{\n  \"command\" : \"run\"\n}\n");
        assertOneProblem(run(manifest), manifest + ": is a JSON file (a run's manifest.json or a sweep's "
                + "sweep.json), not a posterior; " + GIVE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "posterior-summary.csv | the posterior's summary",
        "predictive.csv        | the posterior predictive check",
        "generations.csv       | the table of the ABC search's generations",
        "backtest.csv          | a backtest's scores",
    })
    void aCalibrationsOtherTableNamesPosteriorCsvBesideIt(String file, String what) throws Exception {
        assertOneProblem(run(BACKTEST.resolve(file)), BACKTEST.resolve(file) + ": is " + what
                + "; give posterior.csv from the same folder");
        Path renamed = Files.copy(BACKTEST.resolve(file), tmp.resolve("renamed.csv"));
        assertOneProblem(run(renamed), renamed + ": is " + what + " (" + file + "); give posterior.csv from the "
                + "same folder");
    }

    @Test
    void aRunsOrASweepsTableIsNamed() throws Exception {
        Path summary = TestScenarios.PROJECT.resolve("results/examples/baseline/summary.csv");
        assertOneProblem(run(summary), summary + ": is a run's summary, not a posterior; " + GIVE);
        Path runs = Files.writeString(tmp.resolve("runs.csv"), "run,point,rep,seed,status,message,"
                + "groups.ttp.attacksPerCellYear,fatalities_total.2024\n0,0,0,5,ok,,0.5,2100\n");
        assertOneProblem(run(runs), runs + ": is a sweep's table of runs, not a posterior; " + GIVE);
        Path draws = Files.writeString(tmp.resolve("d.csv"), "rep,seed,draw,particle,groups.ttp.attacksPerCellYear\n"
                + "0,5,0,3,0.5\n");
        assertOneProblem(run(draws), draws + ": is a run's record of the parameter sets it drew from a posterior "
                + "(draws.csv), not a posterior");
    }

    /** What an optimising calibration writes is named too: its fitted values and its log of evaluations. */
    @Test
    void anOptimisingCalibrationsTablesAreNamed() throws Exception {
        Path fit = Files.writeString(tmp.resolve("fit.csv"), "parameter,low,high,start,fitted,objective\n"
                + "groups.ttp.attacksPerCellYear,0.08,0.5,0.237,0.111,0.51\n");
        assertOneProblem(run(fit), fit + ": is an optimising calibration's fitted values, not a posterior; " + GIVE);
        Path log = Files.writeString(tmp.resolve("e.csv"), "evaluation,groups.ttp.attacksPerCellYear,objective\n"
                + "1,0.237,0.96\n");
        assertOneProblem(run(log), log + ": is an optimising calibration's log of evaluations (evaluations.csv), not a "
                + "posterior; " + GIVE);
    }

    @Test
    void anyOtherTableIsOneProblemNamingItsHeader() throws Exception {
        Path chart = TestScenarios.PROJECT.resolve("results/backtest/charts/backtest.csv");
        assertOneProblem(run(chart), chart + " line 1: is not a posterior: its header (series, x, y, low and 3 more) "
                + "names none of particle, weight, distance or a parameter path; " + GIVE);
    }

    @Test
    void aReportOrAnImageIsNoPosterior() {
        Path report = BACKTEST.resolve("backtest.md");
        assertOneProblem(run(report), report + ": is a report, not a posterior; " + GIVE);
        Path image = BACKTEST.resolve("charts/backtest.png");
        assertOneProblem(run(image), image + ": is not UTF-8 text (an image or another binary file?)");
    }

    @Test
    void aPosteriorWithAWrongColumnIsStillCheckedColumnByColumn() throws Exception {
        Path p = Files.writeString(tmp.resolve("p.csv"), "particle,weight,distance,groups.ttp.attacksPerCellYar\n"
                + "0,1,0.1,0.5\n1,1,0.1,0.6\n");
        Cli.Result r = run(p);
        assertEquals(2, r.exit(), r.all());
        assertTrue(r.err().contains("key 'groups.ttp.attacksPerCellYar': names no scenario parameter (did you mean "
                + "'groups.ttp.attacksPerCellYear'?)"), r.all());
    }
}
