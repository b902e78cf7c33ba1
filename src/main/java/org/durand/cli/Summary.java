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
        err.printf(Locale.ROOT, "%s: %d replicates in %.1f s, written to %s%n", scenario.name(), results.size(), secs, dir);
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
        err.printf(Locale.ROOT, "  %s %s: mean %s (95%% CI %s to %s)%n", metric, year.label(), fmt(s.mean()),
                fmt(s.ci95Low()), fmt(s.ci95High()));
    }

    /** The range a target's model mean must fall in to be met, as written in targets.csv's tolerance columns. */
    private static String allowed(TargetResult r) {
        return fmt(r.target().low()) + " to " + fmt(r.target().high());
    }

    private static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return Math.abs(v) < 10 ? String.format(Locale.ROOT, "%.3f", v) : String.format(Locale.ROOT, "%,.0f", v);
    }
}
