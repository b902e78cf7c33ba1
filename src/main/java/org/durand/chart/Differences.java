package org.durand.chart;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Headline differences of each run against the first (reference) run, with Welch 95% intervals. */
final class Differences {

    /** CSV and HTML header of the difference table. */
    static final List<String> HEADER = List.of("metric", "period", "run", "reference", "run_mean", "reference_mean",
            "difference", "ci95_low", "ci95_high", "run_n", "reference_n");

    /** How a headline metric turns a run's months into one value per rep. */
    private enum Measure {
        FATALITIES_TOTAL("fatalities_total (sum)"),
        TENSION_INDEX("tension_index (monthly mean)"),
        RETURNS_TOTAL("returns_total (sum)"),
        REFUGEES_REMAINING("refugees_remaining (at end)");

        final String label;

        Measure(String label) {
            this.label = label;
        }
    }

    private Differences() {
    }

    /** Rows of the difference table for every run after the first. */
    static List<List<String>> rows(List<RunInputs> runs, List<String> labels) {
        List<List<String>> rows = new ArrayList<>();
        if (runs.size() < 2) {
            return rows;
        }
        RunInputs ref = runs.get(0);
        List<String> periods = commonPeriods(runs);
        for (Measure m : Measure.values()) {
            for (String period : m == Measure.REFUGEES_REMAINING ? List.of("end") : periods) {
                Optional<double[]> a = perRep(ref.series(), m, period);
                for (int i = 1; i < runs.size(); i++) {
                    Optional<double[]> b = perRep(runs.get(i).series(), m, period);
                    if (a.isEmpty() || b.isEmpty()) {
                        continue;
                    }
                    Stats.Estimate d = Stats.welch(a.get(), b.get());
                    rows.add(List.of(m.label, period, labels.get(i), labels.get(0),
                            Csv.format(Stats.mean(b.get()).estimate()), Csv.format(Stats.mean(a.get()).estimate()),
                            Csv.format(d.estimate()), Csv.format(d.low()), Csv.format(d.high()),
                            Integer.toString(Stats.finite(b.get()).length),
                            Integer.toString(Stats.finite(a.get()).length)));
                }
            }
        }
        return rows;
    }

    /** {@code all} followed by every calendar year that all runs cover completely. */
    private static List<String> commonPeriods(List<RunInputs> runs) {
        Set<Integer> years = new LinkedHashSet<>(runs.get(0).series().fullYears());
        runs.forEach(r -> years.retainAll(r.series().fullYears()));
        List<String> periods = new ArrayList<>();
        periods.add("all");
        years.forEach(y -> periods.add(Integer.toString(y)));
        return periods;
    }

    /** One value per rep of a measure over a period ({@code all}, {@code end} or a year). */
    private static Optional<double[]> perRep(TimeSeriesTable ts, Measure m, String period) {
        if (ts.months().isEmpty() || ts.reps() == 0) {
            return Optional.empty();
        }
        int[] idx = switch (period) {
            case "all" -> ts.allMonths();
            case "end" -> new int[] {ts.months().size() - 1};
            default -> ts.monthsOfYear(Integer.parseInt(period));
        };
        return Optional.of(switch (m) {
            case FATALITIES_TOTAL -> TimeSeriesTable.perRep(ts.metric("fatalities_total"), idx, false);
            case TENSION_INDEX -> TimeSeriesTable.perRep(ts.metric("tension_index"), idx, true);
            case RETURNS_TOTAL -> TimeSeriesTable.perRep(ts.sum("returns_deported", "returns_pressured"), idx, false);
            case REFUGEES_REMAINING -> TimeSeriesTable.perRep(ts.metric("refugees_remaining"), idx, false);
        });
    }

    /** Last month of a run, for display. */
    static String lastMonth(TimeSeriesTable ts) {
        List<YearMonth> m = ts.months();
        return m.isEmpty() ? "" : m.get(m.size() - 1).toString();
    }
}
