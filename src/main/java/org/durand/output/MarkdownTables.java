package org.durand.output;

import java.util.List;

import org.durand.experiment.TargetResult;
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
     * the replicates as {@code summary.csv} computes them. A run that covers only part of the year is
     * marked in its row ({@code baseline — 2026 (to 15 Dec)}) and explained under the table: its
     * flows miss the other days and its stocks are those of its last day in the year.
     *
     * @throws IllegalArgumentException when a run does not reach into {@code year}
     */
    public static String outcomes(List<RunRecord> runs, int year) {
        return outcomes(runs, runs.stream().map(r -> r.info().scenario()).toList(), year);
    }

    /**
     * As {@link #outcomes(List, int)}, each row labelled by {@code labels} (one per run, in order)
     * instead of its scenario's name: for runs of one scenario, which the name alone would not tell
     * apart.
     *
     * @throws IllegalArgumentException when a run does not reach into {@code year}, or the labels
     *                                  are not one per run
     */
    public static String outcomes(List<RunRecord> runs, List<String> labels, int year) {
        if (labels.size() != runs.size()) {
            throw new IllegalArgumentException(labels.size() + " labels for " + runs.size() + " runs");
        }
        StringBuilder sb = new StringBuilder("| scenario |");
        for (String[] h : HEADLINES) {
            sb.append(' ').append(h[0]).append(' ').append(year).append(" (").append(runs.get(0).metrics().unit(h[1]))
                    .append(") |");
        }
        sb.append("\n|---|").append("---:|".repeat(HEADLINES.length)).append('\n');
        StringBuilder notes = new StringBuilder();
        for (int i = 0; i < runs.size(); i++) {
            RunRecord run = runs.get(i);
            Period p = period(run, year);
            sb.append("| ").append(labels.get(i));
            if (run.results().stream().anyMatch(r -> r.draw() != r.rep())) {
                sb.append(" (over a posterior)");
            }
            if (!p.whole()) {
                sb.append(" — ").append(p.label());
                notes.append("\n").append(labels.get(i)).append(": ").append(p.note()).append('.');
            }
            sb.append(" |");
            for (String[] h : HEADLINES) {
                ReplicateStatistics s = SummaryCsv.statistics(run.results(), h[1], p);
                sb.append(' ').append(Display.interval(s.mean(), s.ci95Low(), s.ci95High())).append(" |");
            }
            sb.append('\n');
        }
        if (!notes.isEmpty()) {
            sb.append("\nPartial years:").append(notes.toString().replace("\n", "\n- ")).append('\n');
        }
        return sb.toString();
    }

    private static Period period(RunRecord run, int year) {
        try {
            return Period.year(year, run.info().start(), run.info().end());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("run " + run.info().scenario() + " (" + run.info().start() + " to "
                    + run.info().end() + ") does not cover " + year, e);
        }
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
