package org.durand.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.durand.calibrate.BacktestRow;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

/**
 * Charts of an out-of-sample backtest ({@code durand backtest}): how the model, fitted to the
 * earlier targets, predicts the later ones, beside two naive forecasts made from the fitted
 * observations alone. Writes {@code backtest} (every scored target on one axis, values divided by
 * the observed value) and {@code backtest-<target id>} per target (in the target's own unit), each
 * as PNG, SVG and the CSV of exactly the numbers drawn. A naive forecast that does not exist (NaN)
 * is left out of the plots and written as an empty cell.
 */
public final class BacktestCharts {

    /** What a target id may not hold in a file name. */
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9-]");

    private BacktestCharts() {
    }

    /**
     * Writes the charts above into {@code chartsDir}; nothing when {@code rows} is empty.
     *
     * @param chartsDir folder of the charts; created if missing (its parent must exist)
     * @param rows      the scored targets, in the order to list them
     * @throws IOException              when a file cannot be written
     */
    public static void write(Path chartsDir, List<BacktestRow> rows) throws IOException {
        written(chartsDir, rows);
    }

    /** As {@link #write}, returning the charts written, in order, for a report. */
    static List<ChartSpec> written(Path chartsDir, List<BacktestRow> rows) throws IOException {
        System.setProperty("java.awt.headless", "true");
        List<ChartSpec> charts = charts(rows);
        for (ChartSpec c : charts) {
            ChartWriter.write(c, chartsDir);
        }
        return charts;
    }

    /**
     * The charts {@link #write} writes, overview first, then {@code backtest-<id>} per row; an id
     * with characters other than letters, digits and '-' has them replaced by '-', and a name
     * taken twice gets {@code -2}, {@code -3}, ... so that every row has its own file.
     */
    static List<ChartSpec> charts(List<BacktestRow> rows) {
        List<ChartSpec> out = new ArrayList<>();
        if (rows.isEmpty()) {
            return out;
        }
        out.add(overview(rows));
        Set<String> names = new HashSet<>();
        for (BacktestRow r : rows) {
            ChartSpec c = BacktestTargetChart.build(r);
            String base = "backtest-" + UNSAFE.matcher(r.predictive().target().id()).replaceAll("-");
            String name = base;
            for (int k = 2; !names.add(name); k++) {
                name = base + "-" + k;
            }
            out.add(new ChartSpec(name, c.caption(), c.chart(), c.table()));
        }
        return out;
    }

    private static ChartSpec overview(List<BacktestRow> rows) {
        List<ForestPlot.Row> forest = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        int draws = 0;
        for (BacktestRow r : rows) {
            forest.add(PosteriorCharts.row(r.predictive(), r.naiveLast(), r.naiveMean()));
            sources.add(r.predictive().target().source());
            draws = Math.max(draws, r.predictive().model().n());
        }
        PlotTable table = new PlotTable();
        XYPlot plot = ForestPlot.build(forest, true, table);
        Legends.fixed(plot, ForestStyle.legend(forest, true));
        boolean without = rows.stream().anyMatch(r -> Double.isNaN(r.naiveLast()) && Double.isNaN(r.naiveMean()));
        ChartContext ctx = new ChartContext(rows.size() + (rows.size() == 1 ? " target" : " targets")
                + " scored out of sample · " + draws + " posterior draws per target"
                + (without ? " · a row without naive markers: no fitted target observes its metric" : ""), 0, null);
        JFreeChart chart = ChartStyle.chart("Backtest: model and naive forecasts ÷ observed", plot, ctx, false,
                sources);
        return new ChartSpec("backtest", "Out-of-sample backtest: per held-out target, the model's mean and 90% "
                + "predictive interval and the two naive forecasts, divided by the observed value (1 = observed)",
                chart, table);
    }
}
