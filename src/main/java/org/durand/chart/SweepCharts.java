package org.durand.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.durand.experiment.sensitivity.Index;
import org.durand.experiment.sweep.Design;
import org.durand.experiment.sweep.SweepAnalysis;
import org.durand.experiment.sweep.SweepPlan;
import org.durand.experiment.sweep.SweepResults;
import org.durand.io.Numbers;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * Builds the index charts of a sweep: a tornado (dot and 95% whisker per parameter, most
 * influential at the top) of Sobol or PRCC indices, or a Morris μ*–σ plot, per headline outcome.
 * A row whose index is not defined says why in the plot and in the chart's CSV; a PRCC of exactly
 * ±1 is marked as having no interval. The response and heatmap charts are in
 * {@link SweepResponseCharts}.
 */
final class SweepCharts {

    /** Outcomes charted when the plan names none: the headline ones of the default list. */
    static final List<String> HEADLINE = List.of("fatalities_total.all", "returns_deported.all",
            "returns_pressured.all", "refugees_remaining.end", "tension_index.all", "tension_index.peak");
    private static final int MOST = 12;

    private SweepCharts() {
    }

    /** Every chart of the sweep. */
    static List<ChartSpec> build(SweepPlan plan, SweepResults results, List<Index> indices) {
        List<ChartSpec> out = new ArrayList<>();
        ChartContext ctx = context(plan);
        for (String outcome : headline(plan, results)) {
            List<Index> mine = indices.stream().filter(i -> i.outcome().equals(outcome)).toList();
            out.add(switch (plan.design()) {
                case MORRIS -> morris(outcome, mine, ctx);
                default -> tornado(outcome, mine, ctx, plan.design().word(), undefined(plan, results, outcome));
            });
            out.addAll(SweepResponseCharts.build(plan, results, outcome, ctx));
        }
        return out;
    }

    static ChartContext context(SweepPlan plan) {
        String label = plan.scenario().getFileName().toString().replaceFirst("\\.ya?ml$", "") + " sweep · "
                + plan.design().word() + " · " + plan.points() + " points";
        return new ChartContext(label, plan.reps(), Long.toString(plan.seed()));
    }

    /** The outcomes charted: those the plan names (at most 12), else the headline ones present. */
    static List<String> headline(SweepPlan plan, SweepResults results) {
        List<String> present = results.outcomes();
        if (!plan.outcomes().isEmpty()) {
            return present.subList(0, Math.min(MOST, present.size()));
        }
        return HEADLINE.stream().filter(present::contains).toList();
    }

