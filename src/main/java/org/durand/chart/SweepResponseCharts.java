package org.durand.chart;

import java.awt.Color;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.durand.experiment.ReplicateStatistics;
import org.durand.experiment.sweep.SweepPlan;
import org.durand.experiment.sweep.SweepResults;
import org.durand.experiment.sweep.Varied;
import org.durand.io.Numbers;
import org.durand.scenario.Parameter;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The outcome against the varied parameters: with one varied parameter, the mean across
 * replicates at each point with the band from the 5th to the 95th percentile of replicates; with
 * two, a heatmap of the mean (points binned on a grid of the two ranges).
 */
final class SweepResponseCharts {

    /** Background of heatmap cells that hold no point. */
    private static final Color EMPTY = new Color(0xBDBDBD);

    private SweepResponseCharts() {
    }

    /** The response charts of one outcome (none for three or more varied parameters). */
    static List<ChartSpec> build(SweepPlan plan, SweepResults results, String outcome, ChartContext ctx) {
        int o = results.outcomes().indexOf(outcome);
        return switch (plan.varied().size()) {
            case 1 -> List.of(line(plan.varied().get(0), results, o, outcome, ctx));
            case 2 -> List.of(heatmap(plan, results, o, outcome, ctx));
            default -> List.of();
        };
    }

