package org.durand.chart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.durand.output.Display;

/** Builds the {@code report.html} of a comparison. */
final class ComparisonHtml {

    private ComparisonHtml() {
    }

    /** The comparison report; links to each run's own report where it exists. */
    static String build(List<RunInputs> runs, List<String> labels, List<Differences.Row> differences,
                        List<String> cautions, List<ChartSpec> charts, Path outDir) {
        StringBuilder b = Html.begin("Durand comparison: " + String.join(" vs ", labels));
        b.append("<h1>Comparison of ").append(runs.size()).append(" runs</h1>\n<h2>Runs</h2>\n<table><thead><tr>")
                .append("<th>run</th><th>replicates</th><th>base seed</th><th>days</th><th>description</th><th>report</th>")
                .append("</tr></thead><tbody>\n");
        for (int i = 0; i < runs.size(); i++) {
            RunInputs r = runs.get(i);
            b.append("<tr><td>").append(Html.esc(labels.get(i))).append(i == 0 ? " (reference)" : "")
                    .append("</td><td class=\"num\">").append(r.series().reps()).append("</td><td class=\"num\">")
                    .append(r.info().baseSeed()).append("</td><td>")
                    .append(Html.esc(r.info().start() + " to " + r.info().end()))
                    .append("</td><td>").append(Html.esc(r.info().description())).append("</td><td>")
                    .append(reportLink(r.dir(), outDir)).append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
        if (!cautions.isEmpty()) {
            b.append("<h2>Cautions</h2>\n<ul>\n");
            cautions.forEach(c -> b.append("<li>").append(Html.esc(c)).append("</li>\n"));
            b.append("</ul>\n");
        }
        b.append("<h2>Differences from the reference</h2>\n");
        if (differences.isEmpty()) {
            b.append("<p class=\"muted\">Only one run: nothing to compare against.</p>\n");
        } else {
            b.append("<p class=\"muted\">difference = run mean − reference mean of per-replicate values "
                    + "(sums for fatalities and returns, monthly mean for tension, month-end value for refugees) over "
                    + "the months that every run covers wholly (a month one run covers only in part is left out); 95% interval by "
                    + "paired t when both runs used the same replicate seeds (common random numbers and, over a "
                    + "posterior, the same parameter draws), else by Welch's t (column interval). Also in "
                    + "<a href=\"differences.csv\">differences.csv</a>.</p>\n");
            List<String> classes = new ArrayList<>();
            List<List<String>> cells = new ArrayList<>();
            for (Differences.Row row : differences) {
                classes.add(row.significant() ? "signif" : null);
                cells.add(row.cells(Display::number));
            }
            Html.table(b, Differences.HEADER, cells, classes);
            b.append("<p class=\"muted\">Highlighted rows: the 95% interval excludes zero.</p>\n");
        }
        b.append("<h2>Charts</h2>\n");
        for (ChartSpec c : charts) {
            Html.figure(b, c.name(), c.caption());
        }
        return Html.end(b);
    }

    private static String reportLink(Path runDir, Path outDir) {
        Path report = runDir.resolve("report.html");
        if (!Files.isRegularFile(report)) {
            return "";
        }
        String rel = outDir.toAbsolutePath().normalize().relativize(report.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
        return "<a href=\"" + Html.esc(rel) + "\">run report</a>";
    }
}
