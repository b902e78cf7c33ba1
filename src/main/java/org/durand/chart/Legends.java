package org.durand.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;

/** Hand-made legend entries for things JFreeChart does not list itself (markers, ranges, actors). */
final class Legends {

    private Legends() {
    }

    /** A legend entry drawn as a short line. */
    static LegendItem line(String label, Color color, Stroke stroke) {
        Shape shape = new Line2D.Double(-12, 0, 12, 0);
        LegendItem item = new LegendItem(label, null, null, null, shape, stroke, color);
        item.setLabelFont(ChartStyle.LEGEND);
        return item;
    }

    /** A legend entry drawn as a filled box. */
    static LegendItem box(String label, Color color) {
        LegendItem item = new LegendItem(label, null, null, null, new Rectangle2D.Double(-8, -8, 16, 16), color);
        item.setLabelFont(ChartStyle.LEGEND);
        return item;
    }

    /** A legend entry drawn as a filled shape. */
    static LegendItem shape(String label, Color color, Shape shape) {
        LegendItem item = new LegendItem(label, null, null, null, shape, color);
        item.setLabelFont(ChartStyle.LEGEND);
        return item;
    }

    /** A dashed stroke of the given width. */
    static BasicStroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f);
    }

    /** Replaces the plot legend by its own items followed by {@code extra}. */
    static void append(XYPlot plot, List<LegendItem> extra) {
        LegendItemCollection items = new LegendItemCollection();
        items.addAll(plot.getLegendItems());
        extra.forEach(items::add);
        plot.setFixedLegendItems(items);
    }

    /** Replaces the plot legend by exactly {@code items}. */
    static void fixed(org.jfree.chart.plot.Plot plot, List<LegendItem> items) {
        LegendItemCollection c = new LegendItemCollection();
        items.forEach(c::add);
        if (plot instanceof XYPlot xy) {
            xy.setFixedLegendItems(c);
        } else if (plot instanceof org.jfree.chart.plot.CombinedDomainXYPlot combined) {
            combined.setFixedLegendItems(c);
        }
    }
}