    /** A file name for an outcome: letters, digits and '-'. */
    static String slug(String outcome) {
        return outcome.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    static String noiseNote(List<Index> mine) {
        return mine.stream().filter(i -> i.method().equals("noise") && !Double.isNaN(i.value())).findFirst()
                .map(i -> String.format(Locale.ROOT, "replicate noise: %.0f%% of the variance lies within points",
                        100 * i.value()))
                .orElse("replicate noise: not measured (one replicate per point)");
    }

    /** Why each parameter's index is not defined, by parameter (only those not defined). */
    private static Map<String, String> undefined(SweepPlan plan, SweepResults results, String outcome) {
        Map<String, String> out = new HashMap<>();
        if (plan.design() == Design.SOBOL) {
            plan.paths().forEach(p -> out.put(p, "the outcome does not vary across the base rows"));
        } else {
            List<String> why = SweepAnalysis.undefinedPrcc(plan, results, results.outcomes().indexOf(outcome));
            for (int i = 0; i < why.size(); i++) {
                out.put(plan.paths().get(i), why.get(i));
            }
        }
        return out;
    }

    private static ChartSpec tornado(String outcome, List<Index> mine, ChartContext ctx, String design,
                                     Map<String, String> undefined) {
        boolean sobol = design.equals("sobol");
        String main = sobol ? "total_order" : "prcc";
        List<String> params = mine.stream().filter(i -> i.measure().equals(main))
                .sorted(Comparator.comparingDouble((Index i) -> Double.isNaN(i.value()) ? 0 : Math.abs(i.value())))
                .map(Index::parameter).toList();
        List<String> measures = sobol ? List.of("first_order", "total_order") : List.of("prcc");
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        PlotTable table = new PlotTable();
        List<XYTextAnnotation> notes = new ArrayList<>();
        for (int m = 0; m < measures.size(); m++) {
            String measure = measures.get(m);
            XYIntervalSeries s = new XYIntervalSeries(label(measure));
            double offset = measures.size() == 1 ? 0 : (m == 0 ? -0.15 : 0.15);
            for (int p = 0; p < params.size(); p++) {
                String param = params.get(p);
                for (Index i : mine) {
                    if (!i.parameter().equals(param) || !i.measure().equals(measure)) {
                        continue;
                    }
                    if (Double.isNaN(i.value())) {
                        String why = "not defined: " + undefined.getOrDefault(param, "too few values");
                        table.add(label(measure), param, Double.NaN, Double.NaN, Double.NaN, "index", why);
                        if (m == 0) {
                            notes.add(note(why, sobol ? 0.02 : -0.98, p, TextAnchor.CENTER_LEFT));
                        }
                        continue;
                    }
                    double lo = Double.isNaN(i.low()) ? i.value() : i.low();
                    double hi = Double.isNaN(i.high()) ? i.value() : i.high();
                    s.add(i.value(), lo, hi, p + offset, p + offset, p + offset);
                    boolean exact = !sobol && Math.abs(i.value()) == 1;
                    String exactly = String.format(Locale.ROOT, "exactly %+.0f: the ranks agree perfectly, so Fisher's "
                            + "z gives no interval", i.value());
                    table.add(label(measure), param, i.value(), i.low(), i.high(), "index",
                            (exact ? exactly : "95% interval") + "; n = " + i.n());
                    if (exact) {
                        notes.add(note(exactly + "  ", i.value() > 0 ? 0.96 : -0.96, p + 0.22,
                                i.value() > 0 ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT));
                    }
                }
            }
            data.addSeries(s);
        }
        SymbolAxis axis = new SymbolAxis(null, params.toArray(new String[0]));
        axis.setTickLabelFont(ChartStyle.TICK);
        axis.setGridBandsVisible(false);
        axis.setRange(-0.6, params.size() - 0.4);
        NumberAxis x = ChartStyle.valueAxis(sobol ? "Sobol index (share of the outcome's variance)"
                : "Partial rank correlation coefficient", true);
        if (!sobol) {
            x.setRange(-1.05, 1.05);
        }
        XYPlot plot = new XYPlot(data, x, axis, whiskers(measures.size()));
        ChartStyle.style(plot);
        plot.addDomainMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(1.5f)));
        notes.forEach(plot::addAnnotation);
        String title = (sobol ? "Sobol indices of " : "Partial rank correlations of ") + outcome;
        var chart = withNote(ChartStyle.chart(title, plot, ctx, false, List.of()), noiseNote(mine));
        return new ChartSpec("sensitivity-" + slug(outcome), title + " with 95% intervals, most influential at the top",
                chart, table);
    }

    private static ChartSpec morris(String outcome, List<Index> mine, ChartContext ctx) {
        XYIntervalSeries s = new XYIntervalSeries("parameters (μ* with 95% interval)");
        PlotTable table = new PlotTable();
        List<XYTextAnnotation> labels = new ArrayList<>();
        for (Index star : mine) {
            if (!star.measure().equals("mu_star") || Double.isNaN(star.value())) {
                continue;
            }
            double sigma = mine.stream().filter(i -> i.parameter().equals(star.parameter())
                    && i.measure().equals("sigma")).mapToDouble(Index::value).findFirst().orElse(Double.NaN);
            double sg = Double.isNaN(sigma) ? 0 : sigma;
            double lo = Double.isNaN(star.low()) ? star.value() : star.low();
            double hi = Double.isNaN(star.high()) ? star.value() : star.high();
            s.add(star.value(), lo, hi, sg, sg, sg);
            table.add("mu_star_vs_sigma", star.parameter(), sg, star.value(), Double.NaN, "outcome per range",
                    "x = mu_star " + Numbers.statistic(star.value()) + " [" + Numbers.statistic(star.low()) + ", "
                            + Numbers.statistic(star.high()) + "], y = sigma");
            XYTextAnnotation a = new XYTextAnnotation("  " + star.parameter(), star.value(), sg);
            a.setFont(ChartStyle.LEGEND);
            a.setTextAnchor(TextAnchor.BOTTOM_LEFT);
            labels.add(a);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(s);
        NumberAxis x = ChartStyle.valueAxis("μ* — mean |elementary effect| (" + outcome + " per whole range)", true);
        NumberAxis y = ChartStyle.valueAxis("σ of elementary effects", true);
        XYPlot plot = new XYPlot(data, x, y, whiskers(1));
        ChartStyle.style(plot);
        labels.forEach(plot::addAnnotation);
        String title = "Morris screening of " + outcome;
        var chart = withNote(ChartStyle.chart(title, plot, ctx, false, List.of()), noiseNote(mine));
        return new ChartSpec("morris-" + slug(outcome), title + ": right = influential, high = non-linear or "
                + "interacting", chart, table);
    }

    private static XYTextAnnotation note(String text, double x, double y, TextAnchor anchor) {
        XYTextAnnotation a = new XYTextAnnotation(text, x, y);
        a.setFont(ChartStyle.LEGEND.deriveFont(java.awt.Font.ITALIC));
        a.setPaint(Color.DARK_GRAY);
        a.setTextAnchor(anchor);
        return a;
    }

    /** Adds a second subtitle line. */
    static org.jfree.chart.JFreeChart withNote(org.jfree.chart.JFreeChart chart, String note) {
        org.jfree.chart.title.TextTitle t = new org.jfree.chart.title.TextTitle(note, ChartStyle.SUBTITLE);
        t.setPaint(Color.DARK_GRAY);
        chart.addSubtitle(t);
        return chart;
    }

    private static XYErrorRenderer whiskers(int series) {
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawYError(false);
        r.setDefaultLinesVisible(false);
        r.setCapLength(10);
        r.setErrorStroke(new BasicStroke(3f));
        for (int i = 0; i < series; i++) {
            Color c = Palette.cycle(i);
            r.setSeriesPaint(i, c);
            r.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-7, -7, 14, 14));
        }
        r.setErrorPaint(null);
        return r;
    }

    private static String label(String measure) {
        return switch (measure) {
            case "first_order" -> "first order S_i";
            case "total_order" -> "total S_Ti";
            default -> "PRCC with 95% interval (Fisher's z)";
        };
    }
}
