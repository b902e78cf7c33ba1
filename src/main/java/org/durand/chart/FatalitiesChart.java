package org.durand.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.time.YearMonth;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimePeriodAnchor;
import org.jfree.data.time.TimeTableXYDataset;

/**
 * Chart 2: monthly fatalities on the host's soil in two panels sharing the month axis: security
 * forces and civilians killed (stacked bars of the means, whiskers on their sum) above militants
 * killed (bars and whiskers), so that militant deaths are never read as victims.
 */
final class FatalitiesChart {

    static final String NAME = "fatalities";

    private FatalitiesChart() {
    }

    /** Builds the fatalities chart of one run. */
    static ChartSpec build(RunInputs in) {
        TimeSeriesTable ts = in.series();
        List<YearMonth> months = ts.months();
        String unit = in.metrics().unit("fatalities_total");
        PlotTable table = new PlotTable();
        XYPlot victims = ChartStyle.plot(null, ChartStyle.countAxis("Killed (" + unit + " per month)"));
        bars(victims, months, table, unit, List.of(
                new Category("Security forces killed (mean)", ts.metric("fatalities_security"), Palette.SECURITY),
                new Category("Civilians killed (mean)", ts.metric("fatalities_civilian"), Palette.CIVILIAN)));
        Band victimBand = Band.of(ts.sum("fatalities_security", "fatalities_civilian"));
        BandSeries.addWhiskers(victims, 1, months, victimBand, Palette.TOTAL);
        table.addBand("Security forces and civilians (whiskers)", months, victimBand, unit);

        XYPlot militants = ChartStyle.plot(null, ChartStyle.countAxis("Militants (" + unit + " per month)"));
        bars(militants, months, table, unit, List.of(
                new Category("Militants killed (mean)", ts.metric("fatalities_militant"), Palette.MILITANT)));
        Band militantBand = Band.of(ts.metric("fatalities_militant"));
        BandSeries.addWhiskers(militants, 1, months, militantBand, Palette.TOTAL);
        table.addBand("Militants killed (whiskers)", months, militantBand, unit);

        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(ChartStyle.dateAxis(months));
        plot.setGap(24);
        plot.add(victims, 3);
        plot.add(militants, 2);
        Legends.fixed(plot, List.of(
                Legends.box("Security forces killed", Palette.SECURITY),
                Legends.box("Civilians killed", Palette.CIVILIAN),
                Legends.box("Militants killed (operations, attacks, strikes)", Palette.MILITANT),
                Legends.line("" + in.context().span() + " of replicates (panel total)", Palette.TOTAL, new BasicStroke(2f))));
        JFreeChart chart = ChartStyle.chart("Monthly fatalities in " + in.info().host() + ": security forces and "
                + "civilians (top), militants (bottom)", plot, in.context(), false, List.of());
        return new ChartSpec(NAME, "Monthly fatalities on the host's soil: security forces and civilians killed "
                + "(stacked means, whiskers on their sum) and, separately, militants killed; whiskers span the " + in.context().span() + " "
                + "range across replicates", chart, table);
    }

    private record Category(String name, double[][] repByMonth, Color color) {
    }

    private static void bars(XYPlot plot, List<YearMonth> months, PlotTable table, String unit,
                             List<Category> categories) {
        TimeTableXYDataset stacked = monthTable();
        StackedXYBarRenderer bars = new StackedXYBarRenderer(0.12);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        for (int c = 0; c < categories.size(); c++) {
            Category cat = categories.get(c);
            Band band = Band.of(cat.repByMonth());
            for (int t = 0; t < months.size(); t++) {
                stacked.add(month(months.get(t)), band.mean()[t], cat.name(), false);
                table.add(cat.name(), months.get(t).toString(), band.mean()[t], Double.NaN, Double.NaN, unit,
                        categories.size() > 1 ? "stacked bar, mean of replicates" : "bar, mean of replicates");
            }
            bars.setSeriesPaint(c, cat.color());
        }
        plot.setRenderer(0, bars);
        plot.setDataset(0, stacked);
    }

    /** An empty UTC month table positioned at mid-month, shared with other bar charts. */
    static TimeTableXYDataset monthTable() {
        TimeTableXYDataset d = new TimeTableXYDataset(ChartStyle.UTC, java.util.Locale.ROOT);
        d.setXPosition(TimePeriodAnchor.MIDDLE);
        return d;
    }

    /** The JFreeChart period of a month. */
    static Month month(YearMonth m) {
        return new Month(m.getMonthValue(), m.getYear());
    }
}