    private static ChartSpec line(Varied v, SweepResults results, int o, String outcome, ChartContext bandCtx) {
        Integer[] order = new Integer[results.points()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(results.values(a)[0], results.values(b)[0]));
        int n = results.points() == 0 ? 0 : results.replicates(o, order[0]).length;
        String span = ChartContext.span(n);
        YIntervalSeries s = new YIntervalSeries(outcome + (v.kind() == Parameter.Kind.BOOLEAN
                ? " (mean of replicates; whisker: " + span + " of replicates)" : " (mean of replicates)"));
        PlotTable table = new PlotTable();
        for (int p : order) {
            double x = results.values(p)[0];
            ReplicateStatistics r = ReplicateStatistics.of(results.replicates(o, p));
            if (r.n() == 0 || Double.isNaN(x)) {
                continue;
            }
            s.add(x, r.mean(), r.p05(), r.p95());
            table.add(outcome, v.text(x), r.mean(), r.p05(), r.p95(), "", "mean; band " + ChartContext.span(r.n())
                    + " across " + r.n() + " reps");
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(s);
        boolean yesNo = v.kind() == Parameter.Kind.BOOLEAN;
        XYPlot plot = ChartStyle.plot(parameterAxis(v), ChartStyle.valueAxis(outcome, false));
        plot.setDataset(data);
        plot.setRenderer(yesNo ? dots() : band());
        String title = outcome + " against " + v.path();
        return new ChartSpec("response-" + SweepCharts.slug(outcome), title + (yesNo
                ? " (dot: mean of replicates; whisker: " + span + " of replicates)"
                : " (line: mean of replicates; band: " + span + " of replicates)"),
                ChartStyle.chart(title, plot, bandCtx, !yesNo, List.of()), table);
    }

    private static DeviationRenderer band() {
        DeviationRenderer r = new DeviationRenderer(true, true);
        r.setSeriesPaint(0, Palette.TENSION);
        r.setSeriesFillPaint(0, Palette.alpha(Palette.TENSION, 60));
        r.setSeriesStroke(0, ChartStyle.LINE);
        r.setAlpha(0.25f);
        return r;
    }

    /** Dots with whiskers: a yes/no parameter has no values between its two, so nothing joins them. */
    private static XYErrorRenderer dots() {
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setDefaultLinesVisible(false);
        r.setCapLength(12);
        r.setErrorStroke(new java.awt.BasicStroke(3f));
        r.setSeriesPaint(0, Palette.TENSION);
        r.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-7, -7, 14, 14));
        return r;
    }

    /**
     * The axis of a varied parameter: numbers as numbers, whole numbers with whole ticks, dates as
     * dates (the values are epoch days), yes/no as "false" and "true".
     */
    static NumberAxis parameterAxis(Varied v) {
        return switch (v.kind()) {
            case INTEGER -> ChartStyle.integerAxis(v.path(), false);
            case BOOLEAN -> {
                SymbolAxis a = new SymbolAxis(v.path(), new String[] {"false", "true"});
                a.setTickLabelFont(ChartStyle.TICK);
                a.setLabelFont(ChartStyle.AXIS_LABEL);
                a.setGridBandsVisible(false);
                a.setRange(-0.5, 1.5);
                yield a;
            }
            case DATE -> {
                NumberAxis a = ChartStyle.valueAxis(v.path(), false);
                TickUnits units = new TickUnits();
                for (int days : new int[] {1, 2, 7, 14, 30, 61, 91, 182, 365, 730, 1461, 3652}) {
                    units.add(new NumberTickUnit(days, new EpochDayFormat()));
                }
                a.setStandardTickUnits(units);
                yield a;
            }
            default -> ChartStyle.valueAxis(v.path(), false);
        };
    }

    /** Formats a number of days since 1970-01-01 as the ISO date (YYYY-MM-DD). */
    private static final class EpochDayFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;

        @Override
        public StringBuffer format(double days, StringBuffer to, FieldPosition pos) {
            return format(Math.round(days), to, pos);
        }

        @Override
        public StringBuffer format(long days, StringBuffer to, FieldPosition pos) {
            return to.append(LocalDate.ofEpochDay(days));
        }

        @Override
        public Number parse(String text, ParsePosition pos) {
            LocalDate d = LocalDate.parse(text.substring(pos.getIndex()));
            pos.setIndex(text.length());
            return d.toEpochDay();
        }
    }

    private static ChartSpec heatmap(SweepPlan plan, SweepResults results, int o, String outcome, ChartContext ctx) {
        Varied vx = plan.varied().get(0);
        Varied vy = plan.varied().get(1);
        boolean grid = plan.design().word().equals("grid");
        int bx = grid ? vx.steps() : bins(results.points());
        int by = grid ? vy.steps() : bins(results.points());
        double[][] sum = new double[bx][by];
        int[][] count = new int[bx][by];
        double[] means = results.means(o);
        for (int p = 0; p < results.points(); p++) {
            double[] v = results.values(p);
            if (Double.isNaN(means[p]) || Double.isNaN(v[0])) {
                continue;
            }
            int i = bin(v[0], vx, bx, grid);
            int j = bin(v[1], vy, by, grid);
            sum[i][j] += means[p];
            count[i][j]++;
        }
        List<double[]> cells = new ArrayList<>();
        PlotTable table = new PlotTable();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double wx = (vx.high() - vx.low()) / (grid ? bx - 1 : bx);
        double wy = (vy.high() - vy.low()) / (grid ? by - 1 : by);
        for (int i = 0; i < bx; i++) {
            for (int j = 0; j < by; j++) {
                if (count[i][j] == 0) {
                    continue;
                }
                double x = grid ? vx.low() + i * wx : vx.low() + (i + 0.5) * wx;
                double y = grid ? vy.low() + j * wy : vy.low() + (j + 0.5) * wy;
                double z = sum[i][j] / count[i][j];
                cells.add(new double[] {x, y, z});
                min = Math.min(min, z);
                max = Math.max(max, z);
                // a cell's centre is derived from the bounds: written as the decimal it means
                String cell = vx.path() + "=" + vx.text(Numbers.derived(x)) + ";" + vy.path() + "="
                        + vy.text(Numbers.derived(y));
                table.add(outcome, cell, z,
                        Double.NaN, Double.NaN, "", "mean of " + count[i][j] + " point(s), replicates averaged");
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        double[][] series = new double[3][cells.size()];
        for (int c = 0; c < cells.size(); c++) {
            for (int d = 0; d < 3; d++) {
                series[d][c] = cells.get(c)[d];
            }
        }
        data.addSeries(outcome, series);
        LookupPaintScale scale = scale(min, max);
        XYBlockRenderer r = new XYBlockRenderer();
        r.setBlockWidth(wx);
        r.setBlockHeight(wy);
        r.setPaintScale(scale);
        XYPlot plot = ChartStyle.plot(parameterAxis(vx), parameterAxis(vy));
        plot.setDataset(data);
        plot.setRenderer(r);
        plot.getDomainAxis().setRange(vx.low() - (grid ? wx / 2 : 0), vx.high() + (grid ? wx / 2 : 0));
        plot.getRangeAxis().setRange(vy.low() - (grid ? wy / 2 : 0), vy.high() + (grid ? wy / 2 : 0));
        String title = "Mean " + outcome;
        var chart = ChartStyle.chart(title, plot, ctx, false, List.of());
        chart.removeLegend();
        int empty = bx * by - cells.size();
        if (empty > 0) {
            // the scale's middle is near-white: empty cells must not look like a middle value
            plot.setBackgroundPaint(EMPTY);
            SweepCharts.withNote(chart, "grey: " + empty + (empty == 1 ? " cell" : " cells")
                    + " with no point of the design");
        }
        NumberAxis zAxis = ChartStyle.valueAxis(outcome, false);
        PaintScaleLegend legend = new PaintScaleLegend(scale, zAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(24);
        legend.setMargin(4, 12, 40, 4);
        chart.addSubtitle(legend);
        return new ChartSpec("heatmap-" + SweepCharts.slug(outcome), title + " over " + vx.path() + " and " + vy.path()
                + (grid ? " (each cell a grid point)" : " (points binned " + bx + " × " + by + ")"), chart, table);
    }

    private static int bins(int points) {
        return (int) Math.max(2, Math.min(12, Math.round(Math.sqrt(points / 2.0))));
    }

    /** The cell of a value: the nearest level on a grid, else the equal-width bin holding it. */
    private static int bin(double value, Varied v, int bins, boolean grid) {
        double u = (value - v.low()) / (v.high() - v.low());
        double cell = grid ? Math.round(u * (bins - 1)) : Math.floor(u * bins);
        return (int) Math.max(0, Math.min(bins - 1, cell));
    }

    /** A blue–white–red scale from min to max in 64 steps. */
    private static LookupPaintScale scale(double min, double max) {
        double lo = Double.isFinite(min) ? min : 0;
        double hi = Double.isFinite(max) && max > lo ? max : lo + 1;
        LookupPaintScale s = new LookupPaintScale(lo, hi, Color.LIGHT_GRAY);
        Color a = new Color(0x2166AC);
        Color mid = new Color(0xF7F7F7);
        Color b = new Color(0xB2182B);
        for (int i = 0; i < 64; i++) {
            double t = i / 63.0;
            Color from = t < 0.5 ? a : mid;
            Color to = t < 0.5 ? mid : b;
            double f = t < 0.5 ? t * 2 : (t - 0.5) * 2;
            s.add(lo + t * (hi - lo), new Color((int) (from.getRed() + f * (to.getRed() - from.getRed())),
                    (int) (from.getGreen() + f * (to.getGreen() - from.getGreen())),
                    (int) (from.getBlue() + f * (to.getBlue() - from.getBlue()))));
        }
        return s;
    }
}
