package org.durand.chart;

import java.awt.BasicStroke;
import java.awt.Color;
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
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.ShapeUtils;

/**
 * Colours, markers, axes and labels of the forest plots ({@link ForestPlot}) and of the backtest
 * charts: fitted targets blue, held-out ones vermilion, the naive forecasts as a green diamond
 * (last rate carried forward) and a pink square (window mean rate).
 */
final class ForestStyle {

    static final Color FITTED = Palette.cycle(0);
    static final Color HELD_OUT = Palette.cycle(1);
    static final Color NAIVE_LAST = Palette.cycle(2);
    static final Color NAIVE_MEAN = Palette.cycle(3);
    static final String LAST = "Naive: last fitted period's rate carried forward";
    static final String MEAN = "Naive: fitting window's mean rate";
    static final MathContext THREE = new MathContext(3, RoundingMode.HALF_EVEN);
    static final Shape DOT = new Ellipse2D.Double(-7, -7, 14, 14);
    static final Shape DIAMOND = ShapeUtils.createDiamond(7);
    static final Shape SQUARE = new Rectangle2D.Double(-6, -6, 12, 12);

    private ForestStyle() {
    }

    /** A triangle pointing left ({@code direction} −1) or right (+1). */
    static Shape arrow(int direction) {
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

    static XYTextAnnotation text(String s, double x, double y, TextAnchor anchor) {
        XYTextAnnotation a = new XYTextAnnotation(s, x, y);
        a.setFont(ChartStyle.FOOTNOTE.deriveFont(15f));
        a.setPaint(Color.DARK_GRAY);
        a.setBackgroundPaint(new Color(255, 255, 255, 220));
        a.setTextAnchor(anchor);
        return a;
    }

    /**
     * A row axis of a forest plot: {@code labels[y]} at height y, no axis label. Above the top row
     * it leaves {@link #headroom} rows empty, for the label of the vertical line at 1.
     */
    static SymbolAxis rowAxis(String[] labels) {
        SymbolAxis a = new SymbolAxis(null, labels);
        a.setTickLabelFont(labels.length > 16 ? ChartStyle.TICK.deriveFont(13f) : ChartStyle.TICK);
        a.setGridBandsVisible(false);
        a.setRange(-0.6, labels.length - 0.4 + headroom(labels.length));
        a.setAutoRange(false);
        return a;
    }

    /**
     * Rows of empty band above the top row of {@code rows} rows: about 24 pixels of a plot some 560
     * pixels high (a marker label's height with its offset), at least 0.3 rows.
     */
    static double headroom(int rows) {
        return Math.max(0.3, 0.045 * (rows + 1));
    }

    static XYErrorRenderer modelRenderer() {
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

    static XYLineAndShapeRenderer shapes(Color color, Shape shape) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesPaint(0, color);
        r.setSeriesShape(0, shape);
        r.setUseOutlinePaint(true);
        r.setDefaultOutlinePaint(Color.WHITE);
        r.setDrawOutlines(true);
        return r;
    }
    /** The legend of a plot of {@code rows}: only what it shows. */
    static List<LegendItem> legend(List<ForestPlot.Row> rows, boolean naive) {
        List<LegendItem> items = new ArrayList<>();
        if (rows.stream().anyMatch(ForestPlot.Row::fitted)) {
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
}
