package org.durand.experiment.sweep;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.durand.experiment.TargetEvaluator;
import org.durand.observe.MetricSet;
import org.durand.observe.MonthlySeries;
import org.durand.scenario.Scenario;
import org.durand.scenario.Target;

/**
 * The numbers a sweep keeps from each run, by name. A name is {@code METRIC.PERIOD} or
 * {@code target.ID}:
 * <ul>
 *   <li>{@code METRIC.YYYY} — the metric over a calendar year, combined as in {@code summary.csv}
 *       (flows summed, stocks at the year's last month, the tension index averaged);</li>
 *   <li>{@code METRIC.all} — the same over the whole run;</li>
 *   <li>{@code METRIC.end} — the last month's value;</li>
 *   <li>{@code METRIC.peak} — the largest monthly value;</li>
 *   <li>{@code target.ID} — the model's value of an observed target (as in {@code targets.csv}).</li>
 * </ul>
 * METRIC is any monthly metric of the scenario ({@code timeseries.csv}).
 */
public final class Outcomes {

    private final Map<String, ToDoubleFunction<MonthlySeries>> outcomes;

    private Outcomes(Map<String, ToDoubleFunction<MonthlySeries>> outcomes) {
        this.outcomes = outcomes;
    }

    /**
     * The default outcomes of a scenario: fatalities by category for each full calendar year and the
     * whole run; deported and pressured returns; refugees remaining at the end; mean and peak
     * tension; strikes, clashes and border-closed days; and each applicable target's model value.
     */
    public static List<String> defaults(Scenario scenario, List<Target> targets) {
        List<String> names = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        for (int y = scenario.start().getYear(); y <= scenario.end().getYear(); y++) {
            if (!scenario.start().isAfter(java.time.LocalDate.of(y, 1, 1))
                    && !scenario.end().isBefore(java.time.LocalDate.of(y, 12, 31))) {
                years.add(y);
            }
        }
        for (String category : List.of("security", "civilian", "militant", "total")) {
            years.forEach(y -> names.add("fatalities_" + category + "." + y));
            names.add("fatalities_" + category + ".all");
        }
        names.addAll(List.of("returns_deported.all", "returns_pressured.all", "refugees_remaining.end",
                "tension_index.all", "tension_index.peak", "strikes.all", "clashes.all", "border_closed_days.all"));
        TargetEvaluator.applicable(targets, scenario).forEach(t -> names.add("target." + t.id()));
        return names;
    }

    /**
     * Outcome names that cannot be computed, each with why: {@link #bad()} holds every one of
     * them, {@link #getMessage()} describes them one to a line.
     */
    public static final class BadNames extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final transient List<Map.Entry<String, String>> bad;

        BadNames(List<Map.Entry<String, String>> bad) {
            super(String.join("\n", bad.stream().map(e -> "outcome '" + e.getKey() + "': " + e.getValue()).toList()));
            this.bad = List.copyOf(bad);
        }

        /** Each bad name with what is wrong with it, in the order named. */
        public List<Map.Entry<String, String>> bad() {
            return bad;
        }
    }

    /**
     * The outcomes named, for runs of {@code scenario}.
     *
     * @throws BadNames naming every bad name and what is allowed
     */
    public static Outcomes of(List<String> names, Scenario scenario, List<Target> targets) {
        MetricSet metrics = MetricSet.of(scenario);
        Map<String, Target> byId = new LinkedHashMap<>();
        TargetEvaluator.applicable(targets, scenario).forEach(t -> byId.put(t.id(), t));
        Map<String, ToDoubleFunction<MonthlySeries>> out = new LinkedHashMap<>();
        List<Map.Entry<String, String>> bad = new java.util.ArrayList<>();
        for (String name : names) {
            if (out.containsKey(name)) {
                bad.add(Map.entry(name, "is named twice"));
                continue;
            }
            try {
                out.put(name, parse(name, metrics, byId, scenario));
            } catch (IllegalArgumentException e) {
                bad.add(Map.entry(name, e.getMessage()));
            }
        }
        if (!bad.isEmpty()) {
            throw new BadNames(bad);
        }
        return new Outcomes(out);
    }

    private static ToDoubleFunction<MonthlySeries> parse(String name, MetricSet metrics, Map<String, Target> targets,
                                                         Scenario scenario) {
        int dot = name.lastIndexOf('.');
        String head = dot < 0 ? name : name.substring(0, dot);
        String period = dot < 0 ? "" : name.substring(dot + 1);
        if (head.equals("target")) {
            Target t = targets.get(period);
            if (t == null) {
                throw new IllegalArgumentException("no target '" + period + "' within the "
                        + "scenario's calendar; targets: " + String.join(", ", targets.keySet()));
            }
            return s -> TargetEvaluator.value(t, s);
        }
        if (metrics.indexOf(head) < 0) {
            throw new IllegalArgumentException("expected METRIC.PERIOD (PERIOD a year, all, "
                    + "end or peak) or target.ID, and METRIC one of: " + String.join(", ", metrics.names()));
        }
        YearMonth first = YearMonth.from(scenario.start());
        YearMonth last = YearMonth.from(scenario.end());
        switch (period) {
            case "all":
                return s -> s.over(head, first, last);
            case "end":
                return s -> {
                    double[] v = s.values(head);
                    return v.length == 0 ? Double.NaN : v[v.length - 1];
                };
            case "peak":
                return s -> java.util.Arrays.stream(s.values(head)).max().orElse(Double.NaN);
            default:
                if (!period.matches("[0-9]{4}") || Integer.parseInt(period) < first.getYear()
                        || Integer.parseInt(period) > last.getYear()) {
                    throw new IllegalArgumentException("the period '" + period + "' must be "
                            + "all, end, peak or a year from " + first.getYear() + " to " + last.getYear());
                }
                int y = Integer.parseInt(period);
                return s -> s.over(head, YearMonth.of(y, 1), YearMonth.of(y, 12));
        }
    }

    /** The names, in column order. */
    public List<String> names() {
        return List.copyOf(outcomes.keySet());
    }

    /** Every outcome of one run, in column order. */
    public double[] evaluate(MonthlySeries series) {
        return outcomes.values().stream().mapToDouble(f -> f.applyAsDouble(series)).toArray();
    }
}
