package org.durand.chart;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** Chart 3: cumulative returns to Afghanistan, deported and pressured, against observed totals. */
final class ReturnsChart {

    static final String NAME = "returns";
    static final String TARGET_METRIC = "returns_total";

    private ReturnsChart() {
    }

    /** Builds the returns chart of one run. */
    static ChartSpec build(RunInputs in) {
        TimeSeriesTable ts = in.series();
        List<YearMonth> months = ts.months();
        Band total = Band.of(TimeSeriesTable.cumulative(ts.metric("returns_total")));
        Unit unit = Unit.forMax(total.max(), "people");
        PlotTable table = new PlotTable();
        XYPlot plot = ChartStyle.plot(ChartStyle.dateAxis(months),
                ChartStyle.valueAxis("Cumulative returns (" + unit.label() + ")", true));
        BandSeries.add(plot, 0, months, List.of(
                new BandSeries.Line("Total returns", total.scaled(unit.divisor()), Palette.TOTAL),
                new BandSeries.Line("Deported", cumulative(ts, "returns_deported", unit), Palette.DEPORTED),
                new BandSeries.Line("Pressured", cumulative(ts, "returns_pressured", unit), Palette.PRESSURED)),
                table, unit.label());
        List<Target> targets = in.targets(TARGET_METRIC);
        List<String> sources = new ArrayList<>();
        if (!targets.isEmpty()) {
            YIntervalSeries obs = new YIntervalSeries("Observed total (± tolerance)", false, true);
            for (Target t : targets) {
                double offset = offset(months, total, YearMonth.from(t.windowStart()));
                double d = unit.divisor();
                double y = (t.observed() + offset) / d;
                double lo = (Double.isNaN(t.toleranceLow()) ? t.observed() : t.toleranceLow()) / d + offset / d;
                double hi = (Double.isNaN(t.toleranceHigh()) ? t.observed() : t.toleranceHigh()) / d + offset / d;
                obs.add(ChartStyle.noon(t.windowEnd()), y, lo, hi);
                table.add(obs.getKey().toString(), t.windowEnd().toString(), y, lo, hi, unit.label(),
                        "target " + t.target() + ", window " + t.windowStart() + " to " + t.windowEnd()
                                + (offset > 0 ? "; shifted up by the model mean cumulative total before the window"
                                : ""));
                sources.add(t.source());
            }
            YIntervalSeriesCollection data = new YIntervalSeriesCollection();
            data.addSeries(obs);
            plot.setRenderer(1, observedRenderer());
            plot.setDataset(1, data);
        }
        JFreeChart chart = ChartStyle.chart("Cumulative refugee returns to Afghanistan (" + unit.label() + ")",
                plot, in.context(), true, sources);
        return new ChartSpec(NAME, "Cumulative returns (total, deported, pressured) with 5–95% bands; "
                + "observed totals with tolerance ranges where targets exist", chart, table);
    }

    /** Renderer for observed points with vertical tolerance bars, shared by the distribution chart. */
    static XYErrorRenderer observedRenderer() {
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDefaultLinesVisible(false);
        r.setDrawXError(false);
        r.setDrawYError(true);
        r.setSeriesShape(0, new Ellipse2D.Double(-8, -8, 16, 16));
        r.setSeriesPaint(0, Palette.OBSERVED);
        r.setErrorPaint(Palette.OBSERVED);
        r.setErrorStroke(new BasicStroke(2.5f));
        r.setCapLength(14);
        return r;
    }

    private static Band cumulative(TimeSeriesTable ts, String metric, Unit unit) {
        return Band.of(TimeSeriesTable.cumulative(ts.metric(metric))).scaled(unit.divisor());
    }

    /** Mean cumulative total up to the month before {@code windowStart}; 0 if the window starts the run. */
    private static double offset(List<YearMonth> months, Band total, YearMonth windowStart) {
        int idx = months.indexOf(windowStart.minusMonths(1));
        return idx < 0 ? 0 : total.mean()[idx];
    }
}
