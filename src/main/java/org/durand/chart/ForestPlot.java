package org.durand.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.durand.output.Display;
import org.jfree.chart.LegendItem;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A forest plot of targets on one shared axis: every value divided by the target's observed value,
 * so 1 (the vertical line) is the observation whatever the target's unit. One row per target, top
 * to bottom in the given order: the model's 90% predictive interval as a bar and its mean as a
 * dot, coloured by whether the target was fitted or held out, optionally with two naive forecasts
 * as distinct markers just above and below. The axis is chosen by {@link RatioScale}; what lies
 * beyond it is drawn at the edge with an arrowhead and its value written beside. The right margin
 * gives each row's mean [90% interval] and observed value in the target's own unit, to three
 * significant digits.
 */
final class ForestPlot {

    static final Color FITTED = Palette.cycle(0);
    static final Color HELD_OUT = Palette.cycle(1);
    static final Color NAIVE_LAST = Palette.cycle(2);
    static final Color NAIVE_MEAN = Palette.cycle(3);
    static final String RATIO = "ratio to observed";
    static final String LAST = "Naive: last fitted period's rate carried forward";
    static final String MEAN = "Naive: fitting window's mean rate";
    private static final double NAIVE_OFFSET = 0.24;
    private static final MathContext THREE = new MathContext(3, RoundingMode.HALF_EVEN);
    private static final Shape DOT = new Ellipse2D.Double(-7, -7, 14, 14);
    private static final Shape DIAMOND = ShapeUtils.createDiamond(7);
    private static final Shape SQUARE = new Rectangle2D.Double(-6, -6, 12, 12);

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
        // series 0 and 1 draw bar and dot; 2 and 3 the bar alone, for a mean beyond the axis
        XYIntervalSeries[] model = {new XYIntervalSeries("fitted", false, true), new XYIntervalSeries("held out", false, true),
            new XYIntervalSeries("fitted, mean off the axis", false, true), new XYIntervalSeries("held out, mean off the axis", false, true)};
        XYSeries last = new XYSeries(LAST, false, true);
        XYSeries mean = new XYSeries(MEAN, false, true);
        XYSeries leftEdge = new XYSeries("clipped low", false, true);
        XYSeries rightEdge = new XYSeries("clipped high", false, true);
        String[] labels = new String[rows.size()];
        String[] numbers = new String[rows.size()];
        List<XYTextAnnotation> notes = new ArrayList<>();
        for (int k = 0; k < rows.size(); k++) {
            Row r = rows.get(k);
            double y = rows.size() - 1 - k;
            labels[(int) y] = r.id();
            numbers[(int) y] = interval(r.mean(), r.low(), r.high()) + " · observed " + Display.number(r.observed());
            double m = r.ratio(r.mean());
            double lo = r.ratio(r.low());
            double hi = r.ratio(r.high());
            String series = r.fitted() ? "model (fitted)" : "model (held out)";
            String note = "observed " + Csv.format(r.observed()) + "; y = mean, low/high = 90% predictive interval";
            if (Double.isNaN(m)) {
                String why = Double.isNaN(r.mean()) ? "no measurable draw" : "observed is 0: no ratio";
                table.add(series, r.id(), Double.NaN, Double.NaN, Double.NaN, RATIO, why);
                notes.add(text(why, scale.log() ? 1 : (scale.lower() + scale.upper()) / 2, y, TextAnchor.CENTER));
                continue;
            }
            List<String> out = new ArrayList<>();
            clipNote(scale, m, "mean", out);
            clipNote(scale, lo, "p05", out);
            clipNote(scale, hi, "p95", out);
            model[(r.fitted() ? 0 : 1) + (scale.clipped(m) ? 2 : 0)].add(scale.clip(m), scale.clip(lo), scale.clip(hi),
                    y, y, y);
            table.add(series, r.id(), m, lo, hi, RATIO, note + (out.isEmpty() ? "" : "; drawn clipped at the axis edge"));
            if (naive) {
                naive(table, r.id(), LAST, r.ratio(r.naiveLast()), y + NAIVE_OFFSET, last, scale, out);
                naive(table, r.id(), MEAN, r.ratio(r.naiveMean()), y - NAIVE_OFFSET, mean, scale, out);
                if (Double.isNaN(r.naiveLast()) && Double.isNaN(r.naiveMean())) {
                    notes.add(text("  no naive forecast: no fitted target observes this metric",
                            scale.lower(), y + NAIVE_OFFSET, TextAnchor.CENTER_LEFT));
                }
            }
            edges(scale, y, out, leftEdge, rightEdge, notes);
        }
        SymbolAxis ids = rowAxis(labels, null);
        XYIntervalSeriesCollection intervals = new XYIntervalSeriesCollection();
        for (XYIntervalSeries s : model) {
            intervals.addSeries(s);
        }
        XYPlot plot = new XYPlot(intervals, scale.axis("Model ÷ observed (1 = observed)"), ids, modelRenderer());
        ChartStyle.style(plot);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);   // markers and arrowheads over the bars
        plot.setRangeAxis(1, rowAxis(numbers, null));
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        plot.setDataset(1, new XYSeriesCollection(last));
        plot.setRenderer(1, shapes(NAIVE_LAST, DIAMOND));
        plot.setDataset(2, new XYSeriesCollection(mean));
        plot.setRenderer(2, shapes(NAIVE_MEAN, SQUARE));
        XYSeriesCollection edges = new XYSeriesCollection();
        edges.addSeries(leftEdge);
        edges.addSeries(rightEdge);
        XYLineAndShapeRenderer arrows = shapes(Color.DARK_GRAY, arrow(-1));
        arrows.setSeriesShape(1, arrow(1));
        arrows.setSeriesPaint(1, Color.DARK_GRAY);
        plot.setDataset(3, edges);
        plot.setRenderer(3, arrows);
        ValueMarker one = new ValueMarker(1, Palette.OBSERVED, new BasicStroke(2f));
        ChartStyle.markerLabel(one, "observed", Palette.OBSERVED);
        one.setLabelAnchor(RectangleAnchor.TOP);
        one.setLabelTextAnchor(TextAnchor.TOP_CENTER);
        one.setLabelOffset(new RectangleInsets(4, 0, 0, 0));
        plot.addDomainMarker(one);
        int firstHeldOut = firstHeldOut(rows);
        if (firstHeldOut > 0) {
            plot.addRangeMarker(new ValueMarker(rows.size() - firstHeldOut - 0.5, Color.GRAY, Legends.dashed(1.5f)));
        }
        notes.forEach(plot::addAnnotation);
        return plot;
    }

    /** The legend of a plot of {@code rows}: only what it shows. */
    static List<LegendItem> legend(List<Row> rows, boolean naive) {
        List<LegendItem> items = new ArrayList<>();
        if (rows.stream().anyMatch(Row::fitted)) {
            items.add(Legends.shape("Fitted target: model mean and 90% predictive interval", FITTED, DOT));
        }
        if (rows.stream().anyMatch(r -> !r.fitted())) {
            items.add(Legends.shape("Held-out target: model mean and 90% predictive interval", HELD_OUT, DOT));
        }
        if (naive && rows.stream().anyMatch(r -> !Double.isNaN(r.naiveLast()))) {
            items.add(Legends.shape(LAST, NAIVE_LAST, DIAMOND));
        }
        if (naive && rows.stream().anyMatch(r -> !Double.isNaN(r.naiveMean()))) {
            items.add(Legends.shape(MEAN, NAIVE_MEAN, SQUARE));
        }
        return items;
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
    private static void edges(RatioScale scale, double y, List<String> out, XYSeries left, XYSeries right,
                              List<XYTextAnnotation> notes) {
        List<String> low = out.stream().filter(s -> s.startsWith("<")).map(s -> s.substring(1)).toList();
        List<String> high = out.stream().filter(s -> s.startsWith(">")).map(s -> s.substring(1)).toList();
        if (!low.isEmpty()) {
            left.add(scale.lower(), y);
            notes.add(text("off the axis: " + String.join(", ", low), scale.lower(), y + 0.3, TextAnchor.BOTTOM_LEFT));
        }
        if (!high.isEmpty()) {
            right.add(scale.upper(), y);
            notes.add(text("off the axis: " + String.join(", ", high), scale.upper(), y + 0.3,
                    TextAnchor.BOTTOM_RIGHT));
        }
    }

    /** A triangle pointing left ({@code direction} −1) or right (+1). */
    private static Shape arrow(int direction) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, 0);   // the tip, on the axis edge
        p.lineTo(-15 * direction, -9);
        p.lineTo(-15 * direction, 9);
        p.closePath();
        return p;
    }

    /** A value for people, to three significant digits ({@code 870,000}, {@code 2,450}, {@code 0.31}). */
    static String figure(double v) {
        return Double.isFinite(v) ? Display.number(new BigDecimal(v).round(THREE).doubleValue()) : Display.number(v);
    }

    /** {@code mean [low – high]} as {@link #figure}s. */
    static String interval(double mean, double low, double high) {
        return figure(mean) + " [" + figure(low) + " – " + figure(high) + "]";
    }

    private static XYTextAnnotation text(String s, double x, double y, TextAnchor anchor) {
        XYTextAnnotation a = new XYTextAnnotation(s, x, y);
        a.setFont(ChartStyle.FOOTNOTE.deriveFont(15f));
        a.setPaint(Color.DARK_GRAY);
        a.setBackgroundPaint(new Color(255, 255, 255, 220));
        a.setTextAnchor(anchor);
        return a;
    }

    private static SymbolAxis rowAxis(String[] labels, String label) {
        SymbolAxis a = new SymbolAxis(label, labels);
        a.setTickLabelFont(labels.length > 16 ? ChartStyle.TICK.deriveFont(13f) : ChartStyle.TICK);
        a.setLabelFont(ChartStyle.TICK.deriveFont(Font.ITALIC));
        a.setGridBandsVisible(false);
        a.setRange(-0.6, labels.length - 0.4);
        a.setAutoRange(false);
        return a;
    }

    private static XYErrorRenderer modelRenderer() {
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawYError(false);
        r.setDefaultLinesVisible(false);
        r.setCapLength(12);
        r.setErrorStroke(new BasicStroke(4f));
        r.setErrorPaint(null);   // the series' own colour
        r.setSeriesPaint(0, FITTED);
        r.setSeriesPaint(1, HELD_OUT);
        r.setSeriesPaint(2, FITTED);
        r.setSeriesPaint(3, HELD_OUT);
        r.setSeriesShape(0, DOT);
        r.setSeriesShape(1, DOT);
        r.setSeriesShapesVisible(2, false);
        r.setSeriesShapesVisible(3, false);
        return r;
    }

    private static XYLineAndShapeRenderer shapes(Color color, Shape shape) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesPaint(0, color);
        r.setSeriesShape(0, shape);
        r.setUseOutlinePaint(true);
        r.setDefaultOutlinePaint(Color.WHITE);
        r.setDrawOutlines(true);
        return r;
    }
}
