package org.durand.scenario;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An observed figure a run is compared with. Its statistic, computed per replicate, is the metric
 * over the window ({@code total}: flows summed, stocks at the last month, levels averaged), the
 * largest single month of the window ({@code max-month}), or the metric over the window divided by
 * the same over a second window ({@code ratio}). With {@code atLeast} set, each replicate counts 1
 * when its statistic reaches it and 0 otherwise, so the model's value is the share of replicates
 * that do (for patterns such as "a month of at least 400 deaths in a fifth of replicates").
 *
 * @param id          short name
 * @param metric      a metric of {@code timeseries.csv}, or {@code returns_deported_share}
 *                    (deported / all returns)
 * @param from        first day of the window (whole months: the month of this date is included)
 * @param to          last day of the window (its month is included)
 * @param observed    the observed value
 * @param low         lowest value counted as a match
 * @param high        highest value counted as a match
 * @param weight      weight in the calibration objective
 * @param source      where the figure comes from
 * @param statistic   {@link #TOTAL}, {@link #MAX_MONTH} or {@link #RATIO}
 * @param perFrom     first day of a ratio's denominator window, else null
 * @param perTo       last day of a ratio's denominator window, else null
 * @param atLeast     threshold of a share-of-replicates target, else NaN
 */
public record Target(String id, String metric, LocalDate from, LocalDate to, double observed, double low, double high,
                     double weight, String source, String statistic, LocalDate perFrom, LocalDate perTo,
                     double atLeast) implements Serializable {

    /** The metric over the window. */
    public static final String TOTAL = "total";
    /** The largest month of the window. */
    public static final String MAX_MONTH = "max-month";
    /** The metric over the window over the same over the denominator window. */
    public static final String RATIO = "ratio";
    /** The statistics a target may name. */
    public static final java.util.List<String> STATISTICS = java.util.List.of(TOTAL, MAX_MONTH, RATIO);

    /** A plain target: the mean over replicates of the metric over the window. */
    public Target(String id, String metric, LocalDate from, LocalDate to, double observed, double low, double high,
                  double weight, String source) {
        this(id, metric, from, to, observed, low, high, weight, source, TOTAL, null, null, Double.NaN);
    }

    /** Whether the model's value is a share of replicates reaching {@link #atLeast}. */
    public boolean shareOfReplicates() {
        return !Double.isNaN(atLeast);
    }
}
