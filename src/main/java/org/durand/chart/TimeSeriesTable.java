package org.durand.chart;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.durand.experiment.RunResult;
import org.durand.observe.MonthlySeries;

/**
 * The monthly values of a run's replicates, as one {@code [rep][month]} matrix per metric.
 * Missing cells are {@code NaN}.
 */
final class TimeSeriesTable {

    private final List<YearMonth> months;
    private final int reps;
    private final Map<String, double[][]> values;

    private TimeSeriesTable(List<YearMonth> months, int reps, Map<String, double[][]> values) {
        this.months = months;
        this.reps = reps;
        this.values = values;
    }

    /** The series of {@code results} (replicates in the given order, rep index = position). */
    static TimeSeriesTable of(List<RunResult> results) {
        TreeSet<YearMonth> monthSet = new TreeSet<>();
        results.forEach(r -> monthSet.addAll(r.series().months()));
        List<YearMonth> months = List.copyOf(monthSet);
        Map<YearMonth, Integer> column = new java.util.HashMap<>();
        months.forEach(m -> column.put(m, column.size()));
        Map<String, double[][]> values = new TreeMap<>();
        int reps = results.size();
        for (int r = 0; r < reps; r++) {
            MonthlySeries s = results.get(r).series();
            for (String metric : s.metrics().names()) {
                double[][] m = values.computeIfAbsent(metric, k -> nanMatrix(reps, months.size()));
                double[] v = s.values(metric);
                for (int t = 0; t < v.length; t++) {
                    m[r][column.get(s.months().get(t))] = v[t];
                }
            }
        }
        return new TimeSeriesTable(months, reps, values);
    }

    /** All months present, ascending. */
    List<YearMonth> months() {
        return months;
    }

    /** Number of replicates (largest rep id plus one). */
    int reps() {
        return reps;
    }

    /** The {@code [rep][month]} matrix of a metric; all {@code NaN} when the metric is absent. */
    double[][] metric(String metric) {
        double[][] m = values.get(metric);
        return m != null ? m : nanMatrix(reps, months.size());
    }

    /** Element-wise sum of several metrics; a missing value in any of them gives {@code NaN}. */
    double[][] sum(String... metrics) {
        double[][] out = new double[reps][months.size()];
        for (String name : metrics) {
            double[][] m = metric(name);
            for (int r = 0; r < reps; r++) {
                for (int t = 0; t < months.size(); t++) {
                    out[r][t] += m[r][t];
                }
            }
        }
        return out;
    }

    /** Running sum along months for each rep; missing months add nothing. */
    static double[][] cumulative(double[][] m) {
        return cumulative(m, 0);
    }

    /** Running sums from column {@code from} on (0 before it); NaN cells add nothing. */
    static double[][] cumulative(double[][] m, int from) {
        double[][] out = new double[m.length][];
        for (int r = 0; r < m.length; r++) {
            out[r] = new double[m[r].length];
            double acc = 0;
            for (int t = from; t < m[r].length; t++) {
                if (!Double.isNaN(m[r][t])) {
                    acc += m[r][t];
                }
                out[r][t] = acc;
            }
        }
        return out;
    }

    /** Indices of the months of {@code year}; empty when the run does not cover it. */
    int[] monthsOfYear(int year) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            if (months.get(i).getYear() == year) {
                idx.add(i);
            }
        }
        return idx.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Per-rep sum ({@code mean=false}) or mean ({@code mean=true}) over the given month indices. */
    static double[] perRep(double[][] m, int[] monthIdx, boolean mean) {
        double[] out = new double[m.length];
        for (int r = 0; r < m.length; r++) {
            double acc = 0;
            int n = 0;
            for (int t : monthIdx) {
                if (!Double.isNaN(m[r][t])) {
                    acc += m[r][t];
                    n++;
                }
            }
            out[r] = n == 0 ? Double.NaN : (mean ? acc / n : acc);
        }
        return out;
    }

    private static double[][] nanMatrix(int rows, int cols) {
        double[][] m = new double[rows][cols];
        for (double[] row : m) {
            Arrays.fill(row, Double.NaN);
        }
        return m;
    }
}
