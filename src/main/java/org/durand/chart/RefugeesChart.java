package org.durand.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

/** Chart 4: refugees remaining in the host country, one line per legal status the scenario defines. */
final class RefugeesChart {

    static final String NAME = "refugees";
    static final String PREFIX = "refugees_status_";

    private RefugeesChart() {
    }

    /** Builds the refugees chart of one run; statuses and their names come from the run. */
    static ChartSpec build(RunInputs in) {
        TimeSeriesTable ts = in.series();
        List<Map.Entry<String, String>> statuses = List.copyOf(in.info().statuses().entrySet());
        List<Band> bands = new ArrayList<>();
        double max = 0;
        for (Map.Entry<String, String> s : statuses) {
            Band b = Band.of(ts.metric(PREFIX + s.getKey()));
            bands.add(b);
            max = Math.max(max, b.max());
        }
        Unit unit = Unit.forMax(max, in.metrics().unit("refugees_remaining"));
        List<BandSeries.Line> lines = new ArrayList<>();
        for (int i = 0; i < statuses.size(); i++) {
            lines.add(new BandSeries.Line(statuses.get(i).getValue(), bands.get(i).scaled(unit.divisor()),
                    Palette.status(i)));
        }
        PlotTable table = new PlotTable();
        XYPlot plot = ChartStyle.plot(ChartStyle.dateAxis(ts.months()),
                ChartStyle.countAxis("Refugees remaining at month end (" + unit.label() + ")"));
        BandSeries.add(plot, 0, ts.months(), lines, table, unit.label());
        JFreeChart chart = ChartStyle.chart("Refugees remaining in " + in.info().host() + ", by legal status ("
                + unit.label() + ")", plot, in.context(), true, List.of());
        return new ChartSpec(NAME, "Refugees remaining at month end by legal status, mean with " + in.context().span() + " band",
                chart, table);
    }
}
