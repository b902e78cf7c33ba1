package org.durand.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

/** Chart 4: Afghan refugees remaining in the host country, one line per legal status. */
final class RefugeesChart {

    static final String NAME = "refugees";
    static final String PREFIX = "refugees_status_";

    private static final Map<String, String> LABELS = Map.of(
            "por", "PoR card holders",
            "acc", "ACC holders",
            "undocumented", "Undocumented");

    private RefugeesChart() {
    }

    /** Builds the refugees chart of one run; status ids are discovered from the metric names. */
    static ChartSpec build(RunInputs in) {
        TimeSeriesTable ts = in.series();
        List<String> metrics = ts.metricsWithPrefix(PREFIX);
        List<Band> bands = new ArrayList<>();
        double max = 0;
        for (String m : metrics) {
            Band b = Band.of(ts.metric(m));
            bands.add(b);
            max = Math.max(max, b.max());
        }
        Unit unit = Unit.forMax(max, "people");
        List<BandSeries.Line> lines = new ArrayList<>();
        for (int i = 0; i < metrics.size(); i++) {
            String id = metrics.get(i).substring(PREFIX.length());
            lines.add(new BandSeries.Line(label(id), bands.get(i).scaled(unit.divisor()), Palette.status(id, i)));
        }
        PlotTable table = new PlotTable();
        XYPlot plot = ChartStyle.plot(ChartStyle.dateAxis(ts.months()),
                ChartStyle.valueAxis("Refugees remaining at month end (" + unit.label() + ")", true));
        BandSeries.add(plot, 0, ts.months(), lines, table, unit.label());
        JFreeChart chart = ChartStyle.chart("Afghan refugees remaining, by legal status (" + unit.label() + ")",
                plot, in.context(), true, List.of());
        return new ChartSpec(NAME, "Refugees remaining at month end by legal status, mean with 5–95% band",
                chart, table);
    }

    /** Display label of a legal status id. */
    static String label(String id) {
        return LABELS.getOrDefault(id, id.replace('_', ' '));
    }
}
