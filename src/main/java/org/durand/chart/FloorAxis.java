package org.durand.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A vertical value axis styled like {@link ChartStyle#valueAxis} that draws no tick (label or grid
 * line) below a floor: for a quantity that cannot be smaller (a count, a share), whose range is
 * padded below the floor only so that markers and labels at the floor are not cut by the axis.
 */
final class FloorAxis extends NumberAxis {

    private static final long serialVersionUID = 1L;

    private final double floor;

    /**
     * @param label the axis label
     * @param floor the smallest value given a tick, in the axis' unit
     */
    FloorAxis(String label, double floor) {
        super(label);
        this.floor = floor;
        setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        setAutoRangeIncludesZero(false);
        ChartStyle.font(this);
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    protected List refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        List ticks = super.refreshTicksVertical(g2, dataArea, edge);
        ticks.removeIf(t -> ((ValueTick) t).getValue() < floor - 1e-9 * Math.max(1, Math.abs(floor)));
        return ticks;
    }
}
