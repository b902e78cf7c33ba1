package org.durand.experiment.sensitivity;

/**
 * One sensitivity measure of one outcome with respect to one parameter, with its interval.
 *
 * @param outcome   outcome name (a column of {@code runs.csv})
 * @param parameter varied parameter path, or {@code "(replicates)"} for replicate-noise rows
 * @param method    {@code sobol}, {@code morris}, {@code prcc} or {@code noise}
 * @param measure   what the value is: {@code first_order}, {@code total_order}, {@code mu_star},
 *                  {@code mu}, {@code sigma}, {@code prcc}, {@code within_share}
 * @param value     the estimate; NaN when it cannot be estimated (for instance a constant outcome)
 * @param low       lower end of the 95% interval (bootstrap percentile, or Fisher z for PRCC); NaN if none
 * @param high      upper end of the 95% interval; NaN if none
 * @param n         how many values it rests on (base rows, trajectories, points or runs)
 */
public record Index(String outcome, String parameter, String method, String measure, double value, double low,
                    double high, int n) {

    /** The parameter name used on replicate-noise rows. */
    public static final String REPLICATES = "(replicates)";
}
