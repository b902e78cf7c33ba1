package org.durand.experiment.sensitivity;

import java.util.List;

/**
 * How much of an outcome's variance across a sweep is replicate noise: a one-way analysis of
 * variance with the points as groups. The within share is SS_within / SS_total, the sum of squared
 * deviations of each run from its point's mean over the sum of squared deviations from the grand
 * mean. Near 0, the parameters explain the spread; near 1, the indices of that outcome sit below
 * the noise and more replicates (or points) are needed.
 */
public final class ReplicateNoise {

    private ReplicateNoise() {
    }

    /**
     * The within-point share of one outcome's variance.
     *
     * @param outcome  outcome name
     * @param perPoint the runs' values, one array per point (NaN values left out)
     * @return a {@code noise}/{@code within_share} index in [0, 1] (NaN when the outcome is constant
     *         or no point has two replicates); n is the number of runs used
     */
    public static Index analyse(String outcome, List<double[]> perPoint) {
        double sum = 0;
        int n = 0;
        for (double[] values : perPoint) {
            for (double v : values) {
                if (!Double.isNaN(v)) {
                    sum += v;
                    n++;
                }
            }
        }
        double grand = n == 0 ? Double.NaN : sum / n;
        double total = 0;
        double within = 0;
        boolean replicated = false;
        for (double[] values : perPoint) {
            double s = 0;
            int m = 0;
            for (double v : values) {
                if (!Double.isNaN(v)) {
                    s += v;
                    m++;
                }
            }
            replicated |= m > 1;
            double mean = m == 0 ? 0 : s / m;
            for (double v : values) {
                if (!Double.isNaN(v)) {
                    within += (v - mean) * (v - mean);
                    total += (v - grand) * (v - grand);
                }
            }
        }
        double share = replicated && total > 0 ? within / total : Double.NaN;
        return new Index(outcome, Index.REPLICATES, "noise", "within_share", share, Double.NaN, Double.NaN, n);
    }
}
