package org.durand.chart;

import java.awt.BasicStroke;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.LegendItem;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/** Draws scenario-timeline events as labelled vertical markers and lists their types in the legend. */
final class TimelineMarkers {

    /** Markers closer than this many days get their labels staggered vertically. */
    private static final int CROWDED_DAYS = 75;
    private static final int LEVELS = 4;

    private TimelineMarkers() {
    }

    /**
     * Adds one marker per event inside the month range to {@code plot}, records them in {@code table}
     * and returns the legend entries for the event types drawn.
     */
    static List<LegendItem> add(XYPlot plot, List<TimelineEvent> events, List<YearMonth> months, PlotTable table) {
        Set<String> typesDrawn = new LinkedHashSet<>();
        if (months.isEmpty()) {
            return List.of();
        }
        LocalDate first = months.get(0).atDay(1);
        LocalDate last = months.get(months.size() - 1).atEndOfMonth();
        LocalDate previous = null;
        int level = 0;
        BasicStroke stroke = Legends.dashed(1.6f);
        for (TimelineEvent e : events) {
            if (e.date().isBefore(first) || e.date().isAfter(last)) {
                continue;
            }
            boolean crowded = previous != null && previous.plusDays(CROWDED_DAYS).isAfter(e.date());
            level = crowded ? (level + 1) % LEVELS : 0;
            previous = e.date();
            ValueMarker m = new ValueMarker(ChartStyle.noon(e.date()), Palette.event(e.primaryType()), stroke);
            ChartStyle.markerLabel(m, e.label(), Palette.event(e.primaryType()));
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            m.setLabelOffset(new RectangleInsets(4 + level * 20, 3, 2, 2));
            plot.addDomainMarker(m, Layer.BACKGROUND);
            typesDrawn.addAll(e.types());
            table.add("event", e.date().toString(), Double.NaN, Double.NaN, Double.NaN, "",
                    String.join("/", e.types()) + " (label " + e.label() + ")");
        }
        List<LegendItem> legend = new ArrayList<>();
        for (String type : TimelineEvent.MARKED) {
            if (typesDrawn.contains(type)) {
                String name = Character.toUpperCase(type.charAt(0)) + " = " + type;
                legend.add(Legends.line(name, Palette.event(type), stroke));
            }
        }
        return legend;
    }
}
