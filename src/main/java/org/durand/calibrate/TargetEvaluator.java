package org.durand.calibrate;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.durand.experiment.ReplicateStatistics;
import org.durand.experiment.RunResult;
import org.durand.observe.MetricSet;
import org.durand.observe.MonthlySeries;
import org.durand.scenario.Problem;
import org.durand.scenario.Scenario;
import org.durand.scenario.ScenarioException;
import org.durand.scenario.Target;

/**
 * Compares runs with observed targets. A target applies when its window lies within the
 * scenario's calendar; windows are whole months. Besides the recorded metrics, one derived metric
 * exists: {@code returns_deported_share} (deported / all returns over the window).
 */
public final class TargetEvaluator {

    public static final String DEPORTED_SHARE = "returns_deported_share";
    /** Relative error charged for a target the runs cannot measure. */
    static final double UNMEASURABLE = 1000;

    private TargetEvaluator() {
    }

    /** Targets whose metric is unknown are reported (file, target, metric, allowed). */
    public static void check(List<Target> targets, Scenario scenario, String file) throws ScenarioException {
        MetricSet metrics = MetricSet.of(scenario);
        List<Problem> problems = new ArrayList<>();
        for (Target t : targets) {
            if (metrics.indexOf(t.metric()) < 0 && !t.metric().equals(DEPORTED_SHARE)) {
                problems.add(new Problem(file, "targets." + t.id() + ".metric", t.metric(), "is not a metric; allowed: "
                        + String.join(", ", metrics.names()) + ", " + DEPORTED_SHARE));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
    }

    /** The targets that fall within the scenario's calendar. */
    public static List<Target> applicable(List<Target> targets, Scenario scenario) {
        return targets.stream()
                .filter(t -> !t.from().isBefore(scenario.start().withDayOfMonth(1)) && !t.to().isAfter(scenario.end()))
                .toList();
    }

    /** Model statistics for every applicable target. */
    public static List<TargetResult> evaluate(List<Target> targets, Scenario scenario, List<RunResult> runs) {
        List<TargetResult> out = new ArrayList<>();
        for (Target t : applicable(targets, scenario)) {
            double[] v = runs.stream().mapToDouble(r -> value(t, r.series())).toArray();
            out.add(new TargetResult(t, ReplicateStatistics.of(v)));
        }
        return out;
    }

    /** One run's value for a target. */
    public static double value(Target t, MonthlySeries s) {
        YearMonth from = YearMonth.from(t.from());
        YearMonth to = YearMonth.from(t.to());
        if (t.metric().equals(DEPORTED_SHARE)) {
            double all = s.over("returns_total", from, to);
            return all > 0 ? s.over("returns_deported", from, to) / all : Double.NaN;
        }
        return s.over(t.metric(), from, to);
    }

    /**
     * Weighted sum of squared relative errors of the means (the calibration objective). A target
     * the runs cannot measure (no returns at all for a deported share) counts as a relative error
     * of 1000, so the search moves away from such points.
     */
    public static double objective(List<TargetResult> results) {
        double sum = 0;
        for (TargetResult r : results) {
            double e = r.relativeError();
            sum += r.target().weight() * (Double.isNaN(e) ? UNMEASURABLE * UNMEASURABLE : e * e);
        }
        return sum;
    }
}
