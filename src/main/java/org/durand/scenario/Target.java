package org.durand.scenario;

import java.time.LocalDate;

/**
 * An observed figure a run is compared with.
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
 */
public record Target(String id, String metric, LocalDate from, LocalDate to, double observed, double low, double high,
                     double weight, String source) {
}
