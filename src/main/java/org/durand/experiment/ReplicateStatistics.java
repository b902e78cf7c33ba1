package org.durand.experiment;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * Statistics of one quantity across replicates: mean, standard deviation, median, 5th and 95th
 * percentiles, and the 95% confidence interval of the mean.
 *
 * <p>The interval is Student's t with n − 1 degrees of freedom (undefined for a single replicate),
 * clipped to the quantity's bounds when it has them: a count's interval stops at 0, the tension
 * index's at 0 and 100, a share's at 0 and 1. Clipping keeps every value the interval shows
 * possible without moving the bound that lies inside the range, so an interval that touches a bound
 * says the data do not exclude it.
 *
 * <p>Percentiles (median, p05, p95) are Commons Math's {@link Percentile} with
 * {@link EstimationType#LEGACY} (position p(n + 1)/100, linear interpolation between order
 * statistics, clamped to the smallest and largest value). Below {@value #BAND_REPLICATES} replicates
 * that puts p05 on the smallest and p95 on the largest value: the "5–95% band" is then the range of
 * the replicates, and tables and legends call it so ({@link #bandIsRange(int)}).
 */
public record ReplicateStatistics(double mean, double sd, double median, double p05, double p95,
                                  double ci95Low, double ci95High, int n) {

    /** Replicates from which p05 and p95 differ from the smallest and largest value. */
    public static final int BAND_REPLICATES = 20;

    /** Statistics of {@code values} (NaN values are left out), for a quantity without bounds. */
    public static ReplicateStatistics of(double[] values) {
        return of(values, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /**
     * Statistics of {@code values} (NaN values are left out) of a quantity that lies within
     * {@code [lower, upper]}; the confidence interval is clipped to those bounds.
     *
     * @param lower smallest possible value ({@link Double#NEGATIVE_INFINITY} for none)
     * @param upper largest possible value ({@link Double#POSITIVE_INFINITY} for none)
     * @throws IllegalArgumentException when {@code lower > upper}
     */
    public static ReplicateStatistics of(double[] values, double lower, double upper) {
        if (!(lower <= upper)) {
            throw new IllegalArgumentException("bounds " + lower + " > " + upper);
        }
        DescriptiveStatistics d = new DescriptiveStatistics();
        d.setPercentileImpl(new Percentile().withEstimationType(EstimationType.LEGACY));
        for (double v : values) {
            if (!Double.isNaN(v)) {
                d.addValue(v);
            }
        }
        int n = (int) d.getN();
        if (n == 0) {
            return new ReplicateStatistics(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, 0);
        }
        double mean = d.getMean();
        double sd = n > 1 ? d.getStandardDeviation() : Double.NaN;
        double half = n > 1 ? new TDistribution(null, n - 1.0).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n)
                : Double.NaN;
        return new ReplicateStatistics(mean, sd, d.getPercentile(50), d.getPercentile(5), d.getPercentile(95),
                clip(mean - half, lower, upper), clip(mean + half, lower, upper), n);
    }

    /**
     * Statistics of {@code values} whose replicates come in groups that share their parameters
     * (draws from a posterior): mean, sd and percentiles over all values as in
     * {@link #of(double[], double, double)}, but the confidence interval of the mean from the G
     * group means (Student t with G − 1 degrees of freedom), since replicates of one group are
     * correlated and would make an interval over all of them too narrow (the cluster-robust
     * interval of a one-way random-effects design, Searle, Casella and McCulloch 1992, §3.6).
     * With every group of one value it equals {@link #of(double[], double, double)}.
     *
     * @param groups the group of each value (same length as {@code values}); values with equal
     *               group ids belong together
     * @throws IllegalArgumentException when {@code lower > upper} or the lengths differ
     */
    public static ReplicateStatistics of(double[] values, double lower, double upper, int[] groups) {
        if (groups.length != values.length) {
            throw new IllegalArgumentException(values.length + " values but " + groups.length + " group ids");
        }
        ReplicateStatistics all = of(values, lower, upper);
        double[] means = groupMeans(values, groups);
        if (means.length == all.n() || all.n() == 0) {
            return all;
        }
        double half = tHalf(means);
        double lo = clip(all.mean() - half, lower, upper);
        double hi = clip(all.mean() + half, lower, upper);
        return new ReplicateStatistics(all.mean(), all.sd(), all.median(), all.p05(), all.p95(), lo, hi, all.n());
    }

    /**
     * The mean of each group's values (NaNs left out), groups in ascending id order; a group with
     * no value is left out.
     *
     * @param groups the group of each value, same length as {@code values}
     */
    public static double[] groupMeans(double[] values, int[] groups) {
        java.util.Map<Integer, double[]> sums = new java.util.TreeMap<>();
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                double[] s = sums.computeIfAbsent(groups[i], g -> new double[2]);
                s[0] += values[i];
                s[1]++;
            }
        }
        return sums.values().stream().mapToDouble(s -> s[0] / s[1]).toArray();
    }

    /** Half-width t(0.975, n − 1)·sd/√n of the mean of {@code v} (no NaNs), NaN below two values. */
    private static double tHalf(double[] v) {
        if (v.length < 2) {
            return Double.NaN;
        }
        DescriptiveStatistics d = new DescriptiveStatistics(v);
        return new TDistribution(null, v.length - 1.0).inverseCumulativeProbability(0.975) * d.getStandardDeviation()
                / Math.sqrt(v.length);
    }

    private static double clip(double v, double lower, double upper) {
        return Double.isNaN(v) ? v : Math.max(lower, Math.min(upper, v));
    }

    /**
     * Whether the p05–p95 band of {@code n} replicates is the range of the replicates: below
     * {@value #BAND_REPLICATES} replicates p05 and p95 are the smallest and largest value, so
     * tables, legends and captions must call the band min–max rather than 5–95%. False for
     * {@code n} ≤ 0 (a count not known).
     */
    public static boolean bandIsRange(int n) {
        return n > 0 && n < BAND_REPLICATES;
    }
}
