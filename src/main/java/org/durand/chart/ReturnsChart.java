package org.durand.chart;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.durand.experiment.TargetResult;
import org.durand.scenario.Target;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Chart 3: refugee returns in two panels sharing the month axis. Above, cumulative returns (total,
 * deported, pressured), counted from the month the observed cumulative figures count from (the
 * earliest window of the multi-month returns targets; else the run's start), with those figures;
 * below, monthly returns with the observed values of one-month targets. Each observed value is
 * drawn as observed, with its tolerance range, on the panel whose quantity it measures; targets of
 * other windows are in the report's targets table only.
 */
final class ReturnsChart {

    static final String NAME = "returns";
    static final String TARGET_METRIC = "returns_total";

    private ReturnsChart() {
    }

    /** Builds the returns chart of one run. */
    static ChartSpec build(RunInputs in) {
        TimeSeriesTable ts = in.series();
        List<YearMonth> months = ts.months();
        String people = in.metrics().unit(TARGET_METRIC);
        // cumulative returns are counted from the month the observed cumulative figures count from
        // (the earliest window of the multi-month targets), else from the run's first month
        YearMonth origin = cumulativeOrigin(in, months);
        int from = Math.max(0, months.indexOf(origin));
        String axis = from == 0 ? "Cumulative" : "Since " + origin.getMonth().getDisplayName(
                java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH) + " " + origin.getYear();
        Band total = Band.of(TimeSeriesTable.cumulative(ts.metric(TARGET_METRIC), from));
        Unit unit = Unit.forMax(total.max(), people);
        PlotTable table = new PlotTable();
        XYPlot cumulative = ChartStyle.plot(null,
                ChartStyle.countAxis(axis + " (" + unit.label() + ")"));
        BandSeries.add(cumulative, 0, months, List.of(
                new BandSeries.Line("Total returns", total.scaled(unit.divisor()), Palette.TOTAL),
                new BandSeries.Line("Deported", cumulative(ts, "returns_deported", unit, from), Palette.DEPORTED),
                new BandSeries.Line("Pressured", cumulative(ts, "returns_pressured", unit, from), Palette.PRESSURED)),
                table, unit.label());
        Band monthly = Band.of(ts.metric(TARGET_METRIC));
        Unit monthUnit = Unit.forMax(monthly.max(), people);
        XYPlot perMonth = ChartStyle.plot(null,
                ChartStyle.countAxis("Per month (" + monthUnit.label() + ")"));
        BandSeries.add(perMonth, 0, months, List.of(new BandSeries.Line("Total returns per month",
                monthly.scaled(monthUnit.divisor()), Palette.TOTAL)), table, monthUnit.label() + " per month");

        List<String> sources = new ArrayList<>();
        List<Target> fromStart = new ArrayList<>();
        List<Target> oneMonth = new ArrayList<>();
        for (TargetResult r : in.targets(TARGET_METRIC)) {
            Target t = r.target();
            YearMonth start = YearMonth.from(t.from());
            if (start.equals(YearMonth.from(t.to()))) {
                oneMonth.add(t);
            } else if (origin != null && !start.isAfter(origin) && !start.isBefore(months.get(0))) {
                fromStart.add(t);
            }
        }
        observed(cumulative, fromStart, unit, table, sources, false);
        observed(perMonth, oneMonth, monthUnit, table, sources, true);

        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(ChartStyle.dateAxis(months));
        plot.setGap(24);
        plot.add(cumulative, 3);
        plot.add(perMonth, 2);
        List<LegendItem> legend = new ArrayList<>();
        legend.add(Legends.line("Total returns", Palette.TOTAL, ChartStyle.LINE));
        legend.add(Legends.line("Deported", Palette.DEPORTED, ChartStyle.LINE));
        legend.add(Legends.line("Pressured", Palette.PRESSURED, ChartStyle.LINE));
        legend.add(Legends.box("" + in.context().span() + " of replicates", Palette.alpha(Palette.TOTAL, 90)));
        if (!fromStart.isEmpty() || !oneMonth.isEmpty()) {
            legend.add(Legends.shape("Observed (bar: tolerance range)", Palette.OBSERVED,
                    new Ellipse2D.Double(-7, -7, 14, 14)));
        }
        Legends.fixed(plot, legend);
        JFreeChart chart = ChartStyle.chart("Refugee returns from " + in.info().host()
                + ": cumulative (top) and per month (bottom)", plot, in.context(), true, sources);
        return new ChartSpec(NAME, "Cumulative returns (total, deported, pressured) and total returns per month, "
                + "means with " + in.context().span() + " bands; observed values with tolerance ranges where targets measure the same "
                + "quantity", chart, table);
    }

    /** Draws {@code targets} as observed points with tolerance bars on {@code plot}. */
    private static void observed(XYPlot plot, List<Target> targets, Unit unit, PlotTable table, List<String> sources,
                                 boolean midMonth) {
        if (targets.isEmpty()) {
            return;
        }
        YIntervalSeries obs = new YIntervalSeries("Observed", false, true);
        double d = unit.divisor();
        for (Target t : targets) {
            double lo = (Double.isNaN(t.low()) ? t.observed() : t.low()) / d;
            double hi = (Double.isNaN(t.high()) ? t.observed() : t.high()) / d;
            long x = midMonth ? ChartStyle.middle(YearMonth.from(t.to())) : ChartStyle.noon(t.to());
            obs.add(x, t.observed() / d, lo, hi);
            table.add("Observed", midMonth ? YearMonth.from(t.to()).toString() : t.to().toString(),
                    t.observed() / d, lo, hi, unit.label(), "target " + t.id() + ", window " + t.from() + " to "
                            + t.to() + "; low/high = tolerance");
            sources.add(t.source());
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(obs);
        plot.setRenderer(1, observedRenderer());
        plot.setDataset(1, data);
    }

    /** Renderer for observed points with vertical tolerance bars. */
    static XYErrorRenderer observedRenderer() {
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDefaultLinesVisible(false);
        r.setDrawXError(false);
        r.setDrawYError(true);
        r.setSeriesShape(0, new Ellipse2D.Double(-7, -7, 14, 14));
        r.setSeriesPaint(0, Palette.OBSERVED);
        r.setErrorPaint(Palette.OBSERVED);
        r.setErrorStroke(new BasicStroke(2.5f));
        r.setCapLength(14);
        return r;
    }

    private static Band cumulative(TimeSeriesTable ts, String metric, Unit unit, int from) {
        return Band.of(TimeSeriesTable.cumulative(ts.metric(metric), from)).scaled(unit.divisor());
    }

    /**
     * The month cumulative returns count from: the earliest start month of the run's multi-month
     * returns targets within the run, else the run's first month; null for an empty run.
     */
    private static YearMonth cumulativeOrigin(RunInputs in, List<YearMonth> months) {
        if (months.isEmpty()) {
            return null;
        }
        return in.targets(TARGET_METRIC).stream().map(TargetResult::target)
                .filter(t -> !YearMonth.from(t.from()).equals(YearMonth.from(t.to())))
                .map(t -> YearMonth.from(t.from())).filter(m -> !m.isBefore(months.get(0)))
                .min(YearMonth::compareTo).orElse(months.get(0));
    }
}
