package org.durand.experiment;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.durand.io.Numbers;
import org.durand.observe.Metric;
import org.durand.observe.MetricSet;
import org.durand.observe.MonthlySeries;
import org.durand.scenario.Problem;
import org.durand.scenario.Scenario;
import org.durand.scenario.ScenarioException;
import org.durand.scenario.Target;

/**
 * Compares runs with observed targets. A target applies when the scenario's calendar covers every
 * day of the whole months its window falls in ({@link #applicable}). Besides the recorded metrics, one derived metric
 * exists: {@code returns_deported_share} (deported / all returns over the window).
 */
public final class TargetEvaluator {

    /** The derived metric deported / (deported + pressured) over a target's window, 0–1. */
    public static final String DEPORTED_SHARE = "returns_deported_share";

    private TargetEvaluator() {
    }

    /**
     * Checks that every target names a metric the scenario records (or {@link #DEPORTED_SHARE}).
     *
     * @param targets  the targets read from {@code file}
     * @param scenario the scenario whose metrics (provinces, statuses, groups) they refer to
     * @param file     the targets file, named in the messages
     * @throws ScenarioException listing every target with an unknown metric: file, key
     *                           {@code targets.ID.metric}, the value and the allowed metrics
     */
    public static void check(List<Target> targets, Scenario scenario, String file) throws ScenarioException {
        MetricSet metrics = MetricSet.of(scenario);
        List<Problem> problems = new ArrayList<>();
        for (Target t : targets) {
            boolean known = metrics.indexOf(t.metric()) >= 0;
            java.util.Optional<String> unknown = metricProblem(t.metric(), metrics);
            if (unknown.isPresent()) {
                problems.add(new Problem(file, "targets." + t.id() + ".metric", t.metric(), unknown.get()));
                continue;
            }
            double[] b = bounds(t, known ? metrics.metric(t.metric()) : null);
            if (t.observed() < b[0] || t.observed() > b[1]) {
                problems.add(new Problem(file, "targets." + t.id() + ".observed", Numbers.format(t.observed()),
                        "is outside what " + (t.shareOfReplicates() ? "a share of replicates" : t.metric()
                        + (t.statistic().equals(Target.RATIO) ? " as a ratio" : "")) + " can be: "
                        + range(b)));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
    }

    /**
     * What is wrong with a target's {@code metric} for a scenario recording {@code metrics}: empty
     * when it is one of them or {@link #DEPORTED_SHARE}, else "is not a metric (did you mean ...);
     * allowed: ...".
     */
    public static java.util.Optional<String> metricProblem(String metric, MetricSet metrics) {
        if (metrics.indexOf(metric) >= 0 || metric.equals(DEPORTED_SHARE)) {
            return java.util.Optional.empty();
        }
        List<String> allowed = new ArrayList<>(metrics.names());
        allowed.add(DEPORTED_SHARE);
        return java.util.Optional.of("is not a metric" + org.durand.scenario.Suggestion.of(metric, allowed)
                + "; allowed: " + String.join(", ", allowed));
    }

    /** "from 0 to 1", "0 or more": the range {@code b} of a target's value, as a user reads it. */
    private static String range(double[] b) {
        if (Double.isInfinite(b[1])) {
            return Double.isInfinite(b[0]) ? "any number" : Numbers.format(b[0]) + " or more";
        }
        return "from " + Numbers.format(b[0]) + " to " + Numbers.format(b[1]);
    }

    /**
     * The targets the run covers wholly. A target's value is taken over whole months (see
     * {@link #value}), so it applies when the run simulates every day of those months: from the
     * first day of the month the window starts in, to the last day of the month it ends in. A run
     * starting 2023-11-20 is not scored on a window starting 2023-11-01 (it misses 19 of its days),
     * nor one ending 2026-12-15 on a window ending in December 2026.
     */
    public static List<Target> applicable(List<Target> targets, Scenario scenario) {
        return targets.stream().filter(t -> covers(scenario, t)).toList();
    }

    /**
     * Whether {@code scenario}'s calendar holds every day of the months of {@code t}'s window, and
     * of its denominator window for a ratio.
     */
    public static boolean covers(Scenario scenario, Target t) {
        return within(t.from(), t.to(), scenario) && (t.perFrom() == null || within(t.perFrom(), t.perTo(), scenario));
    }

    private static boolean within(java.time.LocalDate from, java.time.LocalDate to, Scenario scenario) {
        return !YearMonth.from(from).atDay(1).isBefore(scenario.start())
                && !YearMonth.from(to).atEndOfMonth().isAfter(scenario.end());
    }

    /**
     * Replicate statistics of the model's value for every {@link #applicable} target.
     *
     * @param targets  the observed targets
     * @param scenario the scenario the runs simulated
     * @param runs     one or more replicates of {@code scenario}
     * @return one result per applicable target, in the order of {@code targets}
     */
    public static List<TargetResult> evaluate(List<Target> targets, Scenario scenario, List<RunResult> runs) {
        List<TargetResult> out = new ArrayList<>();
        for (Target t : applicable(targets, scenario)) {
            double[] v = runs.stream().mapToDouble(r -> value(t, r.series())).toArray();
            double[] bounds = bounds(t, runs.get(0).series().metrics().metric(t.metric()));
            out.add(new TargetResult(t, ReplicateStatistics.of(v, bounds[0], bounds[1], RunResult.draws(runs))));
        }
        return out;
    }

    /**
     * The range a target's model value lies in, to which its interval is clipped: 0–1 for a share
     * of replicates and for the deported share ({@code m} null); for a ratio, 0 up when the metric is
     * never negative; else the metric's own bounds.
     */
    private static double[] bounds(Target t, Metric m) {
        if (t.shareOfReplicates() || m == null) {
            return new double[] {0, 1};
        }
        if (t.statistic().equals(Target.RATIO)) {
            return new double[] {m.lowerBound() >= 0 ? 0 : Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
        }
        return new double[] {m.lowerBound(), m.upperBound()};
    }

    /**
     * One run's value for a target: its statistic (see {@link Target}) of the metric over the
     * target's whole months (flows summed, stocks at the last month, levels averaged; see
     * {@link MonthlySeries#over}; for {@link #DEPORTED_SHARE} deported / all returns, NaN when nobody
     * returned), or, for a share-of-replicates target, 1 when it reaches {@code atLeast} and 0 when not.
     */
    public static double value(Target t, MonthlySeries s) {
        double v = statistic(t, s);
        return t.shareOfReplicates() ? (v >= t.atLeast() ? 1 : 0) : v;
    }

    private static double statistic(Target t, MonthlySeries s) {
        YearMonth from = YearMonth.from(t.from());
        YearMonth to = YearMonth.from(t.to());
        return switch (t.statistic()) {
            case Target.MAX_MONTH -> maxMonth(t.metric(), s, from, to);
            case Target.RATIO -> over(t.metric(), s, from, to)
                    / over(t.metric(), s, YearMonth.from(t.perFrom()), YearMonth.from(t.perTo()));
            default -> over(t.metric(), s, from, to);
        };
    }

    private static double over(String metric, MonthlySeries s, YearMonth from, YearMonth to) {
        if (metric.equals(DEPORTED_SHARE)) {
            double all = s.over("returns_total", from, to);
            return all > 0 ? s.over("returns_deported", from, to) / all : Double.NaN;
        }
        return s.over(metric, from, to);
    }

    private static double maxMonth(String metric, MonthlySeries s, YearMonth from, YearMonth to) {
        double max = Double.NaN;
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            double v = over(metric, s, m, m);
            max = Double.isNaN(max) || v > max ? v : max;
        }
        return max;
    }
}
