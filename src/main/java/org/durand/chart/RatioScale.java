package org.durand.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;

/**
 * The axis of values divided by their observed value (1 = observed), chosen for what it shows.
 * When every ratio lies between 0 and {@value #LINEAR_MAX}, a linear axis over them (and 1) reads
 * best: 0.3 and 3 are both plainly legible. Beyond that, a base-2 logarithmic axis (ticks at
 * ½, 1, 2, 4, …: halving and doubling look alike) from {@code 1/}{@value #CLIP} to {@value #CLIP};
 * ratios beyond those bounds, and zero or negative ones on it, are clipped at the edge, and the
 * charts mark them there ({@link #clipped}).
 *
 * @param log   whether the axis is logarithmic
 * @param lower lowest ratio shown
 * @param upper highest ratio shown
 */
record RatioScale(boolean log, double lower, double upper) {

    /** Largest ratio a linear axis shows. */
    static final double LINEAR_MAX = 4;
    /** A logarithmic axis shows ratios from 1/CLIP to CLIP. */
    static final double CLIP = 16;

    /** Tick steps of a linear axis, smallest first; the first giving at most {@link #MAX_TICKS} ticks is used. */
    private static final double[] STEPS = {0.05, 0.1, 0.2, 0.25, 0.5, 1};
    private static final int MAX_TICKS = 12;

    /** The scale for {@code ratios} (NaN and infinite ones are ignored); 1 is always shown. */
    static RatioScale of(double... ratios) {
        double min = 1;
        double max = 1;
        double minPositive = 1;
        for (double r : ratios) {
            if (Double.isFinite(r)) {
                min = Math.min(min, r);
                max = Math.max(max, r);
                minPositive = r > 0 ? Math.min(minPositive, r) : minPositive;
            }
        }
        if (min >= 0 && max <= LINEAR_MAX) {
            double pad = Math.max(0.06 * (max - min), 0.05);   // a little room even when all ratios are 1
            return new RatioScale(false, min - pad < 0 && min > 0 ? 0 : min - pad, max + pad);
        }
        double factor = 1.12;   // room for the dots at the extremes
        return new RatioScale(true, Math.max(minPositive / factor, 1 / CLIP), Math.min(max * factor, CLIP));
    }

    /** Whether {@code ratio} lies outside the axis, where it is drawn at the edge. */
    boolean clipped(double ratio) {
        return !Double.isNaN(ratio) && (ratio < lower || ratio > upper);
    }

    /** {@code ratio} moved onto the axis (NaN stays NaN). */
    double clip(double ratio) {
        return Double.isNaN(ratio) ? ratio : Math.max(lower, Math.min(upper, ratio));
    }

    /** The axis, with locale-free tick labels. */
    ValueAxis axis(String label) {
        if (!log) {
            NumberAxis a = ChartStyle.valueAxis(label, false);
            a.setRange(lower, upper);
            for (double step : STEPS) {
                if ((upper - lower) / step <= MAX_TICKS || step == STEPS[STEPS.length - 1]) {
                    a.setTickUnit(new NumberTickUnit(step, new DecimalFormat("0.##",
                            DecimalFormatSymbols.getInstance(Locale.ROOT))));
                    break;
                }
            }
            return a;
        }
        LogAxis a = new LogAxis(label + ", logarithmic");
        a.setBase(2);
        a.setSmallestValue(lower);
        a.setAutoTickUnitSelection(false);
        a.setTickUnit(new NumberTickUnit(1));
        a.setNumberFormatOverride(new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        a.setLabelFont(ChartStyle.AXIS_LABEL);
        a.setTickLabelFont(ChartStyle.TICK);
        a.setRange(lower, upper);
        return a;
    }
}
