package org.durand.chart;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;

/** Chart 1: monthly tension index with its band and the scenario timeline as dated markers. */
final class TensionChart {

    static final String NAME = "tension";

    private TensionChart() {
    }

    /** Builds the tension chart of one run. */
    static ChartSpec build(RunInputs in) {
        TimeSeriesTable ts = in.series();
        PlotTable table = new PlotTable();
        NumberAxis y = ChartStyle.valueAxis("Tension index (0–100, monthly mean)", true);
        XYPlot plot = ChartStyle.plot(ChartStyle.dateAxis(ts.months()), y);
        Band band = Band.of(ts.metric("tension_index"));
        y.setUpperBound(Math.min(100, Math.max(10, band.max() * 1.25)));
        y.setAutoRange(false);
        y.setLowerBound(0);
        BandSeries.add(plot, 0, ts.months(),
                List.of(new BandSeries.Line("Tension index (mean of replicates)", band, Palette.TENSION)),
                table, in.metrics().unit("tension_index"));
        Legends.append(plot, TimelineMarkers.add(plot, in.events(), ts.months(), table));
        JFreeChart chart = ChartStyle.chart("Bilateral tension index (0–100) with scenario timeline", plot,
                in.context(), true, List.of());
        return new ChartSpec(NAME, "Tension index, monthly mean across replicates with " + in.context().span() + " band; "
                + "vertical lines mark scenario timeline events", chart, table);
    }
}
