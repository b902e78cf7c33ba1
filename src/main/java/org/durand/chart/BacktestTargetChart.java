package org.durand.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.durand.calibrate.BacktestRow;
import org.durand.calibrate.Predictive;
import org.durand.experiment.ReplicateStatistics;
import org.durand.output.Display;
import org.durand.scenario.Target;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * {@code backtest-<target id>}: one scored target in its own unit (scaled to thousands or millions
 * when large). The observed value is the horizontal line; beside each other, the model's
 * predictive mean with its 90% interval and the naive forecasts that exist, each labelled with its
 * value and its error relative to the observed value.
 */
final class BacktestTargetChart {

    static final String MODEL = "Durand model";
    static final String LAST = "Naive: last rate";
    static final String MEAN = "Naive: window mean rate";
    private static final Shape DOT = new Ellipse2D.Double(-9, -9, 18, 18);
    private static final Shape DIAMOND = ShapeUtils.createDiamond(11);
    private static final Shape SQUARE = new Rectangle2D.Double(-8, -8, 16, 16);

    private BacktestTargetChart() {
    }

    /** The chart of one scored target. */
    static ChartSpec build(BacktestRow row) {
        Predictive p = row.predictive();
        Target t = p.target();
        ReplicateStatistics m = p.model();
        double max = Math.abs(t.observed());
        for (double v : new double[] {m.p95(), row.naiveLast(), row.naiveMean()}) {
            max = Double.isNaN(v) ? max : Math.max(max, Math.abs(v));
        }
        double divisor = max >= 2e6 ? 1e6 : max >= 2e4 ? 1e3 : 1;
        String unit = divisor == 1e6 ? "millions" : divisor == 1e3 ? "thousands" : "target's unit";
        PlotTable table = new PlotTable();
        table.add("observed", "", t.observed() / divisor, Double.NaN, Double.NaN, unit, "target " + t.id()
                + ", window " + t.from() + " to " + t.to() + "; " + t.source());
        List<String> columns = new ArrayList<>(List.of(MODEL));
        List<XYTextAnnotation> labels = new ArrayList<>();
        YIntervalSeries model = new YIntervalSeries(MODEL);
        model.add(0, m.mean() / divisor, m.p05() / divisor, m.p95() / divisor);
        labels.addAll(label(ForestStyle.interval(m.mean(), m.p05(), m.p95()), row.relativeError(m.mean()), 0,
                m.mean() / divisor, false));
        table.add("model", MODEL, m.mean() / divisor, m.p05() / divisor, m.p95() / divisor, unit,
                "mean; low/high = 90% predictive interval over " + m.n() + " posterior draws");
        XYSeriesCollection naive = new XYSeriesCollection();
        XYLineAndShapeRenderer shapes = new XYLineAndShapeRenderer(false, true);
        List<LegendItem> legend = new ArrayList<>();
        Color colour = p.fitted() ? ForestStyle.FITTED : ForestStyle.HELD_OUT;
        legend.add(Legends.line("Observed", Palette.OBSERVED, ChartStyle.LINE));
        legend.add(Legends.shape("Model mean, bar: 90% predictive interval", colour, DOT));
        forecast(row, row.naiveLast(), LAST, ForestStyle.LAST, ForestStyle.NAIVE_LAST, DIAMOND, columns, naive, shapes,
                labels, legend, table, divisor, unit);
        forecast(row, row.naiveMean(), MEAN, ForestStyle.MEAN, ForestStyle.NAIVE_MEAN, SQUARE, columns, naive, shapes,
                labels, legend, table, divisor, unit);

        SymbolAxis x = new SymbolAxis(null, columns.toArray(new String[0]));
        x.setTickLabelFont(ChartStyle.AXIS_LABEL);
        x.setGridBandsVisible(false);
        x.setRange(-0.5, columns.size() - 0.5);
        Span span = span(t, divisor, model, naive);
        NumberAxis y = new FloorAxis(quantity(t) + (divisor == 1 ? "" : " (" + unit + ")"), span.floor());
        y.setRange(span.lower(), span.upper());
        XYErrorRenderer bars = new XYErrorRenderer();
        bars.setDrawXError(false);
        bars.setDefaultLinesVisible(false);
        bars.setCapLength(28);
        bars.setErrorStroke(new BasicStroke(4f));
        bars.setErrorPaint(null);
        bars.setSeriesPaint(0, colour);
        bars.setSeriesShape(0, DOT);
        XYPlot plot = new XYPlot(new YIntervalSeriesCollection(), x, y, bars);
        ((YIntervalSeriesCollection) plot.getDataset()).addSeries(model);
        plot.setDataset(1, naive);
        plot.setRenderer(1, shapes);
        ChartStyle.style(plot);
        plot.setDomainGridlinesVisible(false);
        ValueMarker observed = new ValueMarker(t.observed() / divisor, Palette.OBSERVED, ChartStyle.LINE);
        ChartStyle.markerLabel(observed, "observed " + Display.number(t.observed()), Palette.OBSERVED);
        observed.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        observed.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        observed.setLabelOffset(new RectangleInsets(4, 8, 4, 8));
        plot.addRangeMarker(observed);
        labels.forEach(plot::addAnnotation);
        Legends.fixed(plot, legend);
        String missing = naive.getSeriesCount() == 0 ? " · no naive forecast: no fitted target observes " + t.metric()
                : "";
        ChartContext ctx = new ChartContext("source: " + t.source() + missing, 0, null);
        JFreeChart chart = ChartStyle.chart("Backtest of " + t.id() + ", " + t.from() + " to " + t.to(), plot, ctx,
                false, List.of());
        return new ChartSpec("backtest-" + t.id(), "Backtest of " + t.id() + ": observed value, the model's mean and "
                + "90% predictive interval, and the naive forecasts", chart, table);
    }

