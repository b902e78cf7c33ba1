package org.durand.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.durand.io.Numbers;
import org.durand.output.Display;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A forest plot of targets on one shared axis: every value divided by the target's observed value,
 * so 1 (the vertical line) is the observation whatever the target's unit. One row per target, top
 * to bottom in the given order: the model's 90% predictive interval as a bar and its mean as a
 * dot, coloured by whether the target was fitted or held out, optionally with two naive forecasts
 * as distinct markers just above and below (a row without them has no naive forecast: no fitted
 * target observes its metric, which the caller's subtitle says). The label of the line at 1 sits in
 * an empty band above the first row, clear of any data. The axis is chosen by {@link RatioScale}; what lies
 * beyond it is drawn at the edge with an arrowhead and its value written beside. The right margin
 * gives each row's mean [90% interval] and observed value in the target's own unit, to three
 * significant digits.
 */
final class ForestPlot {

    static final String RATIO = "ratio to observed";
    private static final double NAIVE_OFFSET = 0.24;


    /**
     * One target's row, values in the target's own unit.
     *
     * @param id        the target id, the row's label
     * @param observed  the observed value (a row whose observed value is 0 cannot be drawn as ratios)
     * @param mean      the model's predictive mean
     * @param low       5th percentile of the model's predictive draws
     * @param high      95th percentile
     * @param fitted    whether the posterior was fitted to the target
     * @param naiveLast naive forecast carrying the last rate forward (NaN for none)
     * @param naiveMean naive forecast at the fitting window's mean rate (NaN for none)
     */
    record Row(String id, double observed, double mean, double low, double high, boolean fitted, double naiveLast,
               double naiveMean) {

        /** {@code v} over the observed value; NaN when that is 0 or v is NaN. */
        double ratio(double v) {
            return observed == 0 || !Double.isFinite(observed) ? Double.NaN : v / observed;
        }
    }

    private ForestPlot() {
    }

    /**
     * The plot of {@code rows} and, in {@code table}, exactly what it draws; with {@code naive} the
     * naive forecasts too (a NaN one is left out of the plot and written as an empty cell).
     */
    static XYPlot build(List<Row> rows, boolean naive, PlotTable table) {
        double[] all = new double[rows.size() * 5];
        for (int k = 0; k < rows.size(); k++) {
            Row r = rows.get(k);
            double[] ratios = {r.ratio(r.mean()), r.ratio(r.low()), r.ratio(r.high()),
                    naive ? r.ratio(r.naiveLast()) : Double.NaN, naive ? r.ratio(r.naiveMean()) : Double.NaN};
            System.arraycopy(ratios, 0, all, 5 * k, 5);
        }
        RatioScale scale = RatioScale.of(all);
        Layers layers = new Layers(rows.size());
        for (int k = 0; k < rows.size(); k++) {
            row(rows.get(k), rows.size() - 1 - k, naive, scale, layers, table);
        }
        XYPlot plot = new XYPlot(layers.intervals(), scale.axis("Model ÷ observed (1 = observed)"),
                ForestStyle.rowAxis(layers.labels), ForestStyle.modelRenderer());
        ChartStyle.style(plot);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);   // markers and arrowheads over the bars
        plot.setRangeAxis(1, ForestStyle.rowAxis(layers.numbers));
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        plot.setDataset(1, new XYSeriesCollection(layers.last));
        plot.setRenderer(1, ForestStyle.shapes(ForestStyle.NAIVE_LAST, ForestStyle.DIAMOND));
        plot.setDataset(2, new XYSeriesCollection(layers.mean));
        plot.setRenderer(2, ForestStyle.shapes(ForestStyle.NAIVE_MEAN, ForestStyle.SQUARE));
        XYSeriesCollection edges = new XYSeriesCollection();
        edges.addSeries(layers.leftEdge);
        edges.addSeries(layers.rightEdge);
        XYLineAndShapeRenderer arrows = ForestStyle.shapes(Color.DARK_GRAY, ForestStyle.arrow(-1));
        arrows.setSeriesShape(1, ForestStyle.arrow(1));
        arrows.setSeriesPaint(1, Color.DARK_GRAY);
        plot.setDataset(3, edges);
        plot.setRenderer(3, arrows);
        ValueMarker one = new ValueMarker(1, Palette.OBSERVED, new BasicStroke(2f));
        ChartStyle.markerLabel(one, "observed", Palette.OBSERVED);
        one.setLabelAnchor(RectangleAnchor.TOP);   // in the empty band above the first row (ForestStyle.rowAxis)
        one.setLabelTextAnchor(TextAnchor.TOP_CENTER);
        one.setLabelOffset(new RectangleInsets(3, 0, 0, 0));
        plot.addDomainMarker(one);
        int firstHeldOut = firstHeldOut(rows);
        if (firstHeldOut > 0) {
            plot.addRangeMarker(new ValueMarker(rows.size() - firstHeldOut - 0.5, Color.GRAY, Legends.dashed(1.5f)));
        }
        layers.notes.forEach(plot::addAnnotation);
        return plot;
    }

    /** What the rows add to the plot, filled row by row. */
    private static final class Layers {
        /** Series 0 and 1 draw bar and dot; 2 and 3 the bar alone, for a mean beyond the axis. */
        final XYIntervalSeries[] model = {new XYIntervalSeries("fitted", false, true),
            new XYIntervalSeries("held out", false, true),
            new XYIntervalSeries("fitted, mean off the axis", false, true),
            new XYIntervalSeries("held out, mean off the axis", false, true)};
        final XYSeries last = new XYSeries(ForestStyle.LAST, false, true);
        final XYSeries mean = new XYSeries(ForestStyle.MEAN, false, true);
        final XYSeries leftEdge = new XYSeries("clipped low", false, true);
        final XYSeries rightEdge = new XYSeries("clipped high", false, true);
        final String[] labels;
        final String[] numbers;
        final List<XYTextAnnotation> notes = new ArrayList<>();

        Layers(int rows) {
            labels = new String[rows];
            numbers = new String[rows];
        }

        XYIntervalSeriesCollection intervals() {
            XYIntervalSeriesCollection c = new XYIntervalSeriesCollection();
            for (XYIntervalSeries s : model) {
                c.addSeries(s);
            }
            return c;
        }
    }

    /** Adds row {@code r}, drawn at height {@code y} (0 at the bottom), to the layers and the table. */
    private static void row(Row r, int y, boolean naive, RatioScale scale, Layers layers, PlotTable table) {
        layers.labels[y] = r.id();
        layers.numbers[y] = ForestStyle.interval(r.mean(), r.low(), r.high()) + " · observed "
                + Display.number(r.observed());
        double m = r.ratio(r.mean());
        double lo = r.ratio(r.low());
        double hi = r.ratio(r.high());
        String series = r.fitted() ? "model (fitted)" : "model (held out)";
        if (Double.isNaN(m)) {
            String why = Double.isNaN(r.mean()) ? "no measurable draw" : "observed is 0: no ratio";
            table.add(series, r.id(), Double.NaN, Double.NaN, Double.NaN, RATIO, why);
            double middle = scale.log() ? 1 : (scale.lower() + scale.upper()) / 2;
            layers.notes.add(ForestStyle.text(why, middle, y, TextAnchor.CENTER));
            return;
        }
        List<String> out = new ArrayList<>();
        clipNote(scale, m, "mean", out);
        clipNote(scale, lo, "p05", out);
        clipNote(scale, hi, "p95", out);
        layers.model[(r.fitted() ? 0 : 1) + (scale.clipped(m) ? 2 : 0)]
                .add(scale.clip(m), scale.clip(lo), scale.clip(hi), y, y, y);
        String clipped = out.isEmpty() ? "" : "; drawn clipped at the axis edge";
        table.add(series, r.id(), m, lo, hi, RATIO, "observed " + Numbers.format(r.observed())
                + "; y = mean, low/high = 90% predictive interval" + clipped);
        if (naive) {
            naive(table, r.id(), ForestStyle.LAST, r.ratio(r.naiveLast()), y + NAIVE_OFFSET, layers.last, scale, out);
            naive(table, r.id(), ForestStyle.MEAN, r.ratio(r.naiveMean()), y - NAIVE_OFFSET, layers.mean, scale, out);
        }
        edges(scale, y, out, layers);
    }

    private static int firstHeldOut(List<Row> rows) {
        for (int k = 0; k < rows.size(); k++) {
            if (!rows.get(k).fitted()) {
                return rows.stream().anyMatch(Row::fitted) ? k : -1;
            }
        }
        return -1;
    }

    private static void naive(PlotTable table, String id, String series, double ratio, double y, XYSeries s,
                              RatioScale scale, List<String> out) {
        if (Double.isNaN(ratio)) {
            table.add(series, id, Double.NaN, Double.NaN, Double.NaN, RATIO,
                    "not available: no fitted target observes the same metric");
            return;
        }
        s.add(scale.clip(ratio), y);
        clipNote(scale, ratio, series.startsWith("Naive: last") ? "naive last" : "naive mean", out);
        table.add(series, id, ratio, Double.NaN, Double.NaN, RATIO, scale.clipped(ratio)
                ? "drawn clipped at the axis edge" : "forecast ÷ observed");
    }

    private static void clipNote(RatioScale scale, double ratio, String what, List<String> out) {
        if (scale.clipped(ratio)) {
            out.add((ratio < scale.lower() ? "<" : ">") + what + " " + Display.number(ratio) + "×");
        }
    }

    /** An arrowhead at each edge the row runs past, with the clipped values written beside it. */
    private static void edges(RatioScale scale, double y, List<String> out, Layers layers) {
        List<String> low = out.stream().filter(s -> s.startsWith("<")).map(s -> s.substring(1)).toList();
        List<String> high = out.stream().filter(s -> s.startsWith(">")).map(s -> s.substring(1)).toList();
        if (!low.isEmpty()) {
            layers.leftEdge.add(scale.lower(), y);
            layers.notes.add(ForestStyle.text("off the axis: " + String.join(", ", low), scale.lower(), y + 0.3,
                    TextAnchor.BOTTOM_LEFT));
        }
        if (!high.isEmpty()) {
            layers.rightEdge.add(scale.upper(), y);
            layers.notes.add(ForestStyle.text("off the axis: " + String.join(", ", high), scale.upper(), y + 0.3,
                    TextAnchor.BOTTOM_RIGHT));
        }
    }
}
