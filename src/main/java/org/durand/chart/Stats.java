package org.durand.chart;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.durand.experiment.ReplicateStatistics;
import org.durand.output.Display;

/** Means with Student-t 95% intervals, and paired-t or Welch intervals for differences of means. */
final class Stats {

    /**
     * A mean or difference of means with its 95% confidence interval ({@code NaN} bounds when undefined).
     *
     * @param estimate the mean or difference
     * @param low      lower 95% bound
     * @param high     upper 95% bound
     */
    record Estimate(double estimate, double low, double high) {

        /** {@code "12.3 [10.1 – 14.5]"} for display, or just the estimate when there is no interval. */
        String text() {
            return Display.interval(estimate, low, high);
        }
    }

    private Stats() {
    }

    /** Values without {@code NaN}s. */
    static double[] finite(double[] values) {
        return java.util.Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
    }

    /** Mean of {@code values} with a t-based 95% interval (as in {@code summary.csv}). */
    static Estimate mean(double[] values) {
        ReplicateStatistics s = ReplicateStatistics.of(values);
        return new Estimate(s.mean(), s.ci95Low(), s.ci95High());
    }

    /**
     * Mean of {@code values} with a t-based 95% interval from the means of the groups that share
     * their parameters ({@link ReplicateStatistics#of(double[], double, double, int[])}).
     *
     * @param groups the group of each value, same length
     */
    static Estimate mean(double[] values, int[] groups) {
        ReplicateStatistics s = ReplicateStatistics.of(values, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                groups);
        return new Estimate(s.mean(), s.ci95Low(), s.ci95High());
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

    /**
     * Difference {@code mean(b − a)} of paired values (replicate r of both runs shares its seed and,
     * over a posterior, its parameter set) with a paired-t 95% interval, n − 1 degrees of freedom;
     * pairs with a NaN are left out.
     *
     * @throws IllegalArgumentException if the arrays differ in length
     */
    static Estimate paired(double[] a, double[] b) {
        int[] alone = new int[a.length];
        java.util.Arrays.setAll(alone, i -> i);
        return paired(a, b, alone);
    }

    /**
     * As {@link #paired(double[], double[])} when pairs come in groups that share their parameters:
     * the interval is taken from the groups' mean differences.
     *
     * @param groups the group of each pair
     * @throws IllegalArgumentException if the arrays differ in length
     */
    static Estimate paired(double[] a, double[] b, int[] groups) {
        if (a.length != b.length || groups.length != a.length) {
            throw new IllegalArgumentException("paired values need equal lengths: " + a.length + ", " + b.length
                    + " and " + groups.length + " groups");
        }
        double[] d = new double[a.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = b[i] - a[i];
        }
        return mean(d, groups);
    }

    private static double quantile(double df) {
        return new TDistribution(df).inverseCumulativeProbability(0.975);
    }
}