    /** What the target's value measures, for the value axis. */
    static String quantity(Target t) {
        if (t.shareOfReplicates()) {
            return "Share of draws with " + t.metric() + " ≥ " + Display.number(t.atLeast());
        }
        return switch (t.statistic()) {
            case Target.MAX_MONTH -> "Largest month of " + t.metric();
            case Target.RATIO -> t.metric() + " ÷ the same " + t.perFrom() + " to " + t.perTo();
            default -> t.metric() + " over the window";
        };
    }

    /** Adds a naive forecast's column, or only its empty CSV row when it does not exist. */
    private static void forecast(BacktestRow row, double value, String column, String name, Color colour, Shape shape,
                                 List<String> columns, XYSeriesCollection naive, XYLineAndShapeRenderer shapes,
                                 List<XYTextAnnotation> labels, List<LegendItem> legend, PlotTable table,
                                 double divisor, String unit) {
        if (Double.isNaN(value)) {
            table.add(name, column, Double.NaN, Double.NaN, Double.NaN, unit,
                    "not available: no fitted target observes " + row.predictive().target().metric());
            return;
        }
        int x = columns.size();
        columns.add(column);
        XYSeries s = new XYSeries(name);
        s.add(x, value / divisor);
        int index = naive.getSeriesCount();
        naive.addSeries(s);
        shapes.setSeriesPaint(index, colour);
        shapes.setSeriesShape(index, shape);
        // the right-most of three columns has its label on the left, inside the plot
        labels.addAll(label(ForestStyle.figure(value), row.relativeError(value), x, value / divisor, x == 2));
        legend.add(Legends.shape(name, colour, shape));
        table.add(name, column, value / divisor, Double.NaN, Double.NaN, unit, "naive forecast");
    }

    /**
     * The label of the point at ({@code x}, {@code y}) in two short lines beside it, its value above
     * and its error relative to the observed value below, on its right (its left when {@code left}):
     * short enough to stay within half a column, clear of the neighbouring column's marker and label.
     */
    private static List<XYTextAnnotation> label(String numbers, double error, double x, double y, boolean left) {
        String versus = "(" + Display.signedPercent(error) + " vs observed)";
        return List.of(line(numbers, x, y, left ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT, left),
                line(versus, x, y, left ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT, left));
    }

    private static XYTextAnnotation line(String text, double x, double y, TextAnchor anchor, boolean left) {
        String gap = "    ";   // clear of the marker and of the interval's cap
        XYTextAnnotation a = new XYTextAnnotation(left ? text + gap : gap + text, x, y);
        a.setFont(ChartStyle.LEGEND);
        a.setTextAnchor(anchor);
        return a;
    }

    /** A value axis' range, and the smallest value it gives a tick. */
    private record Span(double lower, double upper, double floor) {
    }

    /**
     * A value range holding the observed value and every point and bar (for a share of replicates
     * also 0 and 1), padded on both sides, below 0 too, so that nothing at the extremes is cut.
     */
    private static Span span(Target t, double divisor, YIntervalSeries model, XYSeriesCollection naive) {
        double observed = t.observed() / divisor;
        List<Double> values = new ArrayList<>(List.of(observed, model.getYLowValue(0), model.getYHighValue(0)));
        if (t.shareOfReplicates()) {
            values.addAll(List.of(0.0, 1.0));
        }
        for (int s = 0; s < naive.getSeriesCount(); s++) {
            values.add(naive.getYValue(s, 0));
        }
        double lo = observed;
        double hi = observed;
        for (double v : values) {
            lo = Double.isFinite(v) ? Math.min(lo, v) : lo;
            hi = Double.isFinite(v) ? Math.max(hi, v) : hi;
        }
        double pad = Math.max((hi - lo) * 0.15, Math.max(Math.abs(hi) * 0.02, 1e-3));
        return new Span(lo - pad, hi + pad, Math.min(0, lo));
    }
}
