package org.durand.chart;

import java.awt.BasicStroke;
import java.awt.font.FontRenderContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jfree.chart.LegendItem;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * Draws scenario-timeline events as vertical markers with short labels and lists their kinds in
 * the legend. Labels never overlap: each goes into the first of a few rows at the top of the plot
 * where it clears the label before it; a label that fits in no row is left off (its line stays, and
 * the chart's CSV lists every event).
 */
final class TimelineMarkers {

    /** Rows of labels at the top of the plot. */
    static final int ROWS = 4;
    private static final int ROW_HEIGHT = 20;
    /** Pixels between two labels in the same row. */
    private static final double GAP = 6;
    /** A lower bound of the plot area's width in a {@link ChartStyle#WIDTH}-wide chart, in pixels. */
    private static final double PLOT_WIDTH = ChartStyle.WIDTH - 220;
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private TimelineMarkers() {
    }

    /**
     * Adds one marker per event inside the month range to {@code plot}, records them in {@code table}
     * and returns the legend entries for the kinds drawn, in {@link MarkedKind} order.
     */
    static List<LegendItem> add(XYPlot plot, List<TimelineEvent> events, List<YearMonth> months, PlotTable table) {
        Set<MarkedKind> drawn = EnumSet.noneOf(MarkedKind.class);
        if (months.isEmpty()) {
            return List.of();
        }
        LocalDate first = months.get(0).atDay(1);
        LocalDate last = months.get(months.size() - 1).atEndOfMonth();
        double pxPerDay = PLOT_WIDTH / (ChronoUnit.DAYS.between(first, last) + 1);
        double[] rowEnd = new double[ROWS];
        Arrays.fill(rowEnd, Double.NEGATIVE_INFINITY);
        BasicStroke stroke = Legends.dashed(1.6f);
        for (TimelineEvent e : events) {
            if (e.date().isBefore(first) || e.date().isAfter(last)) {
                continue;
            }
            double x = (ChronoUnit.DAYS.between(first, e.date()) + 0.5) * pxPerDay;
            double width = ChartStyle.MARKER.getStringBounds(e.label(), FRC).getWidth() + 8;
            int row = 0;
            while (row < ROWS && rowEnd[row] + GAP > x) {
                row++;
            }
            ValueMarker m = new ValueMarker(ChartStyle.noon(e.date()), Palette.event(e.primary()), stroke);
            String note;
            if (row < ROWS) {
                rowEnd[row] = x + width;
                ChartStyle.markerLabel(m, e.label(), Palette.event(e.primary()));
                m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                m.setLabelOffset(new RectangleInsets(4 + row * ROW_HEIGHT, 3, 2, 2));
                note = " (label " + e.label() + " in row " + (row + 1) + ")";
            } else {
                note = " (label " + e.label() + " left off: no room beside its neighbours)";
            }
            plot.addDomainMarker(m, Layer.BACKGROUND);
            drawn.addAll(e.kinds());
            table.add("event", e.date().toString(), Double.NaN, Double.NaN, Double.NaN, "",
                    e.kinds().stream().map(MarkedKind::id).collect(Collectors.joining("/")) + note);
        }
        List<LegendItem> legend = new ArrayList<>();
        for (MarkedKind kind : MarkedKind.values()) {
            if (drawn.contains(kind)) {
                legend.add(Legends.line(kind.initial() + " = " + kind.id(), Palette.event(kind), stroke));
            }
        }
        return legend;
    }
}
