package org.durand.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/** A count axis starts at zero and spans at least one unit, whatever its data. */
class CountAxisTest {

    private static NumberAxis axisOver(double... values) {
        XYSeries s = new XYSeries("s");
        for (int i = 0; i < values.length; i++) {
            s.add(i, values[i]);
        }
        NumberAxis axis = ChartStyle.countAxis("people");
        new XYPlot(new XYSeriesCollection(s), new NumberAxis("x"), axis, new XYLineAndShapeRenderer());
        return axis;
    }

    @Test
    void allZeroReadsZeroToOne() {
        NumberAxis axis = axisOver(0, 0, 0);
        assertEquals(0, axis.getLowerBound());
        assertEquals(1, axis.getUpperBound(), 1e-12);
    }

    @Test
    void ordinaryCountsStartAtZeroAndCoverTheirLargestValue() {
        NumberAxis axis = axisOver(3, 120, 45);
        assertEquals(0, axis.getLowerBound());
        assertEquals(true, axis.getUpperBound() >= 120, "upper bound " + axis.getUpperBound());
    }
}
