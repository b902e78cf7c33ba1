package org.durand.chart;

import java.util.ArrayList;
import java.util.List;

import org.durand.output.Display;
import org.durand.experiment.sensitivity.Index;
import org.durand.experiment.sweep.SweepPlan;
import org.durand.experiment.sweep.SweepResults;
import org.durand.experiment.sweep.Varied;

/** Builds the self-contained {@code report.html} of a sweep: the plan, the counts, the indices and every chart. */
final class SweepReportHtml {

    private SweepReportHtml() {
    }

    static String build(SweepPlan plan, SweepResults results, List<Index> indices, List<ChartSpec> charts) {
        ChartContext ctx = SweepCharts.context(plan);
        StringBuilder b = Html.begin("Durand sweep report: " + ctx.label());
        b.append("<h1>").append(Html.esc(ctx.label())).append("</h1>\n<p class=\"muted\">")
                .append(Html.esc(ctx.subtitle(false))).append(" · ").append(results.runs()).append(" runs, ")
                .append(results.failed()).append(" failed (see runs.csv)</p>\n");
        b.append("<h2>Plan</h2>\n");
        boolean grid = plan.design() == org.durand.experiment.sweep.Design.GRID;
        List<List<String>> rows = new ArrayList<>();
        for (Varied v : plan.varied()) {
            List<String> row = new ArrayList<>(List.of(v.path(), v.kind().label(), v.text(v.low()), v.text(v.high()),
                    v.spread().describe()));
            if (grid) {
                row.add(Integer.toString(v.steps()));   // steps belong to the grid design alone
            }
            rows.add(row);
        }
        List<String> header = new ArrayList<>(List.of("varied parameter", "kind", "low", "high", "spread"));
        if (grid) {
            header.add("grid steps");
        }
        Html.table(b, header, rows, null);
        b.append("<p>Design <b>").append(Html.esc(plan.design().word())).append("</b>, ").append(plan.points())
                .append(" points × ").append(plan.reps()).append(" replicates; overrides at every point: ")
                .append(Html.esc(plan.overrides().isEmpty() ? "none" : String.join(", ", plan.overrides())))
                .append(". The plan is in plan.yaml; every run, with its seed, in runs.csv.</p>\n");
        b.append("<h2>Sensitivity</h2>\n<p class=\"muted\">").append(Html.esc(method(plan)))
                .append(" Replicate noise: the share of an outcome's variance that lies within points; where it is "
                        + "large, indices of that outcome are not distinguishable from noise.</p>\n");
        List<List<String>> irows = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        for (Index i : indices) {
            irows.add(List.of(i.outcome(), i.parameter(), i.measure(), Display.number(i.value()),
                    Double.isNaN(i.low()) ? "" : Display.number(i.low()) + " – " + Display.number(i.high()),
                    Integer.toString(i.n())));
            classes.add(i.method().equals("noise") ? "signif" : null);
        }
        Html.table(b, List.of("outcome", "parameter", "measure", "value", "95% interval", "n"), irows, classes);
        b.append("<h2>Charts</h2>\n");
        for (ChartSpec c : charts) {
            Html.figure(b, c.name(), c.caption());
        }
        return Html.end(b);
    }

    private static String method(SweepPlan plan) {
        return switch (plan.design()) {
            case SOBOL -> "Sobol indices of each outcome's mean over replicates: first order (Saltelli 2010) and "
                    + "total (Jansen), with 95% bootstrap intervals over the base rows.";
            case MORRIS -> "Morris elementary effects per whole parameter range: μ* (importance) with a 95% bootstrap "
                    + "interval, μ (sign) and σ (non-linearity or interaction).";
            default -> "Partial rank correlation coefficients of each outcome's mean over replicates with each "
                    + "parameter, with 95% intervals (Fisher z).";
        };
    }
}
