package org.durand.chart;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

/** Chart 7: distribution across replicates of one calendar year's total fatalities, against the observed value. */
final class FatalitiesYearChart {

    static final int YEAR = 2024;
    static final String NAME = "fatalities_" + YEAR;

    private FatalitiesYearChart() {
    }

    /** Builds the strip plot of {@link #YEAR}, or nothing when the run does not cover all twelve months. */
    static Optional<ChartSpec> build(RunInputs in) {
        TimeSeriesTable ts = in.series();
        int[] idx = ts.monthsOfYear(YEAR);
        if (idx.length < 12 || ts.reps() == 0) {
            return Optional.empty();
        }
        double[][] monthly = ts.has("fatalities_total") ? ts.metric("fatalities_total")
                : ts.sum("fatalities_security", "fatalities_civilian", "fatalities_militant");
        double[] totals = TimeSeriesTable.perRep(monthly, idx, false);
        PlotTable table = new PlotTable();
        XYSeries dots = new XYSeries("One replicate's " + YEAR + " total", false, true);
        for (int r = 0; r < totals.length; r++) {
            dots.add(totals[r], r);
            table.add("replicate total", Integer.toString(r), totals[r], Double.NaN, Double.NaN, "people",
                    "sum of the 12 months of " + YEAR + "; x = rep id");
        }
        double mean = StatUtils.mean(totals);
        table.add("model mean", "", mean, Double.NaN, Double.NaN, "people", "mean of replicate totals");
        NumberAxis x = ChartStyle.valueAxis("Fatalities in " + YEAR + " (people per year)", false);
        NumberAxis y = ChartStyle.valueAxis("Replicate (rep id)", false);
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        y.setRange(-0.7, totals.length - 0.3);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-8, -8, 16, 16));
        renderer.setSeriesPaint(0, Palette.alpha(Palette.TOTAL, 200));
        XYPlot plot = ChartStyle.plot(x, y);
        plot.setDataset(new XYSeriesCollection(dots));
        plot.setRenderer(renderer);
        List<LegendItem> extra = new ArrayList<>();
        plot.addDomainMarker(marker(mean, Palette.TENSION, "model mean " + fmt(mean), false));
        extra.add(Legends.line("Model mean", Palette.TENSION, Legends.dashed(3f)));
        double lo = StatUtils.min(totals);
        double hi = StatUtils.max(totals);
        List<String> sources = new ArrayList<>();
        Optional<Target> target = in.targets("fatalities_total").stream().filter(t -> t.coversYear(YEAR)).findFirst();
        if (target.isPresent()) {
            Target t = target.get();
            if (!Double.isNaN(t.toleranceLow()) && !Double.isNaN(t.toleranceHigh())) {
                IntervalMarker band = new IntervalMarker(t.toleranceLow(), t.toleranceHigh(),
                        Palette.alpha(Color.GRAY, 45));
                plot.addDomainMarker(band, Layer.BACKGROUND);
                extra.add(Legends.box("Observed tolerance range", Palette.alpha(Color.GRAY, 45)));
                lo = Math.min(lo, t.toleranceLow());
                hi = Math.max(hi, t.toleranceHigh());
            }
            plot.addDomainMarker(marker(t.observed(), Palette.OBSERVED, "observed " + fmt(t.observed()), true));
            extra.add(Legends.line("Observed (" + t.target() + ")", Palette.OBSERVED, ChartStyle.LINE));
            table.add("observed", t.windowStart() + "/" + t.windowEnd(), t.observed(), t.toleranceLow(),
                    t.toleranceHigh(), "people", "target " + t.target() + "; low/high = tolerance");
            lo = Math.min(lo, t.observed());
            hi = Math.max(hi, t.observed());
            sources.add(t.source());
        }
        double pad = Math.max(1, (hi - lo) * 0.12);
        x.setRange(Math.max(0, lo - pad), hi + pad);
        Legends.append(plot, extra);
        JFreeChart chart = ChartStyle.chart("Total fatalities in " + YEAR + " across replicates (people)", plot,
                in.context(), false, sources);
        return Optional.of(new ChartSpec(NAME, "Distribution across replicates of total fatalities in " + YEAR
                + ", with the observed value where a target exists", chart, table));
    }

    private static ValueMarker marker(double value, Color color, String label, boolean rightSide) {
        ValueMarker m = new ValueMarker(value, color, rightSide ? ChartStyle.LINE : Legends.dashed(3f));
        ChartStyle.markerLabel(m, label, color);
        m.setLabelAnchor(rightSide ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.BOTTOM_LEFT);
        m.setLabelTextAnchor(rightSide ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_RIGHT);
        m.setLabelOffset(new RectangleInsets(8, 6, 8, 6));
        return m;
    }

    private static String fmt(double v) {
        return String.format(Locale.ENGLISH, "%,.0f", v);
    }
}
