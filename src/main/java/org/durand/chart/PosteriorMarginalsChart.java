package org.durand.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.durand.calibrate.FitParameter;
import org.durand.experiment.Posterior;
import org.durand.io.Numbers;
import org.durand.output.Display;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * {@code posterior-marginals}: one panel per fitted parameter with the weighted histogram of the
 * posterior particles over the parameter's prior bounds, so the reader sees how far the data
 * narrowed the prior. Heights are densities relative to the uniform prior (the posterior density
 * over the prior's, 1/(high − low)): the prior is the flat line at 1 in every panel, and the panels
 * share their vertical axis. The weighted median and the 90% credible interval (weighted 5th to
 * 95th percentile, {@link Posterior#quantile}) are marked.
 */
final class PosteriorMarginalsChart {

    static final String NAME = "posterior-marginals";
    /** What the heights are, for the axis and the CSV. */
    static final String DENSITY = "density relative to the prior";
    static final Color BARS = Palette.cycle(0);
    static final Color MEDIAN = Palette.CIVILIAN;
    private static final int MIN_BINS = 10;
    private static final int MAX_BINS = 60;

    private PosteriorMarginalsChart() {
    }

    /** The chart of {@code posterior} with {@code priors} in the posterior's parameter order. */
    static ChartSpec build(Posterior posterior, List<FitParameter> priors) {
        double[][] values = posterior.values();
        double[] weights = posterior.weights();
        int d = priors.size();
        PlotTable table = new PlotTable();
        List<XYPlot> panels = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        List<NumberAxis> heights = new ArrayList<>();
        double top = 1;
        for (int j = 0; j < d; j++) {
            FitParameter prior = priors.get(j);
            double[] column = new double[values.length];
            for (int i = 0; i < column.length; i++) {
                column[i] = values[i][j];
            }
            int bins = bins(posterior, j, prior);
            XYIntervalSeries s = histogram(prior, column, weights, bins, table);
            for (int b = 0; b < s.getItemCount(); b++) {
                top = Math.max(top, s.getYValue(b));
            }
            XYBarRenderer bars = new XYBarRenderer();
            bars.setBarPainter(new StandardXYBarPainter());
            bars.setShadowVisible(false);
            bars.setSeriesPaint(0, Palette.alpha(BARS, 200));
            bars.setDrawBarOutline(true);
            bars.setSeriesOutlinePaint(0, Color.WHITE);
            bars.setSeriesOutlineStroke(0, new BasicStroke(0.5f));
            double lo = posterior.quantile(j, 0.05);
            double median = posterior.quantile(j, 0.5);
            double hi = posterior.quantile(j, 0.95);
            NumberAxis x = ChartStyle.valueAxis("median " + Display.number(median) + ", 90% interval "
                    + Display.number(lo) + " – " + Display.number(hi), false);
            x.setLabelFont(ChartStyle.SUBTITLE);
            x.setRange(Math.min(prior.low(), s.getXLowValue(0)),
                    Math.max(prior.high(), s.getXHighValue(s.getItemCount() - 1)));
            ChartStyle.ticks(x, d == 1 ? 12 : 6);
            NumberAxis y = ChartStyle.valueAxis(DENSITY, true);
            heights.add(y);
            XYPlot plot = ChartStyle.plot(x, y);
            XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
            data.addSeries(s);
            plot.setDataset(data);
            plot.setRenderer(bars);
            plot.addDomainMarker(new IntervalMarker(lo, hi, Palette.alpha(MEDIAN, 28)), Layer.BACKGROUND);
            plot.addDomainMarker(new ValueMarker(median, MEDIAN, ChartStyle.LINE), Layer.FOREGROUND);
            plot.addRangeMarker(new ValueMarker(1, Palette.TOTAL, Legends.dashed(2.5f)), Layer.FOREGROUND);
            panels.add(plot);
            headings.add(prior.path());
            table.add("prior " + prior.path(), "", 1, prior.low(), prior.high(), DENSITY,
                    "uniform prior on [low, high]");
            table.add("credible " + prior.path(), "", median, lo, hi, "parameter value",
                    "weighted median; low/high = 5th and 95th weighted percentiles (90% credible interval)");
        }
        for (NumberAxis y : heights) {
            y.setRange(0, top * 1.08);
            ChartStyle.ticks(y, d <= 3 ? 10 : 5);
        }
        int columns = d <= 3 ? d : (int) Math.ceil(Math.sqrt(d));
        GridPlot grid = new GridPlot(columns, panels, d == 1 ? null : headings, 96, 64, true);   // the title names one
        grid.legend(List.of(
                Legends.box("Posterior: weighted histogram of the particles", Palette.alpha(BARS, 200)),
                Legends.line("Uniform prior (density 1 on the prior bounds)", Palette.TOTAL, Legends.dashed(2.5f)),
                Legends.line("Weighted median", MEDIAN, ChartStyle.LINE),
                Legends.box("90% credible interval", Palette.alpha(MEDIAN, 50))));
        String title = d == 1 ? "Posterior of " + priors.get(0).path() : "Posterior of " + d + " parameters";
        JFreeChart chart = ChartStyle.chart(title + " over the prior bounds", grid, PosteriorCharts.context(posterior),
                false, List.of());
        return new ChartSpec(NAME, "Marginal posteriors: weighted histograms of the particles over each parameter's "
                + "prior bounds, with the uniform prior, the weighted median and the 90% credible interval", chart,
                table);
    }

    /**
     * Bins across the prior's width by the Freedman–Diaconis rule (Freedman and Diaconis 1981), width
     * 2·IQR·n<sup>−1/3</sup>, with the weighted interquartile range and the effective sample size as
     * n; between {@value #MIN_BINS} and {@value #MAX_BINS}.
     */
    static int bins(Posterior posterior, int j, FitParameter prior) {
        double iqr = posterior.quantile(j, 0.75) - posterior.quantile(j, 0.25);
        if (!(iqr > 0)) {
            return MAX_BINS;
        }
        double width = 2 * iqr * Math.pow(posterior.effectiveSampleSize(), -1.0 / 3);
        double bins = Math.ceil((prior.high() - prior.low()) / width);
        return (int) Math.max(MIN_BINS, Math.min(MAX_BINS, bins));
    }

    /**
     * Edge {@code k} of {@code bins} equal bins across the prior (outside it for k &lt; 0 or
     * k &gt; bins); edges 0 and {@code bins} are the prior's bounds exactly.
     */
    private static double edge(FitParameter prior, int k, int bins) {
        return k == bins ? prior.high() : prior.low() + k * ((prior.high() - prior.low()) / bins);
    }

    /**
     * The weighted histogram of {@code column}: {@code bins} bins of equal width across the prior,
     * extended by whole bins to hold any particle outside it; heights relative to the prior's density.
     */
    private static XYIntervalSeries histogram(FitParameter prior, double[] column, double[] weights, int bins,
                                              PlotTable table) {
        double width = (prior.high() - prior.low()) / bins;
        double min = prior.low();
        double max = prior.high();
        for (double v : column) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        int below = (int) Math.ceil((prior.low() - min) / width - 1e-9);
        int above = (int) Math.ceil((max - prior.high()) / width - 1e-9);
        double start = edge(prior, -below, bins);
        int total = below + bins + above;
        double[] mass = new double[total];
        for (int i = 0; i < column.length; i++) {
            int b = (int) Math.floor((column[i] - start) / width);
            mass[Math.max(0, Math.min(total - 1, b))] += weights[i];
        }
        XYIntervalSeries s = new XYIntervalSeries(prior.path(), false, true);
        double scale = (prior.high() - prior.low()) / width;
        for (int b = 0; b < total; b++) {
            double from = edge(prior, b - below, bins);
            double to = edge(prior, b + 1 - below, bins);
            double height = mass[b] * scale;
            s.add((from + to) / 2, from, to, height, height, height);
            table.add("posterior " + prior.path(), Numbers.statistic((from + to) / 2), height, from, to, DENSITY,
                    "histogram bin from low to high; weight " + Numbers.statistic(mass[b]));
        }
        return s;
    }
}
