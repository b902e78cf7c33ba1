package org.durand.chart;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;

/** Chart 5: trust and grievance of both governments, in two stacked panels sharing the month axis. */
final class TrustGrievanceChart {

    static final String NAME = "trust_grievance";

    private TrustGrievanceChart() {
    }

    /** Builds the trust and grievance chart of one run. */
    static ChartSpec build(RunInputs in) {
        TimeSeriesTable ts = in.series();
        String host = in.info().host();
        String haven = in.info().haven();
        PlotTable table = new PlotTable();
        NumberAxis trustAxis = ChartStyle.valueAxis("Trust in the other (" + in.metrics().unit("trust_host") + ")", true);
        trustAxis.setRange(0, 1);
        XYPlot trust = ChartStyle.plot(null, trustAxis);
        BandSeries.add(trust, 0, ts.months(), List.of(
                new BandSeries.Line("trust: " + host, Band.of(ts.metric("trust_host")), Palette.HOST),
                new BandSeries.Line("trust: " + haven, Band.of(ts.metric("trust_haven")), Palette.HAVEN)),
                table, in.metrics().unit("trust_host"));
        XYPlot grievance = ChartStyle.plot(null,
                ChartStyle.valueAxis("Grievance (" + in.metrics().unit("grievance_host") + ")", true));
        BandSeries.add(grievance, 0, ts.months(), List.of(
                new BandSeries.Line("grievance: " + host, Band.of(ts.metric("grievance_host")), Palette.HOST),
                new BandSeries.Line("grievance: " + haven, Band.of(ts.metric("grievance_haven")), Palette.HAVEN)),
                table, in.metrics().unit("grievance_host"));
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(ChartStyle.dateAxis(ts.months()));
        plot.setGap(24);
        plot.add(trust, 1);
        plot.add(grievance, 1);
        Legends.fixed(plot, List.of(
                Legends.line(host + " (host government)", Palette.HOST, ChartStyle.LINE),
                Legends.line(haven + " (haven government)", Palette.HAVEN, ChartStyle.LINE)));
        JFreeChart chart = ChartStyle.chart("Trust (0–1) and grievance (Goldstein units) between the governments",
                plot, in.context(), true, List.of());
        return new ChartSpec(NAME, "Each government's trust in the other (top) and accumulated grievance "
                + "(bottom), mean with " + in.context().span() + " band", chart, table);
    }
}
