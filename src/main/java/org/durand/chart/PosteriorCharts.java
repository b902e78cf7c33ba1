package org.durand.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.durand.calibrate.FitParameter;
import org.durand.calibrate.Predictive;
import org.durand.experiment.Posterior;
import org.durand.output.Display;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

/**
 * Charts of a posterior from approximate Bayesian computation ({@code durand calibrate --method
 * abc}) and of its posterior predictive check, each written as {@code <name>.png}, {@code .svg}
 * and the {@code .csv} of exactly the numbers drawn:
 * <ul>
 * <li>{@code posterior-marginals}: per parameter, the weighted histogram of the particles over the
 * prior bounds, the uniform prior, the weighted median and 90% credible interval;</li>
 * <li>{@code posterior-pairs}: the particles for every pair of parameters, dot area by weight (not
 * written for a single parameter);</li>
 * <li>{@code predictive-check}: per target, the model's 90% predictive interval and mean divided by
 * the observed value, fitted and held-out targets in their own colours (not written without
 * targets).</li>
 * </ul>
 * Outputs are byte-identical for identical inputs, in every locale; each file is written atomically.
 */
public final class PosteriorCharts {

    private PosteriorCharts() {
    }

    /**
     * Writes the charts above into {@code chartsDir}.
     *
     * @param chartsDir folder of the charts; created if missing (its parent must exist)
     * @param posterior the weighted particles
     * @param priors    the uniform prior of every parameter of the posterior, in any order
     * @param checks    the targets with the model's predictive statistics over posterior draws,
     *                  in the order to list them (fitted ones are drawn first); may be empty
     * @throws IllegalArgumentException when a parameter of the posterior has no prior
     * @throws IOException              when a file cannot be written
     */
    public static void write(Path chartsDir, Posterior posterior, List<FitParameter> priors, List<Predictive> checks)
            throws IOException {
        written(chartsDir, posterior, priors, checks);
    }

    /** As {@link #write}, returning the charts written, in order, for a report. */
    static List<ChartSpec> written(Path chartsDir, Posterior posterior, List<FitParameter> priors,
                                   List<Predictive> checks) throws IOException {
        System.setProperty("java.awt.headless", "true");
        List<ChartSpec> charts = charts(posterior, priors, checks);
        for (ChartSpec c : charts) {
            ChartWriter.write(c, chartsDir);
        }
        return charts;
    }

    /** The charts {@link #write} writes, in that order. */
    static List<ChartSpec> charts(Posterior posterior, List<FitParameter> priors, List<Predictive> checks) {
        List<FitParameter> ordered = ordered(posterior, priors);
        List<ChartSpec> out = new ArrayList<>();
        out.add(PosteriorMarginalsChart.build(posterior, ordered));
        if (ordered.size() > 1) {
            out.add(PosteriorPairsChart.build(posterior, ordered));
        }
        if (!checks.isEmpty()) {
            out.add(predictiveCheck(posterior, checks));
        }
        return out;
    }

    /** The subtitle of the posterior's charts: its size and effective sample size. */
    static ChartContext context(Posterior posterior) {
        return new ChartContext(posterior.size() + " particles · effective sample size "
                + Display.number(posterior.effectiveSampleSize()), 0, null);
    }

    /** {@code priors} in the order of the posterior's paths. */
    static List<FitParameter> ordered(Posterior posterior, List<FitParameter> priors) {
        List<FitParameter> out = new ArrayList<>();
        for (String path : posterior.paths()) {
            out.add(priors.stream().filter(p -> p.path().equals(path)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("the posterior's parameter " + path
                            + " has no prior; priors are given for "
                            + priors.stream().map(FitParameter::path).toList())));
        }
        return out;
    }

    private static ChartSpec predictiveCheck(Posterior posterior, List<Predictive> checks) {
        List<ForestPlot.Row> rows = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        int draws = 0;
        for (boolean fitted : new boolean[] {true, false}) {
            for (Predictive p : checks) {
                if (p.fitted() == fitted) {
                    rows.add(row(p, Double.NaN, Double.NaN));
                    sources.add(p.target().source());
                    draws = Math.max(draws, p.model().n());
                }
            }
        }
        PlotTable table = new PlotTable();
        XYPlot plot = ForestPlot.build(rows, false, table);
        Legends.fixed(plot, ForestStyle.legend(rows, false));
        ChartContext ctx = new ChartContext(context(posterior).label() + " · " + draws + " posterior draws per target",
                0, null);
        JFreeChart chart = ChartStyle.chart("Posterior predictive check: model ÷ observed", plot, ctx, false, sources);
        return new ChartSpec("predictive-check", "Posterior predictive check: per target, the model's mean and 90% "
                + "predictive interval over posterior draws divided by the observed value (1 = observed)", chart,
                table);
    }

    /** The forest-plot row of a target. */
    static ForestPlot.Row row(Predictive p, double naiveLast, double naiveMean) {
        return new ForestPlot.Row(p.target().id(), p.target().observed(), p.model().mean(), p.model().p05(),
                p.model().p95(), p.fitted(), naiveLast, naiveMean);
    }
}
