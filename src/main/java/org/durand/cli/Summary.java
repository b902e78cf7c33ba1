package org.durand.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.durand.experiment.TargetResult;
import org.durand.experiment.ReplicateStatistics;
import org.durand.experiment.RunResult;
import org.durand.output.Display;
import org.durand.output.Period;
import org.durand.output.SummaryCsv;
import org.durand.scenario.Scenario;

/** The few lines a run prints on stderr when it ends; a last year the run covers in part is marked. */
final class Summary {

    private Summary() {
    }

    static void print(PrintStream err, Scenario scenario, List<RunResult> results, List<TargetResult> targets,
                      Path dir, Instant started) {
        double secs = Duration.between(started, Instant.now()).toMillis() / 1000.0;
        err.printf(Locale.ROOT, "%s: %s in %.1f s, written to %s%n", scenario.name(),
                Display.count(results.size(), "replicate"), secs, dir);
        Period last = Period.year(scenario.end().getYear(), scenario.start(), scenario.end());
        headline(err, results, "fatalities_total", last);
        headline(err, results, "tension_index", last);
        if (!last.whole()) {
            err.println("  (" + last.note() + ")");
        }
        // each column as wide as its longest entry, so long ids and large numbers keep the columns aligned
        int width = targets.stream().mapToInt(r -> r.target().id().length()).max().orElse(0);
        int observed = targets.stream().mapToInt(r -> fmt(r.target().observed()).length()).max().orElse(0);
        int model = targets.stream().mapToInt(r -> fmt(r.model().mean()).length()).max().orElse(0);
        int allowed = targets.stream().mapToInt(r -> allowed(r).length()).max().orElse(0);
        String row = "  target %-" + Math.max(1, width) + "s  observed %" + Math.max(12, observed) + "s  allowed %-"
                + Math.max(1, allowed) + "s  model %" + Math.max(12, model) + "s  %s%n";
        for (TargetResult r : targets) {
            err.printf(Locale.ROOT, row, r.target().id(), fmt(r.target().observed()), allowed(r),
                    fmt(r.model().mean()), r.within() ? "met" : "MISSED");
        }
        if (!targets.isEmpty()) {
            long met = targets.stream().filter(TargetResult::within).count();
            err.printf(Locale.ROOT, "targets met: %d of %d%n", met, targets.size());
        }
    }

    private static void headline(PrintStream err, List<RunResult> results, String metric, Period year) {
        ReplicateStatistics s = SummaryCsv.statistics(results, metric, year);
        double scale = scale(s.mean(), s.ci95Low(), s.ci95High());
        err.printf(Locale.ROOT, "  %s %s: mean %s (95%% CI %s to %s)%n", metric, year.label(), fmt(s.mean(), scale),
                fmt(s.ci95Low(), scale), fmt(s.ci95High(), scale));
    }

    /** The range a target's model mean must fall in to be met, as written in targets.csv's tolerance columns. */
    private static String allowed(TargetResult r) {
        double low = r.target().low();
        double high = r.target().high();
        double scale = scale(low, high);
        if (Math.abs(scale) >= 10 && (low != Math.rint(low) || high != Math.rint(high))) {
            // a bound between whole numbers is shown as it is, so a mean rounded to the same whole
            // number never reads as inside a range it misses (541.5 to 902.5, not 542 to 903)
            return String.format(Locale.ROOT, "%,.1f to %,.1f", low, high);
        }
        return fmt(low, scale) + " to " + fmt(high, scale);
    }

    private static String fmt(double v) {
        return fmt(v, v);
    }

    /**
     * {@code v} as the numbers of its group are written: three decimals when the group's largest
     * magnitude {@code scale} is below 10, else a whole number with thousands separators; so an
     * interval's ends read alike ("0 to 100", not "0.000 to 100"). NaN as "n/a".
     */
    static String fmt(double v, double scale) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return Math.abs(scale) < 10 ? String.format(Locale.ROOT, "%.3f", v) : String.format(Locale.ROOT, "%,.0f", v);
    }

    /** The largest magnitude among {@code values}, NaNs left out (0 when all are NaN). */
    private static double scale(double... values) {
        double max = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                max = Math.max(max, Math.abs(v));
            }
        }
        return max;
    }
}
