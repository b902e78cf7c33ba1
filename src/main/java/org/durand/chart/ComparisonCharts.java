package org.durand.chart;

import java.time.YearMonth;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

/** Overlay charts of several runs: one colour per run, mean line with 5–95% band. */
final class ComparisonCharts {

    private ComparisonCharts() {
    }

    /** The three overlay charts: tension, monthly fatalities and cumulative returns. */
    static List<ChartSpec> build(List<RunInputs> runs, List<String> labels) {
        // the bands are as wide as the run with the fewest replicates allows
        int fewest = runs.stream().mapToInt(r -> r.run().results().size()).min().orElse(0);
        ChartContext ctx = new ChartContext("Comparison of " + runs.size() + " runs: " + String.join(" vs ", labels),
                0, null, fewest);
        double maxReturns = 0;
        for (RunInputs r : runs) {
            maxReturns = Math.max(maxReturns, Band.of(cumulativeReturns(r)).max());
        }
        String people = runs.get(0).metrics().unit("returns_total");
        Unit unit = Unit.forMax(maxReturns, people);
        return List.of(
                overlay("compare_tension", "Tension index (0–100), by run", "Tension index (0–100, monthly mean)",
                        runs.get(0).metrics().unit("tension_index"), runs, labels, ctx, r -> Band.of(r.series().metric("tension_index"))),
                overlay("compare_fatalities", "Monthly fatalities (security forces, civilians and militants), by run",
                        "Fatalities per month (" + people + ")", people, runs, labels, ctx,
                        r -> Band.of(r.series().metric("fatalities_total"))),
                overlay("compare_returns", "Cumulative refugee returns (" + unit.label() + "), by run",
                        "Cumulative returns (" + unit.label() + ")", unit.label(), runs, labels, ctx,
                        r -> Band.of(cumulativeReturns(r)).scaled(unit.divisor())));
    }

    private static ChartSpec overlay(String name, String title, String axis, String unit, List<RunInputs> runs,
                                     List<String> labels, ChartContext ctx, Function<RunInputs, Band> band) {
        TreeSet<YearMonth> all = new TreeSet<>();
        runs.forEach(r -> all.addAll(r.series().months()));
        PlotTable table = new PlotTable();
        XYPlot plot = ChartStyle.plot(ChartStyle.dateAxis(List.copyOf(all)), ChartStyle.valueAxis(axis, true));
        for (int i = 0; i < runs.size(); i++) {
            BandSeries.add(plot, i, runs.get(i).series().months(),
                    List.of(new BandSeries.Line(labels.get(i), band.apply(runs.get(i)), Palette.cycle(i))),
                    table, unit);
        }
        JFreeChart chart = ChartStyle.chart(title, plot, ctx, true, List.of());
        return new ChartSpec(name, title + ": mean across replicates with " + ctx.span() + " band", chart, table);
    }

    /** Per-rep cumulative returns (deported and pressured). */
    static double[][] cumulativeReturns(RunInputs r) {
        return TimeSeriesTable.cumulative(r.series().metric("returns_total"));
    }
}
