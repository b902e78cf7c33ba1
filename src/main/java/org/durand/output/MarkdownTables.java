package org.durand.output;

import java.time.YearMonth;
import java.util.List;

import org.durand.calibrate.TargetResult;
import org.durand.experiment.ReplicateStatistics;
import org.durand.scenario.Target;

/**
 * Markdown tables for the README from finished runs (read with {@link RunFolderReader}): headline
 * outcomes of a year per scenario (mean and 95% CI, as in {@code summary.csv}) and a run's targets.
 */
public final class MarkdownTables {

    /** Headline metrics: column title and metric. */
    private static final String[][] HEADLINES = {
        {"fatalities", "fatalities_total"},
        {"attacks", "attacks"},
        {"returns (deported + pressured)", "returns_total"},
        {"refugees remaining (end of year)", "refugees_remaining"},
        {"border closed days", "border_closed_days"},
        {"tension index", "tension_index"},
    };

    private MarkdownTables() {
    }

    /**
     * One row per run: scenario name and each headline's mean [95% CI] in {@code year}, computed from
     * the replicates as {@code summary.csv} computes them.
     *
     * @throws IllegalArgumentException when a run does not cover {@code year}
     */
    public static String outcomes(List<RunRecord> runs, int year) {
        StringBuilder sb = new StringBuilder("| scenario |");
        for (String[] h : HEADLINES) {
            sb.append(' ').append(h[0]).append(' ').append(year).append(" (").append(runs.get(0).metrics().unit(h[1]))
                    .append(") |");
        }
        sb.append("\n|---|").append("---:|".repeat(HEADLINES.length)).append('\n');
        for (RunRecord run : runs) {
            boolean covers = run.results().get(0).series().months().stream().anyMatch(m -> m.getYear() == year);
            if (!covers) {
                throw new IllegalArgumentException("run " + run.info().scenario() + " (" + run.info().start() + " to "
                        + run.info().end() + ") does not cover " + year);
            }
            sb.append("| ").append(run.info().scenario()).append(" |");
            for (String[] h : HEADLINES) {
                ReplicateStatistics s = SummaryCsv.statistics(run.results(), h[1], YearMonth.of(year, 1),
                        YearMonth.of(year, 12));
                sb.append(' ').append(Display.interval(s.mean(), s.ci95Low(), s.ci95High())).append(" |");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The targets of one run: observed, model mean with 95% CI, relative error, met or not. */
    public static String targets(RunRecord run) {
        StringBuilder sb = new StringBuilder(
                "| target | window | observed | model mean [95% CI] | relative error | met | source |\n"
                        + "|---|---|---:|---:|---:|:---:|---|\n");
        for (TargetResult r : run.targets()) {
            Target t = r.target();
            ReplicateStatistics m = r.model();
            sb.append("| ").append(t.id()).append(" | ").append(t.from()).append(" – ").append(t.to()).append(" | ")
                    .append(Display.number(t.observed())).append(" | ")
                    .append(Display.interval(m.mean(), m.ci95Low(), m.ci95High())).append(" | ")
                    .append(Display.signedPercent(r.relativeError())).append(" | ")
                    .append(r.within() ? "yes" : "**no**").append(" | ")
                    .append(t.source().replace("|", "/")).append(" |\n");
        }
        return sb.toString();
    }
}
