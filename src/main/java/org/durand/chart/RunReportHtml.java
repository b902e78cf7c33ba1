package org.durand.chart;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Builds the self-contained {@code report.html} of one run. */
final class RunReportHtml {

    /** Headline metrics of the key-numbers table, as named in {@code summary.csv}. */
    static final List<String> HEADLINE = List.of("fatalities_total", "fatalities_security", "fatalities_civilian",
            "attacks", "returns_deported", "returns_pressured", "returns_total", "refugees_remaining", "tension_index");

    private RunReportHtml() {
    }

    /** The report text for {@code in} showing {@code charts} (already written under {@code charts/}). */
    static String build(RunInputs in, List<ChartSpec> charts) throws IOException {
        String name = in.context().label();
        StringBuilder b = Html.begin("Durand run report: " + name);
        b.append("<h1>").append(Html.esc(name)).append("</h1>\n");
        String description = in.manifest().description();
        if (!description.isBlank()) {
            b.append("<p>").append(Html.esc(description)).append("</p>\n");
        }
        b.append("<p class=\"muted\">").append(Html.esc(in.context().subtitle(false))).append(" · months ")
                .append(Html.esc(range(in.series()))).append("</p>\n");
        keyNumbers(b, in);
        targets(b, in.targets());
        b.append("<h2>Charts</h2>\n<p class=\"muted\">Lines are means across replicates; shaded bands and "
                + "whiskers span the 5th to 95th percentile of replicates.</p>\n");
        for (ChartSpec c : charts) {
            Html.figure(b, c.name(), c.caption());
        }
        b.append("<h2>Resolved parameters</h2>\n");
        JsonHtml.render(b, in.manifest().parameters());
        b.append("\n<h2>Manifest</h2>\n<pre>").append(Html.esc(in.manifest().pretty())).append("</pre>\n");
        return Html.end(b);
    }

    private static void keyNumbers(StringBuilder b, RunInputs in) {
        Map<String, Map<String, SummaryRow>> byMetric = new TreeMap<>();
        TreeSet<String> periods = new TreeSet<>();
        for (SummaryRow r : in.summary()) {
            if (HEADLINE.contains(r.metric()) && !"month".equals(r.periodType())) {
                byMetric.computeIfAbsent(r.metric(), k -> new TreeMap<>()).put(r.period(), r);
                periods.add(r.period());
            }
        }
        b.append("<h2>Key numbers</h2>\n");
        List<String> columns = new ArrayList<>(periods.headSet("all"));
        columns.addAll(periods.tailSet("all"));
        List<List<String>> rows = new ArrayList<>();
        for (String metric : HEADLINE) {
            Map<String, SummaryRow> row = byMetric.get(metric);
            if (row == null) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            cells.add(metric);
            for (String p : columns) {
                SummaryRow r = row.get(p);
                cells.add(r == null ? "" : new Stats.Estimate(r.mean(), r.ciLow(), r.ciHigh()).text());
            }
            rows.add(cells);
        }
        List<String> header = new ArrayList<>();
        header.add("metric");
        columns.forEach(p -> header.add("all".equals(p) ? "whole run" : p));
        b.append("<p class=\"muted\">Mean across replicates [95% confidence interval of the mean], as in "
                + "summary.csv.</p>\n");
        Html.table(b, header, rows, null);
    }

    private static void targets(StringBuilder b, List<Target> targets) {
        if (targets.isEmpty()) {
            return;
        }
        b.append("<h2>Observed targets</h2>\n");
        List<List<String>> rows = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        for (Target t : targets) {
            rows.add(List.of(t.target(), t.metric(), t.windowStart() + " to " + t.windowEnd(),
                    Html.num(t.observed()),
                    Html.num(t.toleranceLow()) + " – " + Html.num(t.toleranceHigh()),
                    new Stats.Estimate(t.modelMean(), t.ci95Low(), t.ci95High()).text(),
                    Html.num(t.relativeError()), t.within() ? "met" : "missed", t.source()));
            classes.add(t.within() ? "met" : "missed");
        }
        Html.table(b, List.of("target", "metric", "window", "observed", "tolerance", "model mean [95% CI]",
                "relative error", "within tolerance", "source"), rows, classes);
    }

    private static String range(TimeSeriesTable ts) {
        List<java.time.YearMonth> m = ts.months();
        return m.isEmpty() ? "none" : m.get(0) + " to " + m.get(m.size() - 1);
    }
}
