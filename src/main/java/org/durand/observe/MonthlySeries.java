package org.durand.observe;

import java.time.YearMonth;
import java.util.List;

/**
 * The monthly values of every metric in one run: {@code value(metric, month)}. Immutable once
 * the recorder hands it over; accessors copy arrays.
 */
public final class MonthlySeries implements java.io.Serializable {

    private static final long serialVersionUID = 1L;


    private final MetricSet metrics;
    private final List<YearMonth> months;
    private final double[][] values;

    MonthlySeries(MetricSet metrics, List<YearMonth> months, double[][] values) {
        this.metrics = metrics;
        this.months = List.copyOf(months);
        this.values = values;
    }

    public MetricSet metrics() {
        return metrics;
    }

    public List<YearMonth> months() {
        return months;
    }

    /** Value of {@code metric} in month index {@code m}. */
    public double value(String metric, int m) {
        return values[index(metric)][m];
    }

    /** All monthly values of {@code metric} (a copy). */
    public double[] values(String metric) {
        return values[index(metric)].clone();
    }

    /**
     * Value over the run's months that fall in [from, to] (inclusive), combined by the metric's
     * aggregation; NaN when no month of the run falls there.
     */
    public double over(String metric, YearMonth from, YearMonth to) {
        int a = -1;
        int b = -1;
        for (int i = 0; i < months.size(); i++) {
            YearMonth m = months.get(i);
            if (!m.isBefore(from) && !m.isAfter(to)) {
                a = a < 0 ? i : a;
                b = i;
            }
        }
        return a < 0 ? Double.NaN : metrics.aggregation(metric).combine(values[index(metric)], a, b + 1);
    }

    private int index(String metric) {
        int i = metrics.indexOf(metric);
        if (i < 0) {
            throw new IllegalArgumentException("no metric " + metric);
        }
        return i;
    }
}
