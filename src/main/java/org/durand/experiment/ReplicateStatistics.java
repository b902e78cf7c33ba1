package org.durand.experiment;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * Statistics of one quantity across replicates: mean, standard deviation, median, 5th and 95th
 * percentiles, and the 95% confidence interval of the mean (Student t, n − 1 degrees of freedom;
 * undefined for a single replicate).
 */
public record ReplicateStatistics(double mean, double sd, double median, double p05, double p95,
                                  double ci95Low, double ci95High, int n) {

    /** Statistics of {@code values} (NaN values are left out). */
    public static ReplicateStatistics of(double[] values) {
        DescriptiveStatistics d = new DescriptiveStatistics();
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
                mean - half, mean + half, n);
    }
}
