package org.durand.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GridLayout;
import java.util.List;

import javax.swing.JPanel;

import org.durand.chart.Palette;
import org.durand.gui.LiveRecord.Column;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.time.Day;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.time.TimeTableXYDataset;

/**
 * The live charts, JFreeChart 1.5, six panels in a grid of two columns: tension index, monthly fatalities
 * by category, refugees remaining and cumulative returns, trust both ways, grievance both ways,
 * and daily trade. Colours are the report's ({@link Palette}). Rows are added on the Swing event
 * thread only; a new run gets new charts.
 */
final class LiveCharts {

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final BasicStroke LINE = new BasicStroke(2.5f);
    private static final String[] CATEGORIES = {"Security forces", "Civilians", "Militants"};

    private final JPanel grid = new JPanel(new GridLayout(3, 2, 4, 4));
    private final TimeSeries tension = new TimeSeries("Tension index");
    private final TimeTableXYDataset fatalities = new TimeTableXYDataset();
    private final TimeSeries refugees = new TimeSeries("Refugees remaining");
    private final TimeSeries returns = new TimeSeries("Gone home since the start");
    private final TimeSeries trustHost;
    private final TimeSeries trustHaven;
    private final TimeSeries grievanceHost;
    private final TimeSeries grievanceHaven;
    private final TimeSeries trade = new TimeSeries("Trade");
    private final List<TimeSeries> all;
    private final String host;
    private Month currentMonth;
    private double[] monthSums;

    LiveCharts(String host, String haven) {
        this.host = host;
        trustHost = new TimeSeries(host);
        trustHaven = new TimeSeries(haven);
        grievanceHost = new TimeSeries(host + " ");
        grievanceHaven = new TimeSeries(haven + " ");
        all = List.of(tension, refugees, returns, trustHost, trustHaven, grievanceHost, grievanceHaven, trade);
        grid.add(panel(lines("Tension index", "0 calm – 100 crisis", false, Palette.TENSION, tension)));
        grid.add(panel(fatalitiesChart()));
        grid.add(panel(lines("Refugees in " + host, "persons", false,
                Palette.TOTAL, refugees, Palette.PRESSURED, returns)));
        grid.add(panel(lines("Trust in the other side", "0 none – 1 full", false, Palette.HOST, trustHost, Palette.HAVEN, trustHaven)));
        grid.add(panel(lines("Grievance against the other side", "event weight", false, Palette.HOST, grievanceHost, Palette.HAVEN,
                grievanceHaven)));
        grid.add(panel(lines("Border trade", "US$ million a day", true, Palette.TRADE, trade)));
    }

    /** The six charts in a grid, for a window. */
    JPanel grid() {
        return grid;
    }

    /** Appends {@code rows} (Swing event thread only). */
    void add(List<LiveRecord.Day> rows) {
        if (rows.isEmpty()) {
            return;
        }
        for (TimeSeries s : all) {
            s.setNotify(false);
        }
        fatalities.setNotify(false);
        for (LiveRecord.Day d : rows) {
            Day day = new Day(d.date().getDayOfMonth(), d.date().getMonthValue(), d.date().getYear());
            tension.addOrUpdate(day, d.get(Column.TENSION));
            refugees.addOrUpdate(day, d.get(Column.REFUGEES));
            returns.addOrUpdate(day, d.get(Column.RETURNS));
            trustHost.addOrUpdate(day, d.get(Column.TRUST_HOST));
            trustHaven.addOrUpdate(day, d.get(Column.TRUST_HAVEN));
            grievanceHost.addOrUpdate(day, d.get(Column.GRIEVANCE_HOST));
            grievanceHaven.addOrUpdate(day, d.get(Column.GRIEVANCE_HAVEN));
            trade.addOrUpdate(day, d.get(Column.TRADE) / 1e6);
            Month month = new Month(d.date().getMonthValue(), d.date().getYear());
            if (!month.equals(currentMonth)) {
                currentMonth = month;
                monthSums = new double[CATEGORIES.length];
            }
            Column[] cat = {Column.SECURITY, Column.CIVILIAN, Column.MILITANT};
            for (int c = 0; c < cat.length; c++) {
                monthSums[c] += d.get(cat[c]);
                fatalities.add(month, monthSums[c], CATEGORIES[c], false);
            }
        }
        for (TimeSeries s : all) {
            s.setNotify(true);
        }
        fatalities.setNotify(true);
    }

    /** Points in the tension chart (tests). */
    int days() {
        return tension.getItemCount();
    }

    private ChartPanel panel(JFreeChart chart) {
        return new ChartPanel(chart, 360, 270, 200, 150, 2000, 2000, true, false, true, true, false, true);
    }

    private static JFreeChart lines(String title, String unit, boolean fromZero, Object... colourAndSeries) {
        TimeSeriesCollection data = new TimeSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < colourAndSeries.length; i += 2) {
            data.addSeries((TimeSeries) colourAndSeries[i + 1]);
            r.setSeriesPaint(i / 2, (Color) colourAndSeries[i]);
            r.setSeriesStroke(i / 2, LINE);
        }
        NumberAxis y = new NumberAxis(unit);
        y.setAutoRangeIncludesZero(fromZero);
        return chart(title, new XYPlot(data, dateAxis(), y, r), colourAndSeries.length > 2);
    }

    private JFreeChart fatalitiesChart() {
        StackedXYBarRenderer bars = new StackedXYBarRenderer(0.1);
        bars.setShadowVisible(false);
        bars.setBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
        Color[] colours = {Palette.SECURITY, Palette.CIVILIAN, Palette.MILITANT};
        for (int c = 0; c < colours.length; c++) {
            bars.setSeriesPaint(c, colours[c]);
        }
        return chart("Deaths in " + host + " per month", new XYPlot(fatalities, dateAxis(), new NumberAxis("deaths"), bars),
                true);
    }

    /**
     * A date axis whose ticks step by months, quarters, half-years or years, labelled compactly
     * ("Jun 24", "2025") in every locale, so that labels of a multi-year run do not run together
     * in a narrow chart.
     */
    private static DateAxis dateAxis() {
        DateAxis x = new DateAxis();
        x.setLowerMargin(0);
        x.setUpperMargin(0.02);
        org.jfree.chart.axis.TickUnits units = new org.jfree.chart.axis.TickUnits();
        java.text.DateFormat months = new java.text.SimpleDateFormat("MMM yy", java.util.Locale.ENGLISH);
        java.text.DateFormat years = new java.text.SimpleDateFormat("yyyy", java.util.Locale.ENGLISH);
        for (int step : new int[] {1, 3, 6}) {
            units.add(new org.jfree.chart.axis.DateTickUnit(org.jfree.chart.axis.DateTickUnitType.MONTH, step, months));
        }
        for (int step : new int[] {1, 2, 5}) {
            units.add(new org.jfree.chart.axis.DateTickUnit(org.jfree.chart.axis.DateTickUnitType.YEAR, step, years));
        }
        x.setStandardTickUnits(units);
        return x;
    }

    private static JFreeChart chart(String title, XYPlot plot, boolean legend) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Palette.GRID);
        plot.setRangeGridlinePaint(Palette.GRID);
        for (var axis : List.of(plot.getDomainAxis(), plot.getRangeAxis())) {
            axis.setLabelFont(LABEL);
            axis.setTickLabelFont(TICK);
        }
        XYItemRenderer r = plot.getRenderer();
        r.setDefaultToolTipGenerator(null);
        JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        if (legend) {
            chart.getLegend().setItemFont(LABEL);
        }
        return chart;
    }
}
