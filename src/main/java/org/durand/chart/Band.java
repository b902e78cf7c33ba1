package org.durand.chart;

import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * Mean and 5–95% percentile band across replicates, per month.
 *
 * @param mean mean across reps
 * @param low  5th percentile across reps
 * @param high 95th percentile across reps
 */
record Band(double[] mean, double[] low, double[] high) {

    /** Summarises a {@code [rep][month]} matrix column by column, ignoring {@code NaN} cells. */
    static Band of(double[][] repByMonth) {
        int months = repByMonth.length == 0 ? 0 : repByMonth[0].length;
        double[] mean = new double[months];
        double[] low = new double[months];
        double[] high = new double[months];
        for (int t = 0; t < months; t++) {
            DescriptiveStatistics s = new DescriptiveStatistics();
            for (double[] rep : repByMonth) {
                if (!Double.isNaN(rep[t])) {
                    s.addValue(rep[t]);
                }
            }
            mean[t] = s.getN() == 0 ? Double.NaN : s.getMean();
            low[t] = s.getN() == 0 ? Double.NaN : s.getPercentile(5);
            high[t] = s.getN() == 0 ? Double.NaN : s.getPercentile(95);
        }
        return new Band(mean, low, high);
    }

    /** The same band with every value divided by {@code divisor}. */
    Band scaled(double divisor) {
        return new Band(div(mean, divisor), div(low, divisor), div(high, divisor));
    }

    /** Largest finite value of the upper band, or 0. */
    double max() {
        double m = 0;
        for (double v : high) {
            if (!Double.isNaN(v)) {
                m = Math.max(m, v);
            }
        }
        return m;
    }

    private static double[] div(double[] a, double d) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] / d;
        }
        return out;
    }
}
