package org.durand.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.swing.JComboBox;
import javax.swing.JLabel;
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
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;
import org.jfree.data.RangeType;
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
 *
 * <p>The time axes never rescale on their own: they span the whole run's calendar from the start
 * (so empty charts already show the run's dates), or a window of the last months that moves with
 * the run ({@link View}). Quantities with bounds keep them (tension 0–100, trust 0–1); the others
 * start at zero, so that a small change looks small. Before play they show the run's start
 * ({@link LiveRecord#start}), each line as a dot.
 */
final class LiveCharts {

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final BasicStroke LINE = new BasicStroke(2.5f);
    private static final String[] CATEGORIES = {"Security forces", "Civilians", "Militants"};
    /** The deaths axis spans at least this many, so a month of few deaths is not drawn tall. */
    private static final double MIN_DEATHS_RANGE = 10;
    /** Pixels at the right of each chart for half a date label ("Jun 24"). */
    private static final int DATE_ROOM = 22;

    /** What the time axes show. */
    enum View {
        WHOLE_RUN("the whole run", 0), LAST_YEAR("the last 12 months", 12), LAST_QUARTER("the last 3 months", 3);

        private final String label;
        private final int months;

        View(String label, int months) {
            this.label = label;
            this.months = months;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final JPanel grid = new JPanel(new GridLayout(3, 2, 4, 4));
    private final JPanel panel = new JPanel(new BorderLayout());
    private final List<DateAxis> timeAxes = new ArrayList<>();
    private final List<NumberAxis> valueAxes = new ArrayList<>();
    private final LocalDate first;
    private final LocalDate last;
    private LocalDate shownUntil;
    private View view;
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

    /**
     * Empty charts of a run from {@code first} to {@code last} (inclusive), showing {@code view}.
     */
    LiveCharts(String host, String haven, LocalDate first, LocalDate last, View view) {
        this.host = host;
        this.first = first;
        this.last = last;
        this.shownUntil = first;
        trustHost = new TimeSeries(host);
        trustHaven = new TimeSeries(haven);
        grievanceHost = new TimeSeries(host + " ");
        grievanceHaven = new TimeSeries(haven + " ");
        all = List.of(tension, refugees, returns, trustHost, trustHaven, grievanceHost, grievanceHaven, trade);
        grid.add(panel(lines("Tension index", "0 calm – 100 crisis", new Range(0, 100), Palette.TENSION, tension)));
        grid.add(panel(fatalitiesChart()));
        grid.add(panel(lines("Refugees in " + host, "persons", null,
                Palette.TOTAL, refugees, Palette.PRESSURED, returns)));
        grid.add(panel(lines("Trust in the other side", "0 none – 1 full", new Range(0, 1), Palette.HOST, trustHost,
                Palette.HAVEN, trustHaven)));
        grid.add(panel(lines("Grievance against the other side", "event weight", null, Palette.HOST, grievanceHost,
                Palette.HAVEN, grievanceHaven)));
        grid.add(panel(lines("Border trade", "US$ million a day", null, Palette.TRADE, trade)));
        JComboBox<View> views = new JComboBox<>(View.values());
        views.setSelectedItem(view);
        views.addActionListener(e -> show((View) views.getSelectedItem()));
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
        bar.add(new JLabel("Show"));
        bar.add(views);
        panel.add(bar, BorderLayout.NORTH);
        panel.add(grid, BorderLayout.CENTER);
        show(view);
    }

    /** The charts and the choice of view, for a window. */
    JPanel panel() {
        return panel;
    }

    /** The view shown now. */
    View view() {
        return view;
    }

    /** Shows {@code v}: the time axes span the whole run, or the months before the last day shown. */
    void show(View v) {
        view = v;
        LocalDate to = v == View.WHOLE_RUN ? last.plusDays(1) : later(shownUntil.plusDays(1), first.plusMonths(v.months));
        LocalDate from = v == View.WHOLE_RUN ? first : later(first, to.minusMonths(v.months));
        for (DateAxis x : timeAxes) {
            x.setRange(date(from), date(to));
        }
    }

    /** The time range of the charts' axes, first and last instant in ms (tests). */
    double[] timeRange() {
        DateAxis x = timeAxes.get(0);
        return new double[] {x.getLowerBound(), x.getUpperBound()};
    }

    /**
     * The value axis' range of each chart, lower and upper bound in the chart's unit, in the
     * order the charts are laid out: tension, deaths, refugees, trust, grievance, trade (tests).
     */
    List<Range> valueRanges() {
        return valueAxes.stream().map(NumberAxis::getRange).toList();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static Date date(LocalDate d) {
        return Date.from(d.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    /**
     * Appends {@code rows} (Swing event thread only); a row of the same day as the last shown
     * replaces it, and a value that is not a number is left out.
     */
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
            put(tension, day, d.get(Column.TENSION));
            put(refugees, day, d.get(Column.REFUGEES));
            put(returns, day, d.get(Column.RETURNS));
            put(trustHost, day, d.get(Column.TRUST_HOST));
            put(trustHaven, day, d.get(Column.TRUST_HAVEN));
            put(grievanceHost, day, d.get(Column.GRIEVANCE_HOST));
            put(grievanceHaven, day, d.get(Column.GRIEVANCE_HAVEN));
            put(trade, day, d.get(Column.TRADE) / 1e6);
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
        shownUntil = rows.get(rows.size() - 1).date();
        if (view != View.WHOLE_RUN) {
            show(view);
        }
    }

    /** Sets {@code s} on {@code day} to {@code v}, unless {@code v} is not a number (not known that day). */
    private static void put(TimeSeries s, Day day, double v) {
        if (!Double.isNaN(v)) {
            s.addOrUpdate(day, v);
        }
    }

    /** Points in the tension chart (tests). */
    int days() {
        return tension.getItemCount();
    }

    private ChartPanel panel(JFreeChart chart) {
        return new ChartPanel(chart, 360, 270, 200, 150, 2000, 2000, true, false, true, true, false, true);
    }

    /**
     * A line chart; {@code bounds} fixes the value axis, or null for one from zero to the largest
     * value. A series of one point (the start, before play) is drawn as a dot.
     */
    private JFreeChart lines(String title, String unit, Range bounds, Object... colourAndSeries) {
        TimeSeriesCollection data = new TimeSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean getItemShapeVisible(int series, int item) {
                return data.getItemCount(series) == 1;
            }
        };
        for (int i = 0; i < colourAndSeries.length; i += 2) {
            data.addSeries((TimeSeries) colourAndSeries[i + 1]);
            r.setSeriesPaint(i / 2, (Color) colourAndSeries[i]);
            r.setSeriesStroke(i / 2, LINE);
        }
        NumberAxis y = new NumberAxis(unit);
        valueAxes.add(y);
        y.setAutoRangeIncludesZero(true);
        y.setRangeType(RangeType.POSITIVE);
        if (bounds != null) {
            y.setRange(bounds);
        }
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
        NumberAxis deaths = new NumberAxis("deaths");
        valueAxes.add(deaths);
        deaths.setAutoRangeMinimumSize(MIN_DEATHS_RANGE);
        deaths.setRangeType(RangeType.POSITIVE);
        deaths.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return chart("Deaths in " + host + " per month", new XYPlot(fatalities, dateAxis(), deaths, bars), true);
    }

    /**
     * A date axis whose ticks step by months, quarters, half-years or years, labelled compactly
     * ("Jun 24", "2025") in every locale, so that labels of a multi-year run do not run together
     * in a narrow chart.
     */
    private DateAxis dateAxis() {
        DateAxis x = new DateAxis();
        timeAxes.add(x);
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
        // room at the right for the label of a tick at the axis' end, which is centred on it
        chart.setPadding(new RectangleInsets(2, 2, 2, DATE_ROOM));
        if (legend) {
            chart.getLegend().setItemFont(LABEL);
        }
        return chart;
    }
}
