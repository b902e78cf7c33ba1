package org.durand.chart;

import java.awt.Color;
import java.time.YearMonth;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimePeriodAnchor;
import org.jfree.data.time.TimeTableXYDataset;

/** Chart 2: monthly fatalities by category as stacked bars of the means, with the band of the total. */
final class FatalitiesChart {

    static final String NAME = "fatalities";

    private static final List<String> CATEGORIES = List.of("security", "civilian", "militant");
    private static final List<Color> COLORS = List.of(Palette.SECURITY, Palette.CIVILIAN, Palette.MILITANT);

    private FatalitiesChart() {
    }

    /** Builds the fatalities chart of one run. */
    static ChartSpec build(RunInputs in) {
        TimeSeriesTable ts = in.series();
        List<YearMonth> months = ts.months();
        PlotTable table = new PlotTable();
        XYPlot plot = ChartStyle.plot(ChartStyle.dateAxis(months),
                ChartStyle.valueAxis("Fatalities per month (people)", true));
        TimeTableXYDataset stacked = monthTable();
        StackedXYBarRenderer bars = new StackedXYBarRenderer(0.12);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        for (int c = 0; c < CATEGORIES.size(); c++) {
            String name = capitalize(CATEGORIES.get(c)) + " (mean)";
            Band band = Band.of(ts.metric("fatalities_" + CATEGORIES.get(c)));
            for (int t = 0; t < months.size(); t++) {
                stacked.add(month(months.get(t)), band.mean()[t], name, false);
                table.add(name, months.get(t).toString(), band.mean()[t], Double.NaN, Double.NaN, "people",
                        "stacked bar, mean of replicates");
            }
            bars.setSeriesPaint(c, COLORS.get(c));
        }
        plot.setRenderer(0, bars);
        plot.setDataset(0, stacked);
        double[][] total = ts.has("fatalities_total") ? ts.metric("fatalities_total")
                : ts.sum("fatalities_security", "fatalities_civilian", "fatalities_militant");
        Band totalBand = Band.of(total);
        BandSeries.addWhiskers(plot, 1, months, totalBand, Palette.TOTAL);
        table.addBand("Total (whiskers)", months, totalBand, "people");
        Legends.append(plot, List.of(Legends.line("Total: 5–95% of replicates", Palette.TOTAL,
                new java.awt.BasicStroke(2f))));
        JFreeChart chart = ChartStyle.chart("Monthly fatalities by category (people per month)", plot,
                in.context(), false, List.of());
        return new ChartSpec(NAME, "Monthly fatalities: stacked means by category; whiskers span the 5–95% "
                + "range of the monthly total across replicates", chart, table);
    }

    /** An empty UTC month table positioned at mid-month, shared with other bar charts. */
    static TimeTableXYDataset monthTable() {
        TimeTableXYDataset d = new TimeTableXYDataset(ChartStyle.UTC);
        d.setXPosition(TimePeriodAnchor.MIDDLE);
        return d;
    }

    /** The JFreeChart period of a month. */
    static Month month(YearMonth m) {
        return new Month(m.getMonthValue(), m.getYear());
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
