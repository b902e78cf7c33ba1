package org.durand.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import org.durand.calibrate.FitParameter;
import org.durand.experiment.Posterior;
import org.durand.io.Numbers;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code posterior-pairs}: the particles of a posterior of d ≥ 2 parameters for every pair of
 * parameters, as the lower triangle of a scatter-plot matrix (column j shows parameter j across,
 * row i parameter i + 1 up), each axis spanning its prior bounds. A dot's area grows with the
 * particle's weight, so correlations and ridges the data leave between parameters show as the
 * weighted cloud's shape.
 */
final class PosteriorPairsChart {

    static final String NAME = "posterior-pairs";
    static final Color DOTS = Palette.cycle(0);
    /** Radius in pixels of the lightest and of the heaviest particle's dot. */
    private static final double SMALLEST = 1.5;
    private static final double LARGEST = 6;
    /** Pixels for the vertical axes' tick labels, beside their label. */
    private static final double TICKS = 64;

    /** Text measured as the charts draw it: anti-aliased, fractional metrics, no transform. */
    private static final FontRenderContext RENDERING = new FontRenderContext(null, true, true);

    private PosteriorPairsChart() {
    }

    /** The chart; {@code priors} in the posterior's parameter order, at least two of them. */
    static ChartSpec build(Posterior posterior, List<FitParameter> priors) {
        double[][] values = posterior.values();
        double[] weights = posterior.weights();
        int d = priors.size();
        int side = d - 1;
        Font label = ChartStyle.AXIS_LABEL.deriveFont(d <= 3 ? 18f : 15f);
        // from four parameters on, rows are too low for a path written upwards: write it across
        boolean across = side >= 3;
        double left = TICKS + 34;
        double size = d <= 3 ? 1 : 0.7;
        PlotTable table = new PlotTable();
        List<XYPlot> cells = new ArrayList<>();
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                if (c > r) {
                    cells.add(null);
                    continue;
                }
                FitParameter px = priors.get(c);
                FitParameter py = priors.get(r + 1);
                XYSeries s = new XYSeries(py.path() + " vs " + px.path(), false, true);
                for (int i = 0; i < values.length; i++) {
                    s.add(values[i][c], values[i][r + 1]);
                    table.addExact(s.getKey().toString(), Numbers.format(values[i][c]), values[i][r + 1], Double.NaN,
                            Double.NaN, "parameter values", "particle " + i + "; weight " + Numbers.format(weights[i]));
                }
                NumberAxis y = axis(py, values, r + 1, label);
                if (across) {
                    y.setLabelAngle(Math.PI / 2);
                    left = Math.max(left, TICKS + 12 + label.getStringBounds(py.path(), RENDERING).getWidth());
                }
                XYPlot plot = ChartStyle.plot(axis(px, values, c, label), y);
                plot.setDataset(new XYSeriesCollection(s));
                plot.setRenderer(new WeightedDots(weights, size));
                cells.add(plot);
            }
        }
        GridPlot grid = new GridPlot(side, cells, null, left, 62, false);
        grid.legend(List.of(
                Legends.shape("Particle (area ∝ weight)", Palette.alpha(DOTS, 150),
                        new Ellipse2D.Double(-5, -5, 10, 10))));
        JFreeChart chart = ChartStyle.chart(d == 2 ? "Posterior particles of two parameters"
                : "Posterior particles, pair by pair", grid, PosteriorCharts.context(posterior), false, List.of());
        return new ChartSpec(NAME, "Posterior particles for every pair of fitted parameters, axes on the prior bounds, "
                + "dot area by weight", chart, table);
    }

    /** An axis over the prior bounds, widened to any particle outside them. */
    private static NumberAxis axis(FitParameter prior, double[][] values, int j, Font label) {
        double lo = prior.low();
        double hi = prior.high();
        for (double[] row : values) {
            lo = Math.min(lo, row[j]);
            hi = Math.max(hi, row[j]);
        }
        NumberAxis a = ChartStyle.valueAxis(prior.path(), false);
        a.setLabelFont(label);
        a.setRange(lo, hi);
        ChartStyle.ticks(a, 6);
        return a;
    }

    /** Translucent dots whose area is proportional to the particle's weight (item i = particle i). */
    private static final class WeightedDots extends XYLineAndShapeRenderer {
        private static final long serialVersionUID = 1L;
        private final double[] weights;
        private final double heaviest;
        private final double size;

        /** {@code size} scales every dot (1 for the full size). */
        WeightedDots(double[] weights, double size) {
            super(false, true);
            this.weights = weights;
            double max = 0;
            for (double w : weights) {
                max = Math.max(max, w);
            }
            this.heaviest = max;
            this.size = size;
            setSeriesPaint(0, Palette.alpha(DOTS, 110));
        }

        @Override
        public Shape getItemShape(int series, int item) {
            double share = weights[item] / heaviest;
            double r = size * Math.sqrt(SMALLEST * SMALLEST + share * (LARGEST * LARGEST - SMALLEST * SMALLEST));
            return new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
        }
    }
}
