package org.durand.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.durand.calibrate.AbcSmc;
import org.durand.calibrate.BacktestRow;
import org.durand.calibrate.FitParameter;
import org.durand.calibrate.Predictive;
import org.durand.experiment.Posterior;
import org.durand.io.AtomicFiles;
import org.durand.output.Display;

/**
 * The charts and {@code report.html} of an approximate Bayesian calibration
 * ({@code calibrate --method abc}) or a backtest: one offline page with the backtest's scores (for
 * a backtest), the posterior of every parameter against its prior, the generations of the search,
 * the posterior predictive check of every target, and every chart.
 */
public final class PosteriorReport {

    /**
     * What the page shows besides the posterior.
     *
     * @param title      the page's heading, e.g. "baseline: posterior" or "baseline: backtest"
     * @param command    the settings in words (particles, budget, seed) for the line under the heading
     * @param result     the search's record (generations, simulations)
     * @param checks     the predictive check of every target
     * @param backtest   the scored targets of a backtest, or empty for a calibration
     * @param scores     the backtest's score lines, or empty
     */
    public record Contents(String title, String command, AbcSmc.Result result, List<Predictive> checks,
                           List<BacktestRow> backtest, String scores) {
    }

    private PosteriorReport() {
    }

    /**
     * Writes every chart into {@code dir/charts} and {@code dir/report.html}.
     *
     * @param dir    the output folder, which must exist
     * @param priors the uniform prior of every parameter of the posterior
     * @throws IOException when a file cannot be written
     */
    public static void write(Path dir, List<FitParameter> priors, Contents c) throws IOException {
        Posterior p = c.result().posterior();
        List<ChartSpec> backtestCharts = BacktestCharts.written(dir.resolve("charts"), c.backtest());
        List<ChartSpec> posteriorCharts = PosteriorCharts.written(dir.resolve("charts"), p, priors, c.checks());
        StringBuilder b = Html.begin("Durand: " + c.title());
        b.append("<h1>").append(Html.esc(c.title())).append("</h1>\n<p class=\"muted\">")
                .append(Html.esc(c.command())).append("</p>\n");
        if (c.result().generations().stream().filter(AbcSmc.Generation::complete).count() < 2) {
            b.append("<p><strong>No generation after the prior completed within the budget: the "
                    + "particles below are draws from the prior, not a posterior. Raise the budget or lower the "
                    + "particles.</strong></p>\n");
        }
        if (!c.backtest().isEmpty()) {
            backtest(b, c, backtestCharts);
        }
        b.append("<h2>Posterior</h2>\n<p class=\"muted\">ABC-SMC, uniform priors on the bounds; ")
                .append(p.size()).append(" particles, effective sample size ")
                .append(Display.number(p.effectiveSampleSize())).append(", ").append(c.result().simulations())
                .append(" simulations. Every particle is in <a href=\"posterior.csv\">posterior.csv</a>; what produced "
                + "them (inputs and their hashes, overrides, settings, priors) is in <a href=\"manifest.json\">"
                + "manifest.json</a>.</p>\n");
        List<List<String>> rows = new ArrayList<>();
        List<FitParameter> ordered = PosteriorCharts.ordered(p, priors);
        for (int j = 0; j < ordered.size(); j++) {
            FitParameter f = ordered.get(j);
            rows.add(List.of(f.path(), Display.number(f.low()) + " – " + Display.number(f.high()),
                    Display.number(p.quantile(j, 0.5)), Display.number(p.quantile(j, 0.05)) + " – "
                            + Display.number(p.quantile(j, 0.95)), Display.number(p.mean(j))));
        }
        Html.table(b, List.of("parameter", "prior (uniform)", "median", "90% credible interval", "mean"), rows, null);
        generations(b, c.result().generations());
        predictive(b, c.checks());
        b.append("<h2>Charts</h2>\n");
        for (ChartSpec s : posteriorCharts) {
            Html.figure(b, s.name(), s.caption());
        }
        AtomicFiles.writeString(dir.resolve("report.html"), Html.end(b));
    }

    private static void backtest(StringBuilder b, Contents c, List<ChartSpec> charts) {
        b.append("<h2>Backtest</h2>\n<p>").append(Html.esc(c.scores().trim()).replace("\n", "<br>\n"))
                .append("</p>\n<p class=\"muted\">Model: mean and 90% predictive interval over posterior draws; "
                + "naive forecasts from the fitted observations only. Also in <a href=\"backtest.csv\">"
                + "backtest.csv</a>.</p>\n");
        List<List<String>> rows = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        for (BacktestRow r : c.backtest()) {
            Predictive p = r.predictive();
            rows.add(List.of(p.target().id(), p.target().from() + " to " + p.target().to(),
                    Display.number(p.target().observed()),
                    Display.interval(p.model().mean(), p.model().p05(), p.model().p95()),
                    Display.signedPercent(p.relativeError()), p.within90() ? "yes" : "no",
                    Display.number(r.naiveLast()), Display.signedPercent(r.relativeError(r.naiveLast())),
                    Display.number(r.naiveMean()), Display.signedPercent(r.relativeError(r.naiveMean()))));
            classes.add(p.within90() ? "met" : "missed");
        }
        Html.table(b, List.of("target", "window", "observed", "model mean [90% interval]", "model error", "inside",
                "last rate", "error", "mean rate", "error"), rows, classes);
        for (ChartSpec s : charts) {
            Html.figure(b, s.name(), s.caption());
        }
    }

    private static void generations(StringBuilder b, List<AbcSmc.Generation> generations) {
        b.append("<h2>Generations</h2>\n<p class=\"muted\">Each generation's tolerance is a quantile of the "
                + "previous one's distances (weighted RMS relative error of the targets); the last incomplete one "
                + "ran out of budget. Also in <a href=\"generations.csv\">generations.csv</a>.</p>\n");
        List<List<String>> rows = new ArrayList<>();
        for (AbcSmc.Generation g : generations) {
            rows.add(List.of(Integer.toString(g.index()), Double.isInfinite(g.tolerance()) ? "∞ (prior)"
                    : Display.number(g.tolerance()), Integer.toString(g.simulations()), Integer.toString(g.accepted()),
                    String.format(Locale.ROOT, "%.0f%%", 100.0 * g.accepted() / g.simulations()),
                    Display.number(g.ess()), g.complete() ? "yes" : "no (budget spent)"));
        }
        Html.table(b, List.of("generation", "tolerance", "simulations", "accepted", "acceptance", "ESS", "complete"),
                rows, null);
    }

    private static void predictive(StringBuilder b, List<Predictive> checks) {
        b.append("<h2>Posterior predictive check</h2>\n<p class=\"muted\">Each target's observed value beside the "
                + "model's values at parameter sets drawn from the posterior (one run each); the observed "
                + "value's quantile is the share of draws at or below it (near 0 or 1: in a tail). Also in <a href=\"predictive.csv\">"
                + "predictive.csv</a>.</p>\n");
        List<List<String>> rows = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        for (Predictive p : checks) {
            rows.add(List.of(p.target().id(), p.fitted() ? "fitted" : "held out", Display.number(p.target().observed()),
                    Display.interval(p.model().mean(), p.model().p05(), p.model().p95()),
                    p.within90() ? "yes" : "no", Display.number(p.observedQuantile()), p.target().source()));
            classes.add(p.within90() ? "met" : "missed");
        }
        Html.table(b, List.of("target", "role", "observed", "model mean [90% interval]", "inside",
                "observed quantile", "source"), rows, classes);
    }
}
