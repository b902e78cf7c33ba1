package org.durand.chart;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;

/** Means with Student-t 95% intervals, and Welch intervals for differences of means. */
final class Stats {

    /**
     * A mean or difference of means with its 95% confidence interval ({@code NaN} bounds when undefined).
     *
     * @param estimate the mean or difference
     * @param low      lower 95% bound
     * @param high     upper 95% bound
     */
    record Estimate(double estimate, double low, double high) {

        /** {@code "12.3 [10.1, 14.5]"} for display, or just the estimate when there is no interval. */
        String text() {
            String e = Html.num(estimate);
            return Double.isNaN(low) ? e : e + " [" + Html.num(low) + ", " + Html.num(high) + "]";
        }
    }

    private Stats() {
    }

    /** Values without {@code NaN}s. */
    static double[] finite(double[] values) {
        return java.util.Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
    }

    /** Mean of {@code values} with a t-based 95% interval. */
    static Estimate mean(double[] values) {
        double[] v = finite(values);
        if (v.length == 0) {
            return new Estimate(Double.NaN, Double.NaN, Double.NaN);
        }
        double m = StatUtils.mean(v);
        if (v.length < 2) {
            return new Estimate(m, Double.NaN, Double.NaN);
        }
        double se = Math.sqrt(StatUtils.variance(v) / v.length);
        double h = quantile(v.length - 1) * se;
        return new Estimate(m, m - h, m + h);
    }

    /** Difference {@code mean(b) - mean(a)} with a Welch 95% interval. */
    static Estimate welch(double[] a, double[] b) {
        double[] x = finite(a);
        double[] y = finite(b);
        if (x.length == 0 || y.length == 0) {
            return new Estimate(Double.NaN, Double.NaN, Double.NaN);
        }
        double diff = StatUtils.mean(y) - StatUtils.mean(x);
        if (x.length < 2 || y.length < 2) {
            return new Estimate(diff, Double.NaN, Double.NaN);
        }
        double vx = StatUtils.variance(x) / x.length;
        double vy = StatUtils.variance(y) / y.length;
        double se = Math.sqrt(vx + vy);
        if (se == 0) {
            return new Estimate(diff, diff, diff);
        }
        double df = (vx + vy) * (vx + vy)
                / (vx * vx / (x.length - 1) + vy * vy / (y.length - 1));
        double h = quantile(df) * se;
        return new Estimate(diff, diff - h, diff + h);
    }

    private static double quantile(double df) {
        return new TDistribution(df).inverseCumulativeProbability(0.975);
    }
}
