package org.durand.chart;

import java.time.YearMonth;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.data.time.TimeTableXYDataset;

/** Chart 6: border closed days per month (bars) above monthly trade value (line), sharing the month axis. */
final class BorderTradeChart {

    static final String NAME = "border_trade";

    private BorderTradeChart() {
    }

    /** Builds the border and trade chart of one run. */
    static ChartSpec build(RunInputs in) {
        TimeSeriesTable ts = in.series();
        List<YearMonth> months = ts.months();
        PlotTable table = new PlotTable();
        NumberAxis daysAxis = ChartStyle.countAxis("Border closed (days/month)");
        daysAxis.setRange(0, 31.5);
        XYPlot border = ChartStyle.plot(null, daysAxis);
        Band days = Band.of(ts.metric("border_closed_days"));
        String name = "Border closed days (mean; whiskers " + in.context().span() + ")";
        TimeTableXYDataset bars = FatalitiesChart.monthTable();
        for (int t = 0; t < months.size(); t++) {
            bars.add(FatalitiesChart.month(months.get(t)), days.mean()[t], name, false);
        }
        table.addBand(name, months, days, "days");
        XYBarRenderer barRenderer = new XYBarRenderer(0.15);
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setSeriesPaint(0, Palette.alpha(Palette.CLOSURE, 190));
        border.setRenderer(0, barRenderer);
        border.setDataset(0, bars);
        BandSeries.addWhiskers(border, 1, months, days, Palette.TOTAL);

        XYPlot trade = ChartStyle.plot(null, ChartStyle.valueAxis("Trade (USD million/month)", true));
        BandSeries.add(trade, 0, months, List.of(new BandSeries.Line("Bilateral trade value",
                Band.of(ts.metric("trade_value_usd")).scaled(1e6), Palette.TRADE)), table, "USD million");

        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(ChartStyle.dateAxis(months));
        plot.setGap(24);
        plot.add(border, 1);
        plot.add(trade, 1);
        JFreeChart chart = ChartStyle.chart("Border closures (days per month) and trade (USD million per month)",
                plot, in.context(), true, List.of());
        return new ChartSpec(NAME, "Days per month the border was closed (mean bars, " + in.context().span() + " whiskers) and "
                + "monthly bilateral trade value (mean with " + in.context().span() + " band)", chart, table);
    }
}
