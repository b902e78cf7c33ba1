package org.durand.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.SimpleDateFormat;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/** Fonts, axes and chart furniture shared by every Durand chart, sized for projection. */
final class ChartStyle {

    static final int WIDTH = 1600;
    static final int HEIGHT = 900;
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 28);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 18);
    static final Font AXIS_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 20);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 17);
    static final Font FOOTNOTE = new Font(Font.SANS_SERIF, Font.ITALIC, 14);
    static final Font MARKER = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    static final BasicStroke LINE = new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private ChartStyle() {
    }

    /** Wraps a plot into a chart with title, subtitle, legend styling and a bottom footnote. */
    static JFreeChart chart(String title, Plot plot, ChartContext ctx, boolean bands, Collection<String> sources) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(10, 10, 6, 24));
        TextTitle foot = new TextTitle(ChartContext.footnote(sources), FOOTNOTE);
        foot.setPosition(RectangleEdge.BOTTOM);
        foot.setHorizontalAlignment(HorizontalAlignment.LEFT);
        foot.setPaint(Color.DARK_GRAY);
        foot.setMargin(8, 0, 0, 0);
        chart.addSubtitle(0, foot);
        TextTitle sub = new TextTitle(ctx.subtitle(bands), SUBTITLE);
        sub.setPaint(Color.DARK_GRAY);
        sub.setMargin(2, 0, 10, 0);
        chart.addSubtitle(sub);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(LEGEND);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
        legend.setMargin(8, 0, 0, 0);
        return chart;
    }

    /** A white plot with a light grid. */
    static XYPlot plot(ValueAxis domain, NumberAxis range) {
        XYPlot plot = new XYPlot(null, domain, range, null);
        style(plot);
        return plot;
    }

    /** Applies the background and grid style to an existing plot. */
    static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(Color.GRAY);
        plot.setDomainGridlinePaint(Palette.GRID);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    /**
     * A value axis with slide-sized fonts and locale-free tick labels ({@code 1,500}, {@code 0.1});
     * {@code zero} forces the range to include zero.
     */
    static NumberAxis valueAxis(String label, boolean zero) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        axis.setAutoRangeIncludesZero(zero);
        font(axis);
        return axis;
    }

    /**
     * {@link #valueAxis} from zero for counts (people, days): never below zero, and at least one
     * unit tall, so that a panel whose values are all zero reads 0 to 1 rather than "−0 0 0" on a
     * range of a hundred-millionth.
     */
    static NumberAxis countAxis(String label) {
        NumberAxis axis = valueAxis(label, true);
        axis.setRangeType(org.jfree.data.RangeType.POSITIVE);
        axis.setAutoRangeMinimumSize(1);
        return axis;
    }

    /** {@link #valueAxis} with whole-number ticks only. */
    static NumberAxis integerAxis(String label, boolean zero) {
        NumberAxis axis = valueAxis(label, zero);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        return axis;
    }

    /**
     * Fixes the tick step of {@code axis} over its current range: the smallest of the standard
     * locale-free steps (1, 2, 2.5, 5 × a power of 10) that draws at most {@code most} ticks, so
     * that small panels do not crowd their labels.
     */
    static void ticks(NumberAxis axis, int most) {
        double step = (axis.getUpperBound() - axis.getLowerBound()) / most;
        axis.setTickUnit((org.jfree.chart.axis.NumberTickUnit) NumberAxis.createStandardTickUnits(Locale.ROOT)
                .getCeilingTickUnit(step));
    }

    /** Tick steps in months, smallest first; at most {@link #MAX_DATE_TICKS} ticks are drawn. */
    private static final int[] MONTH_STEPS = {1, 2, 3, 6, 12, 24, 60, 120};
    private static final int MAX_DATE_TICKS = 12;

    /**
     * A UTC month axis spanning {@code months}, with a tick step chosen so that at most twelve
     * labels fit: months ({@code Mar 2025}) for spans up to a few years, whole years ({@code 2030})
     * or multiples of them beyond.
     */
    static DateAxis dateAxis(List<YearMonth> months) {
        DateAxis axis = new DateAxis("Month", UTC, Locale.ENGLISH);
        font(axis);
        if (!months.isEmpty()) {
            int n = months.size();
            int step = MONTH_STEPS[MONTH_STEPS.length - 1];
            for (int s : MONTH_STEPS) {
                if ((n + s - 1) / s <= MAX_DATE_TICKS) {
                    step = s;
                    break;
                }
            }
            SimpleDateFormat fmt = new SimpleDateFormat(step < 12 ? "MMM yyyy" : "yyyy", Locale.ENGLISH);
            fmt.setTimeZone(UTC);
            axis.setTickUnit(step < 12 ? new DateTickUnit(DateTickUnitType.MONTH, step, fmt)
                    : new DateTickUnit(DateTickUnitType.YEAR, step / 12, fmt));
            axis.setLabel(step < 12 ? "Month" : "Year");
            axis.setRange(start(months.get(0)), start(months.get(n - 1).plusMonths(1)));
        }
        return axis;
    }

    /** Milliseconds of the first instant of a month, UTC. */
    static long start(YearMonth m) {
        return m.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /** Milliseconds of the middle of a month, UTC: where monthly values are drawn. */
    static long middle(YearMonth m) {
        return (start(m) + start(m.plusMonths(1))) / 2;
    }

    /** Milliseconds of noon of a day, UTC: where dated markers are drawn. */
    static long noon(java.time.LocalDate d) {
        return d.atTime(12, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /** Gives a marker a bold label in {@code color} on a translucent white background. */
    static void markerLabel(Marker m, String label, Color color) {
        m.setLabel(label);
        m.setLabelFont(MARKER);
        m.setLabelPaint(color);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 210));
    }

    static void font(ValueAxis axis) {
        axis.setLabelFont(AXIS_LABEL);
        axis.setTickLabelFont(TICK);
        axis.setLabelPaint(Color.BLACK);
        axis.setTickLabelPaint(Color.BLACK);
    }
}
