package org.durand.chart;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.time.LocalDate;
import java.time.YearMonth;
import org.apache.commons.math3.stat.StatUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.durand.experiment.TargetResult;
import org.durand.output.Display;
import org.durand.scenario.Target;

/**
 * Chart 7: distribution across replicates of one calendar year's total fatalities, against the
 * observed value. Drawn for every year a {@code fatalities_total} target covers exactly; without
 * such a target, for the last calendar year the run covers whole.
 */
final class FatalitiesYearChart {

    static final String METRIC = "fatalities_total";

    private FatalitiesYearChart() {
    }

    /** The strip plots of the years described above; none when the run covers no whole year. */
    static List<ChartSpec> build(RunInputs in) {
        TimeSeriesTable ts = in.series();
        TreeSet<Integer> years = new TreeSet<>();
        for (TargetResult t : in.targets(METRIC)) {
            int y = t.target().from().getYear();
            if (coversYear(t.target(), y) && ts.monthsOfYear(y).length == 12) {
                years.add(y);
            }
        }
        if (years.isEmpty()) {
            for (YearMonth m : ts.months()) {
                if (ts.monthsOfYear(m.getYear()).length == 12) {
                    years.add(m.getYear());
                }
            }
            if (!years.isEmpty()) {
                years.retainAll(Set.of(years.last()));
            }
        }
        List<ChartSpec> out = new ArrayList<>();
        if (ts.reps() > 0) {
            years.forEach(y -> out.add(build(in, y)));
        }
        return out;
    }

    /** Whether the target's window is exactly calendar year {@code year}. */
    static boolean coversYear(Target t, int year) {
        return t.from().equals(LocalDate.of(year, 1, 1)) && t.to().equals(LocalDate.of(year, 12, 31));
    }

    private static ChartSpec build(RunInputs in, int year) {
        TimeSeriesTable ts = in.series();
        String unit = in.metrics().unit(METRIC);
        double[] totals = TimeSeriesTable.perRep(ts.metric(METRIC), ts.monthsOfYear(year), false);
        PlotTable table = new PlotTable();
        XYSeries dots = new XYSeries("One replicate's " + year + " total", false, true);
        for (int r = 0; r < totals.length; r++) {
            dots.add(totals[r], r);
            table.addExact("replicate total", Integer.toString(r), totals[r], Double.NaN, Double.NaN, unit,
                    "sum of the 12 months of " + year + "; x = rep id");
        }
        double mean = StatUtils.mean(totals);
        table.add("model mean", "", mean, Double.NaN, Double.NaN, unit, "mean of replicate totals");
        NumberAxis x = ChartStyle.valueAxis("Fatalities in " + year + " (" + unit + " per year)", false);
        NumberAxis y = ChartStyle.integerAxis("Replicate (rep id)", false);
        y.setRange(-0.7, totals.length - 0.3);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-8, -8, 16, 16));
        renderer.setSeriesPaint(0, Palette.alpha(Palette.TOTAL, 200));
        XYPlot plot = ChartStyle.plot(x, y);
        plot.setDataset(new XYSeriesCollection(dots));
        plot.setRenderer(renderer);
        List<LegendItem> extra = new ArrayList<>();
        plot.addDomainMarker(marker(mean, Palette.TENSION, "model mean " + Display.number(mean), false));
        extra.add(Legends.line("Model mean", Palette.TENSION, Legends.dashed(3f)));
        double lo = StatUtils.min(totals);
        double hi = StatUtils.max(totals);
        List<String> sources = new ArrayList<>();
        Optional<Target> target = in.targets(METRIC).stream().map(TargetResult::target)
                .filter(t -> coversYear(t, year)).findFirst();
        if (target.isPresent()) {
            Target t = target.get();
            if (!Double.isNaN(t.low()) && !Double.isNaN(t.high())) {
                IntervalMarker band = new IntervalMarker(t.low(), t.high(), Palette.alpha(Color.GRAY, 45));
                plot.addDomainMarker(band, Layer.BACKGROUND);
                extra.add(Legends.box("Observed tolerance range", Palette.alpha(Color.GRAY, 45)));
                lo = Math.min(lo, t.low());
                hi = Math.max(hi, t.high());
            }
            plot.addDomainMarker(marker(t.observed(), Palette.OBSERVED, "observed " + Display.number(t.observed()),
                    true));
            extra.add(Legends.line("Observed (" + t.id() + ")", Palette.OBSERVED, ChartStyle.LINE));
            table.add("observed", t.from() + "/" + t.to(), t.observed(), t.low(), t.high(), unit,
                    "target " + t.id() + "; low/high = tolerance");
            lo = Math.min(lo, t.observed());
            hi = Math.max(hi, t.observed());
            sources.add(t.source());
        }
        double pad = Math.max(1, (hi - lo) * 0.12);
        x.setRange(Math.max(0, lo - pad), hi + pad);
        Legends.append(plot, extra);
        JFreeChart chart = ChartStyle.chart("Total fatalities in " + in.info().host() + " in " + year
                + " across replicates (" + unit + ")", plot, in.context(), false, sources);
        return new ChartSpec("fatalities_" + year, "Distribution across replicates of total fatalities in " + year
                + ", with the observed value where a target exists", chart, table);
    }

    private static ValueMarker marker(double value, Color color, String label, boolean rightSide) {
        ValueMarker m = new ValueMarker(value, color, rightSide ? ChartStyle.LINE : Legends.dashed(3f));
        ChartStyle.markerLabel(m, label, color);
        m.setLabelAnchor(rightSide ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.BOTTOM_LEFT);
        m.setLabelTextAnchor(rightSide ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_RIGHT);
        m.setLabelOffset(new RectangleInsets(8, 6, 8, 6));
        return m;
    }
}
