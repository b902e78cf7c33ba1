package org.durand.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.time.YearMonth;
import java.util.List;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** Adds monthly mean lines with shaded 5–95% bands to a plot, recording them in the chart's data table. */
final class BandSeries {

    /**
     * One line of a band chart.
     *
     * @param name  legend name
     * @param band  values already in display units
     * @param color line colour (the band uses it translucently)
     */
    record Line(String name, Band band, Color color) {
    }

    private BandSeries() {
    }

    /** Draws 5–95% whiskers (no points, no legend entry) at mid-month as dataset/renderer {@code index}. */
    static void addWhiskers(XYPlot plot, int index, List<YearMonth> months, Band band, Color color) {
        YIntervalSeries whiskers = new YIntervalSeries("5–95% of replicates", false, true);
        for (int t = 0; t < months.size(); t++) {
            if (!Double.isNaN(band.mean()[t])) {
                whiskers.add(ChartStyle.middle(months.get(t)), band.mean()[t], band.low()[t], band.high()[t]);
            }
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(whiskers);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDefaultLinesVisible(false);
        renderer.setDefaultShapesVisible(false);
        renderer.setDrawXError(false);
        renderer.setErrorPaint(color);
        renderer.setErrorStroke(new BasicStroke(1.8f));
        renderer.setCapLength(7);
        renderer.setSeriesVisibleInLegend(0, false);
        plot.setRenderer(index, renderer);
        plot.setDataset(index, data);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    }

    /** Puts {@code lines} as dataset/renderer {@code index} of {@code plot} and adds them to {@code table}. */
    static void add(XYPlot plot, int index, List<YearMonth> months, List<Line> lines, PlotTable table,
                    String unit) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        // a band needs two months to be a band; a run of one month shows dots with 5–95% whiskers
        XYLineAndShapeRenderer renderer = months.size() > 1 ? new DeviationRenderer(true, false) : singleMonth();
        if (renderer instanceof DeviationRenderer band) {
            band.setAlpha(0.22f);
        }
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            YIntervalSeries s = new YIntervalSeries(line.name(), false, true);
            Band b = line.band();
            for (int t = 0; t < months.size(); t++) {
                if (!Double.isNaN(b.mean()[t])) {
                    s.add(ChartStyle.middle(months.get(t)), b.mean()[t], b.low()[t], b.high()[t]);
                }
            }
            data.addSeries(s);
            renderer.setSeriesPaint(i, line.color());
            renderer.setSeriesFillPaint(i, line.color());
            if (renderer instanceof XYErrorRenderer whiskers) {
                whiskers.setErrorPaint(line.color());
            }
            renderer.setSeriesStroke(i, ChartStyle.LINE);
            table.addBand(line.name(), months, b, unit);
        }
        plot.setRenderer(index, renderer);
        plot.setDataset(index, data);
    }

    private static XYErrorRenderer singleMonth() {
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDefaultLinesVisible(false);
        r.setDefaultShapesVisible(true);
        r.setDrawXError(false);
        r.setErrorStroke(new BasicStroke(2f));
        r.setCapLength(10);
        r.setDefaultShape(new java.awt.geom.Ellipse2D.Double(-6, -6, 12, 12));
        r.setAutoPopulateSeriesShape(false);
        return r;
    }
}
