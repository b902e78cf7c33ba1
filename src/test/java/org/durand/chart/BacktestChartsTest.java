package org.durand.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.durand.calibrate.BacktestRow;
import org.durand.io.Numbers;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
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
        assertEquals(Numbers.derived(first.naiveLast() / observed), Numbers.parse(csv.get(1).get("y")));
        assertEquals(Numbers.derived(first.naiveMean() / observed), Numbers.parse(csv.get(2).get("y")));
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
        assertEquals(Numbers.derived(r.predictive().model().mean() / 1e3), Numbers.parse(csv.get(1).get("y")));
        assertEquals(Numbers.derived(r.predictive().model().p95() / 1e3), Numbers.parse(csv.get(1).get("high")));
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
    void noLabelOrNoteCoversAMarkerABarOrAnotherLabelAndNothingIsCutByTheAxes() {
        List<BacktestRow> rows = new ArrayList<>(UncertaintyFixture.backtest());
        rows.addAll(UncertaintyFixture.awkwardBacktest());
        List<ChartSpec> charts = BacktestCharts.charts(rows);
        for (ChartSpec c : charts) {
            ChartLayout layout = new ChartLayout(c.chart());
            assertEquals(List.of(), layout.overlaps(), c.name());
            if (!c.name().equals("backtest")) {
                assertEquals(List.of(), layout.outside(), c.name());
                assertTrue(layout.texts.size() >= 2, c.name() + ": the model's label is drawn and measured");
                assertEquals(1 + ((XYPlot) c.chart().getPlot()).getDataset(1).getSeriesCount(),
                        layout.markers.size(), c.name() + ": the model's dot and every naive marker are measured");
            }
        }
        List<BacktestRow> many = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            many.addAll(rows);
        }
        for (List<BacktestRow> overviewRows : List.of(rows, many)) {
            ChartLayout overview = new ChartLayout(BacktestCharts.charts(overviewRows).get(0).chart());
            assertEquals(List.of(), overview.overlaps(), overviewRows.size() + " rows");
            assertEquals(overviewRows.size(), overview.bars.size(), "one bar per row");
            assertTrue(overview.clearAbove() >= ChartLayout.lineHeight(ChartStyle.MARKER) + 3, "the label of the "
                    + "line at 1 fits above the first row of " + overviewRows.size() + ": " + overview.clearAbove());
        }
        assertTrue(subtitles(charts.get(0)).contains("a row without naive markers: no fitted target observes its "
                + "metric"), "the overview says why the deported share's row has no naive markers");
        assertFalse(subtitles(BacktestCharts.charts(UncertaintyFixture.awkwardBacktest()).get(0))
                .contains("without naive markers"), "not said when every row has them");
    }

    @Test
    void aShareOfReplicatesHasAMarginBelowZeroWithoutNegativeTicks() {
        ChartSpec share = BacktestCharts.charts(UncertaintyFixture.awkwardBacktest()).get(1);
        NumberAxis y = (NumberAxis) ((XYPlot) share.chart().getPlot()).getRangeAxis();
        assertTrue(y.getLowerBound() < 0 && y.getUpperBound() > 1, y.getRange().toString());
        Rectangle2D area = new ChartLayout(share.chart()).dataArea;
        Graphics2D g2 = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        List<?> ticks = y.refreshTicks(g2, new AxisState(), area, RectangleEdge.LEFT);
        g2.dispose();
        assertTrue(ticks.size() > 3, "ticks up to 1");
        for (Object t : ticks) {
            assertTrue(((ValueTick) t).getValue() >= 0, "no tick below 0: " + t);
        }
    }

    private static String subtitles(ChartSpec c) {
        StringBuilder s = new StringBuilder();
        for (Object t : c.chart().getSubtitles()) {
            if (t instanceof TextTitle text) {
                s.append(text.getText()).append('\n');
            }
        }
        return s.toString();
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
