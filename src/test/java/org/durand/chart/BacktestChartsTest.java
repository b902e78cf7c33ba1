package org.durand.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.durand.calibrate.BacktestRow;
import org.durand.output.Numbers;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BacktestChartsTest {

    @TempDir
    Path tmp;

    @Test
    void writesTheOverviewAndOneChartPerTarget() throws Exception {
        Path charts = tmp.resolve("charts");
        BacktestCharts.write(charts, UncertaintyFixture.backtest());
        ChartFiles.assertChart(charts, "backtest");
        for (BacktestRow r : UncertaintyFixture.backtest()) {
            ChartFiles.assertChart(charts, "backtest-" + r.predictive().target().id());
        }
        ChartFiles.assertNoTempFiles(tmp);
    }

    @Test
    void overviewCsvHoldsTheRatiosAndLeavesMissingForecastsEmpty() throws Exception {
        List<BacktestRow> rows = UncertaintyFixture.backtest();
        ChartSpec overview = BacktestCharts.charts(rows).get(0);
        ChartWriter.write(overview, tmp);
        List<CSVRecord> csv = PosteriorChartsTest.read(tmp.resolve("backtest.csv"));
        assertEquals(3 * rows.size(), csv.size(), "model and two naive forecasts per target");
        BacktestRow first = rows.get(0);
        double observed = first.predictive().target().observed();
        assertEquals(first.naiveLast() / observed, Numbers.parse(csv.get(1).get("y")));
        assertEquals(first.naiveMean() / observed, Numbers.parse(csv.get(2).get("y")));
        List<CSVRecord> share = csv.stream().filter(r -> r.get("x").equals("deported-share-jun-2025")).toList();
        assertEquals("", share.get(1).get("y"), "a missing naive forecast is an empty cell");
        assertEquals("", share.get(2).get("y"));
        assertTrue(share.get(1).get("note").startsWith("not available"));

        XYPlot plot = (XYPlot) overview.chart().getPlot();
        XYDataset last = plot.getDataset(1);
        assertEquals(3, last.getItemCount(0), "drawn for the three targets that have it");
        for (int i = 0; i < 3; i++) {
            assertTrue(Double.isFinite(last.getXValue(0, i)));
            assertTrue(last.getYValue(0, i) > 0.5, "none on the bottom row, the deported share's");
        }
        assertEquals(first.naiveLast() / observed, last.getXValue(0, 0));
    }

    @Test
    void targetChartIsInTheTargetsUnitAndDrawsOnlyExistingForecasts() throws Exception {
        List<BacktestRow> rows = UncertaintyFixture.backtest();
        List<ChartSpec> charts = BacktestCharts.charts(rows);
        assertEquals(1 + rows.size(), charts.size());
        ChartSpec returns = charts.get(3);
        assertEquals("backtest-returns-may-aug-2025", returns.name());
        ChartWriter.write(returns, tmp);
        List<CSVRecord> csv = PosteriorChartsTest.read(tmp.resolve("backtest-returns-may-aug-2025.csv"));
        BacktestRow r = rows.get(2);
        assertEquals("436", csv.get(0).get("y"), "observed 436,000 in thousands");
        assertEquals("thousands", csv.get(0).get("unit"));
        assertEquals(r.predictive().model().mean() / 1e3, Numbers.parse(csv.get(1).get("y")));
        assertEquals(r.predictive().model().p95() / 1e3, Numbers.parse(csv.get(1).get("high")));
        assertEquals("428", csv.get(2).get("y"));
        assertEquals(2, ((XYPlot) returns.chart().getPlot()).getDataset(1).getSeriesCount());

        ChartSpec share = charts.get(4);
        ChartWriter.write(share, tmp);
        XYPlot plot = (XYPlot) share.chart().getPlot();
        assertEquals(0, plot.getDataset(1).getSeriesCount(), "no naive forecast drawn");
        assertEquals(1, plot.getDomainAxis().getUpperBound() - plot.getDomainAxis().getLowerBound(),
                "one column: the model's");
        List<CSVRecord> shareCsv = PosteriorChartsTest.read(tmp.resolve("backtest-deported-share-jun-2025.csv"));
        assertEquals(4, shareCsv.size());
        assertEquals("", shareCsv.get(2).get("y"));
        assertEquals("", shareCsv.get(3).get("y"));
    }

    @Test
    void aTargetObservedAndPredictedAsZeroStillDraws() throws Exception {
        BacktestRow nothing = new BacktestRow(UncertaintyFixture.predictive(UncertaintyFixture.target("strikes-2025",
                "strikes", "2025-01-01", "2025-12-31", 0, UncertaintyFixture.PICSS), 0, 0, false, 3), 0, 0);
        Path charts = tmp.resolve("charts");
        BacktestCharts.write(charts, List.of(nothing));
        ChartFiles.assertChart(charts, "backtest-strikes-2025");
        List<CSVRecord> csv = PosteriorChartsTest.read(charts.resolve("backtest.csv"));
        assertEquals("observed is 0: no ratio", csv.get(0).get("note"));
    }

    @Test
    void idsThatCannotNameAFileGetSafeDistinctNames() throws Exception {
        List<BacktestRow> rows = UncertaintyFixture.backtest();
        List<BacktestRow> odd = new java.util.ArrayList<>(List.of(rows.get(0), rows.get(0)));
        for (String bad : List.of("../escape", "with space", "q1/2025")) {
            odd.add(new BacktestRow(UncertaintyFixture.predictive(UncertaintyFixture.target(bad,
                    "attacks", "2025-01-01", "2025-03-31", 300, UncertaintyFixture.PICSS), 280, 30, false, 5),
                    290, 310));
        }
        Path charts = tmp.resolve("odd");
        BacktestCharts.write(charts, odd);
        String first = "backtest-" + rows.get(0).predictive().target().id();
        for (String name : List.of(first, first + "-2", "backtest----escape", "backtest-with-space",
                "backtest-q1-2025")) {
            ChartFiles.assertChart(charts, name);
        }
        try (java.util.stream.Stream<Path> files = Files.list(charts)) {
            assertTrue(files.allMatch(f -> f.getParent().equals(charts)), "nothing written outside the folder");
        }
        assertFalse(Files.exists(tmp.resolve("escape.png")));
    }
}
