package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.durand.Cli;
import org.durand.TestScenarios;
import org.durand.experiment.Replicates;
import org.durand.observe.MonthlySeries;
import org.durand.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code durand backtest} on targets the model itself generated at known parameter values: fitted
 * on the first half of 2024, its predictions of the second half cover what the model produced;
 * the same backtest against later values the model never produced (tripled) misses them.
 */
class BacktestCommandTest {

    private static final String[] COARSE = {"--set", TestScenarios.VERY_COARSE, "--set", "calendar.end=2024-12-31"};
    private static final String TRUE_RATE = "groups.ttp.attacksPerCellYear=0.9";
    private static final String TRUE_FEAR = "behaviour.returns.fearPerDay=0.02";

    /** Windows (id, metric, from, to); the first four end by 2024-06-30. */
    private static final String[][] WINDOWS = {
        {"fat-q1", "fatalities_total", "2024-01-01", "2024-03-31"},
        {"fat-q2", "fatalities_total", "2024-04-01", "2024-06-30"},
        {"ret-mar", "returns_total", "2023-09-01", "2024-03-31"},
        {"ret-jun", "returns_total", "2023-09-01", "2024-06-30"},
        {"fat-q3", "fatalities_total", "2024-07-01", "2024-09-30"},
        {"fat-q4", "fatalities_total", "2024-10-01", "2024-12-31"},
        {"fat-2024", "fatalities_total", "2024-01-01", "2024-12-31"},
        {"ret-oct", "returns_total", "2023-09-01", "2024-10-31"},
    };

    @Test
    void predictionsCoverWhatTheModelProducedAndMissWhatItCannot(@TempDir Path tmp) throws Exception {
        Scenario truth = TestScenarios.baseline(TestScenarios.VERY_COARSE, "calendar.end=2024-12-31", TRUE_RATE,
                TRUE_FEAR);
        MonthlySeries s = Replicates.runOne(truth, 0, 424_242L, false).series();
        double[] observed = new double[WINDOWS.length];
        for (int i = 0; i < WINDOWS.length; i++) {
            observed[i] = s.over(WINDOWS[i][1], YearMonth.parse(WINDOWS[i][2].substring(0, 7)),
                    YearMonth.parse(WINDOWS[i][3].substring(0, 7)));
        }
        Path own = TestScenarios.write(tmp, "own.yaml", targets(observed, 1));
        Cli.Result r = backtest(tmp, own, "own");
        assertEquals(0, r.exit(), r.all());
        List<String> rows = Files.readAllLines(tmp.resolve("own/backtest.csv"));
        assertEquals(5, rows.size(), "a header and the four later targets: " + rows);
        long inside = rows.stream().skip(1).filter(l -> l.split(",")[9].equals("true")).count();
        assertEquals(4, inside, "the model's own later values lie in its 90% predictive intervals: " + rows);
        assertTrue(r.err().contains("4 of 4 observed values inside"), r.err());
        for (String f : List.of("posterior.csv", "posterior-summary.csv", "generations.csv", "predictive.csv",
                "backtest.md")) {
            assertTrue(Files.exists(tmp.resolve("own").resolve(f)), f);
        }
        assertTrue(Files.exists(tmp.resolve("own/charts/backtest.png")) && Files.exists(tmp.resolve(
                "own/charts/backtest-fat-q3.png")), "an overview chart and one per scored target");
        assertTrue(Files.readString(tmp.resolve("own/report.html")).contains("charts/backtest-fat-q3.png"));
        String md = Files.readString(tmp.resolve("own/backtest.md"));
        assertTrue(md.contains("| fat-q3 |") && md.contains("mean absolute relative error"), md);
        String ret = rows.stream().filter(l -> l.startsWith("ret-oct,")).findFirst().orElseThrow();
        assertFalse(ret.split(",")[10].isEmpty(), "the naive forecasts of a cumulative series are made: " + ret);

        Path tripled = TestScenarios.write(tmp, "tripled.yaml", targets(observed, 3));
        Cli.Result t = backtest(tmp, tripled, "tripled");
        assertEquals(0, t.exit(), t.all());
        long insideTripled = Files.readAllLines(tmp.resolve("tripled/backtest.csv")).stream().skip(1)
                .filter(l -> l.split(",")[9].equals("true")).count();
        assertTrue(insideTripled <= 1, "tripled later values cannot be predicted from the first half: " + insideTripled);
    }

    @Test
    void aFitDateThatLeavesNothingToScoreIsBadInput(@TempDir Path tmp) {
        Cli.Result r = Cli.run(TestScenarios.plus(new String[] {"backtest", TestScenarios.BASELINE.toString(),
            "--fit-until", "2030-01-01", "--fit", "groups.ttp.attacksPerCellYear=0.5:1.5", "--out",
            tmp.resolve("x").toString()}, COARSE));
        assertEquals(2, r.exit(), r.all());
        assertTrue(r.err().contains("after it"), r.err());
        Cli.Result date = Cli.run("backtest", TestScenarios.BASELINE.toString(), "--fit-until", "2024-13-01",
                "--fit", "groups.ttp.attacksPerCellYear=0.5:1.5");
        assertEquals(2, date.exit(), date.all());
        assertTrue(date.err().contains("YYYY-MM-DD"), date.err());
        assertFalse(Files.exists(tmp.resolve("x")));
    }

    private static Cli.Result backtest(Path tmp, Path targets, String out) {
        return Cli.run(TestScenarios.plus(new String[] {"backtest", TestScenarios.BASELINE.toString(), "--targets",
            targets.toString(), "--fit-until", "2024-06-30", "--fit", "groups.ttp.attacksPerCellYear=0.3:1.8",
            "--fit", "behaviour.returns.fearPerDay=0.005:0.04", "--particles", "20", "--budget", "100",
            "--check-draws", "40", "--seed", "3", "--out", tmp.resolve(out).toString()}, COARSE));
    }

    /** A targets file of the windows, the later four (from the fifth) multiplied by {@code laterFactor}. */
    private static String targets(double[] observed, double laterFactor) {
        StringBuilder b = new StringBuilder("targets:\n");
        for (int i = 0; i < WINDOWS.length; i++) {
            double v = observed[i] * (i >= 4 ? laterFactor : 1);
            b.append("  ").append(WINDOWS[i][0]).append(":\n    metric: ").append(WINDOWS[i][1])
                    .append("\n    window: {from: ").append(WINDOWS[i][2]).append(", to: ").append(WINDOWS[i][3])
                    .append("}\n    observed: ").append(String.format(Locale.ROOT, "%.1f", v))
                    .append("\n    tolerance: 0.1\n    source: the model at known values\n");
        }
        return b.toString();
    }
}
