package org.durand.chart;

import java.util.ArrayList;
import java.util.List;

import org.durand.experiment.TargetResult;
import org.durand.experiment.ReplicateStatistics;
import org.durand.observe.Metric;
import org.durand.output.Display;
import org.durand.output.Period;
import org.durand.output.RunInfo;
import org.durand.output.SummaryCsv;
import org.durand.scenario.Target;

/** Builds the self-contained {@code report.html} of one run. */
final class RunReportHtml {

    /** Headline metrics of the key-numbers table. */
    static final List<String> HEADLINE = List.of("fatalities_total", "fatalities_security", "fatalities_civilian",
            "fatalities_militant", "attacks", "returns_deported", "returns_pressured", "returns_total",
            "refugees_remaining", "tension_index");

    private RunReportHtml() {
    }

    /** The report text for {@code in} showing {@code charts} (already written under {@code charts/}). */
    static String build(RunInputs in, List<ChartSpec> charts) throws java.io.IOException {
        RunInfo info = in.info();
        String name = info.scenario();
        StringBuilder b = Html.begin("Durand run report: " + name);
        b.append("<h1>").append(Html.esc(name)).append("</h1>\n");
        if (!info.description().isBlank()) {
            b.append("<p>").append(Html.esc(info.description())).append("</p>\n");
        }
        b.append("<p class=\"muted\">").append(Html.esc(in.context().subtitle(false))).append(" · ")
                .append(Html.esc(info.start() + " to " + info.end())).append(" · ").append(Html.esc(info.host()))
                .append(" (host) and ").append(Html.esc(info.haven())).append(" (haven)</p>\n");
        keyNumbers(b, in);
        VarianceSection.append(b, in.dir(), HEADLINE);
        targets(b, in.run().targets());
        int n = in.run().results().size();
        b.append("<h2>Charts</h2>\n<p class=\"muted\">Lines and bars are means across replicates; shaded bands and "
                + "whiskers span ").append(!ReplicateStatistics.bandIsRange(n)
                        ? "the 5th to 95th percentile of the " + n + " replicates"
                        : "the range (smallest to largest value) of the " + n + " replicates: below "
                        + ReplicateStatistics.BAND_REPLICATES + " replicates the 5th and 95th percentiles are the "
                        + "smallest and largest value").append(".</p>\n");
        for (ChartSpec c : charts) {
            Html.figure(b, c.name(), c.caption());
        }
        b.append("<h2>Run</h2>\n<p class=\"muted\">Every resolved parameter, the seeds and the scenario's hash are in "
                + "<a href=\"manifest.json\">manifest.json</a>.</p>\n");
        return Html.end(b);
    }

    private static void keyNumbers(StringBuilder b, RunInputs in) {
        RunInfo info = in.info();
        List<Period> periods = new ArrayList<>();
        for (int y = info.start().getYear(); y <= info.end().getYear(); y++) {
            periods.add(Period.year(y, info.start(), info.end()));
        }
        List<String> header = new ArrayList<>(List.of("metric", "unit"));
        periods.forEach(p -> header.add(p.label()));
        header.add("whole run");
        periods.add(Period.run(info.start(), info.end()));
        List<List<String>> rows = new ArrayList<>();
        for (String name : HEADLINE) {
            Metric metric = in.metrics().metric(name);
            if (metric == null) {
                continue;
            }
            List<String> cells = new ArrayList<>(List.of(metric.label(), metric.unit()));
            for (Period p : periods) {
                ReplicateStatistics s = SummaryCsv.statistics(in.run().results(), name, p);
                cells.add(Display.interval(s.mean(), s.ci95Low(), s.ci95High()));
            }
            rows.add(cells);
        }
        b.append("<h2>Key numbers</h2>\n<p class=\"muted\">Mean across replicates [95% confidence interval of the "
                + "mean, clipped to what the quantity can take: no count below 0, no index above 100], as in "
                + "summary.csv; flows are summed over the period, stocks read at its end, the tension index "
                + "averaged.</p>\n");
        List<String> partial = periods.stream().map(Period::note).filter(n -> !n.isEmpty()).toList();
        if (!partial.isEmpty()) {
            b.append("<p class=\"muted\"><strong>Partial years.</strong> ")
                    .append(Html.esc(String.join("; ", partial))).append(".</p>\n");
        }
        Html.table(b, header, rows, null);
    }

    private static void targets(StringBuilder b, List<TargetResult> targets) {
        if (targets.isEmpty()) {
            return;
        }
        b.append("<h2>Observed targets</h2>\n");
        List<List<String>> rows = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        for (TargetResult r : targets) {
            Target t = r.target();
            ReplicateStatistics m = r.model();
            rows.add(List.of(t.id(), t.metric(), t.from() + " to " + t.to(), Display.number(t.observed()),
                    Display.number(t.low()) + " – " + Display.number(t.high()),
                    Display.interval(m.mean(), m.ci95Low(), m.ci95High()), Display.signedPercent(r.relativeError()),
                    r.within() ? "met" : "missed", t.source()));
            classes.add(r.within() ? "met" : "missed");
        }
        Html.table(b, List.of("target", "metric", "window", "observed", "tolerance", "model mean [95% CI]",
                "relative error", "within tolerance", "source"), rows, classes);
    }
}
