package org.durand.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.durand.calibrate.AbcCsv;
import org.durand.calibrate.BacktestRow;
import org.durand.calibrate.FitParameter;
import org.durand.experiment.Posterior;
import org.durand.io.Numbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The charts of a backtest and of a posterior show, as text, the statistics that
 * {@code backtest.csv} and {@code posterior-summary.csv} hold (12 significant digits, no binary
 * noise such as 780.5999999999999 beside 780.6), while a posterior's particles are plotted and
 * written exactly, as in {@code posterior.csv}.
 */
class FitChartNumbersTest {

    @TempDir
    Path tmp;

    @Test
    void aBacktestTargetsChartShowsTheNumbersOfBacktestCsv() throws Exception {
        List<BacktestRow> rows = UncertaintyFixture.backtest();
        AbcCsv.writeBacktest(tmp.resolve("backtest.csv"), rows);
        BacktestCharts.write(tmp.resolve("charts"), rows);
        List<CSVRecord> scores = PosteriorChartsTest.read(tmp.resolve("backtest.csv"));
        int compared = 0;
        for (CSVRecord s : scores) {
            List<CSVRecord> chart = PosteriorChartsTest.read(tmp.resolve("charts/backtest-" + s.get("target") + ".csv"));
            if (!chart.get(0).get("unit").equals("target's unit")) {
                continue;   // drawn in thousands or millions: no column of backtest.csv to match
            }
            CSVRecord model = chart.get(1);
            assertEquals(List.of(s.get("model_mean"), s.get("p05"), s.get("p95")),
                    List.of(model.get("y"), model.get("low"), model.get("high")), s.get("target"));
            assertEquals(s.get("naive_last"), chart.get(2).get("y"), s.get("target"));
            assertEquals(s.get("naive_mean"), chart.get(3).get("y"), s.get("target"));
            compared++;
        }
        assertEquals(3, compared, "the targets drawn in their own unit");
        for (CSVRecord r : PosteriorChartsTest.read(tmp.resolve("charts/backtest.csv"))) {
            assertEquals(Numbers.statistic(Numbers.parse(r.get("y"))), r.get("y"), "a ratio to 12 digits: " + r);
        }
    }

    @Test
    void posteriorChartsShowTheSummaryAndTheParticlesAsWritten() throws Exception {
        Posterior posterior = UncertaintyFixture.posterior(150, 3);
        List<FitParameter> priors = UncertaintyFixture.PRIORS.subList(0, 3);
        double[] low = priors.stream().mapToDouble(FitParameter::low).toArray();
        double[] high = priors.stream().mapToDouble(FitParameter::high).toArray();
        AbcCsv.writeSummary(tmp.resolve("posterior-summary.csv"), posterior, low, high);
        Path charts = tmp.resolve("charts");
        PosteriorCharts.write(charts, posterior, priors, List.of());
        List<CSVRecord> marginals = PosteriorChartsTest.read(charts.resolve("posterior-marginals.csv"));
        for (CSVRecord s : PosteriorChartsTest.read(tmp.resolve("posterior-summary.csv"))) {
            CSVRecord credible = marginals.stream().filter(r -> r.get("series").equals("credible " + s.get("parameter")))
                    .findFirst().orElseThrow();
            assertEquals(List.of(s.get("median"), s.get("q05"), s.get("q95")),
                    List.of(credible.get("y"), credible.get("low"), credible.get("high")), s.get("parameter"));
        }
        for (CSVRecord r : marginals) {
            for (String cell : List.of(r.get("x"), r.get("y"), r.get("low"), r.get("high"))) {
                assertEquals(Numbers.statistic(Numbers.parse(cell)), cell, "a statistic to 12 digits: " + r);
            }
        }
        List<CSVRecord> pairs = PosteriorChartsTest.read(charts.resolve("posterior-pairs.csv"));
        CSVRecord first = pairs.get(0);
        assertEquals(Numbers.format(posterior.values()[0][0]), first.get("x"));
        assertEquals(Numbers.format(posterior.values()[0][1]), first.get("y"), "a particle exactly");
        assertTrue(first.get("y").length() > 13, "the fixture's particles have more than 12 digits: " + first);
    }
}
