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

    /**
     * A series of {@code values[metric][month]}, in the order of {@code metrics} and {@code months}.
     *
     * @throws IllegalArgumentException when the dimensions do not match
     */
    public MonthlySeries(MetricSet metrics, List<YearMonth> months, double[][] values) {
        if (values.length != metrics.size()) {
            throw new IllegalArgumentException(values.length + " rows for " + metrics.size() + " metrics");
        }
        this.metrics = metrics;
        this.months = List.copyOf(months);
        this.values = new double[values.length][];
        for (int k = 0; k < values.length; k++) {
            if (values[k].length != this.months.size()) {
                throw new IllegalArgumentException(values[k].length + " values for " + this.months.size() + " months");
            }
            this.values[k] = values[k].clone();
        }
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

    /** Equal metrics, months and values (bit for bit, so NaN equals NaN). */
    @Override
    public boolean equals(Object o) {
        return o instanceof MonthlySeries other && metrics.equals(other.metrics) && months.equals(other.months)
                && java.util.Arrays.deepEquals(values, other.values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * metrics.hashCode() + months.hashCode()) + java.util.Arrays.deepHashCode(values);
    }

    private int index(String metric) {
        int i = metrics.indexOf(metric);
        if (i < 0) {
            throw new IllegalArgumentException("no metric " + metric);
        }
        return i;
    }
}
