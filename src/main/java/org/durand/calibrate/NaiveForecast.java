package org.durand.calibrate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.durand.observe.Aggregation;
import org.durand.observe.MetricSet;
import org.durand.scenario.Target;

/**
 * The two naive forecasts a backtest scores the model against, made from the fitted observations
 * alone, as forecasting evaluations compare a model with persistence and climatology (for conflict
 * fatalities, the no-change baselines of the ViEWS prediction competition, Vesco et al. 2022,
 * <i>International Interactions</i> 48(4)).
 *
 * <p>For a flow (fatalities, returns: summed over months) each forecast is a monthly rate:
 * <ul>
 * <li><b>last</b>: the rate of the last fitted period of the same metric, the fitted target that
 *     ends latest; when an earlier fitted target of the metric starts on the same day (a cumulative
 *     series such as returns since September 2023), the rate of the increment between the two;</li>
 * <li><b>mean</b>: the mean rate over the fitting window, the observed total of non-overlapping
 *     fitted targets of the metric (earliest first, the longer of two starting together) over the
 *     months they cover.</li>
 * </ul>
 * A target's window is forecast as the observed total of the fitted windows that tile it from its
 * start up to the fit date (what is known when forecasting), plus the rate times its remaining
 * months; its largest month as the rate; a ratio as the forecast of its window over that of its
 * denominator window; a share-of-replicates target as 1 when the forecast reaches its threshold.
 * For a stock or a level (refugees remaining, the tension index, the deported share) last is the
 * last fitted observation carried forward and mean the mean of the fitted observations. Without a
 * fitted target of the same metric, both are NaN.
 */
public final class NaiveForecast {

    private final List<Target> fitted;
    private final MetricSet metrics;
    private final LocalDate fitUntil;

    /**
     * @param fitted   the targets fitted to (every window ending by {@code fitUntil})
     * @param metrics  the run's metrics, for their aggregation
     * @param fitUntil the last day of the fitting period
     */
    public NaiveForecast(List<Target> fitted, MetricSet metrics, LocalDate fitUntil) {
        this.fitted = List.copyOf(fitted);
        this.metrics = metrics;
        this.fitUntil = fitUntil;
    }

    /** The forecast of {@code t} carrying the last fitted period forward (NaN without one). */
    public double last(Target t) {
        return forecast(t, true);
    }

    /** The forecast of {@code t} at the fitting window's mean (NaN without a fitted observation). */
    public double mean(Target t) {
        return forecast(t, false);
    }

    private double forecast(Target t, boolean last) {
        List<Target> same = fitted.stream().filter(f -> f.metric().equals(t.metric())
                && f.statistic().equals(Target.TOTAL) && !f.shareOfReplicates()).toList();
        if (same.isEmpty()) {
            return Double.NaN;
        }
        double v;
        if (!flow(t.metric())) {
            if (!t.statistic().equals(Target.TOTAL)) {
                return Double.NaN;
            }
            v = last ? latest(same).observed() : same.stream().mapToDouble(Target::observed).average().orElseThrow();
        } else {
            double rate = last ? lastRate(same) : meanRate(same);
            v = switch (t.statistic()) {
                case Target.MAX_MONTH -> rate;
                case Target.RATIO -> window(same, t.from(), t.to(), rate) / window(same, t.perFrom(), t.perTo(), rate);
                default -> window(same, t.from(), t.to(), rate);
            };
        }
        return t.shareOfReplicates() ? (v >= t.atLeast() ? 1 : 0) : v;
    }

    private boolean flow(String metric) {
        return metrics.indexOf(metric) >= 0 && metrics.metric(metric).aggregation() == Aggregation.FLOW;
    }

    private static Target latest(List<Target> same) {
        return same.stream().max(Comparator.comparing(Target::to).thenComparing(Target::from)).orElseThrow();
    }

    private static double lastRate(List<Target> same) {
        Target l = latest(same);
        Target before = same.stream().filter(p -> p.from().equals(l.from()) && p.to().isBefore(l.to()))
                .max(Comparator.comparing(Target::to)).orElse(null);
        if (before != null) {
            return (l.observed() - before.observed()) / (months(l.from(), l.to()) - months(before.from(), before.to()));
        }
        return l.observed() / months(l.from(), l.to());
    }

    private static double meanRate(List<Target> same) {
        List<Target> sorted = new ArrayList<>(same);
        sorted.sort(Comparator.comparing(Target::from).thenComparing(Target::to, Comparator.reverseOrder()));
        double total = 0;
        long months = 0;
        YearMonth covered = null;
        for (Target t : sorted) {
            if (covered == null || YearMonth.from(t.from()).isAfter(covered)) {
                total += t.observed();
                months += months(t.from(), t.to());
                covered = YearMonth.from(t.to());
            }
        }
        return total / months;
    }

    /** The window's observed part, tiled by fitted windows from its start up to the fit date, plus rate × the rest. */
    private double window(List<Target> same, LocalDate from, LocalDate to, double rate) {
        YearMonth cursor = YearMonth.from(from);
        YearMonth end = YearMonth.from(to);
        YearMonth known = YearMonth.from(fitUntil.isBefore(to) ? fitUntil : to);
        double observed = 0;
        while (true) {
            YearMonth c = cursor;
            Target piece = same.stream().filter(f -> YearMonth.from(f.from()).equals(c)
                            && !YearMonth.from(f.to()).isAfter(known))
                    .max(Comparator.comparing(Target::to)).orElse(null);
            if (piece == null) {
                break;
            }
            observed += piece.observed();
            cursor = YearMonth.from(piece.to()).plusMonths(1);
        }
        long rest = cursor.isAfter(end) ? 0 : ChronoUnit.MONTHS.between(cursor, end) + 1;
        return observed + rate * rest;
    }

    private static long months(LocalDate from, LocalDate to) {
        return ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) + 1;
    }
}
