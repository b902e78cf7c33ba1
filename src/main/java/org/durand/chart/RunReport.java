package org.durand.chart;

import org.durand.output.AtomicFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Charts and HTML report of one finished run folder.
 *
 * <p>Reads {@code timeseries.csv}, {@code summary.csv}, {@code events.csv}, {@code manifest.json} and,
 * when present, {@code targets.csv}; writes {@code charts/<name>.png|.svg|.csv} for every chart and
 * {@code report.html}. Runs headless.
 */
public final class RunReport {

    private RunReport() {
    }

    /**
     * Writes the charts and report of the run in {@code runDir}.
     *
     * @param runDir a finished run folder
     * @throws IOException when an input cannot be read or an output cannot be written
     */
    public static void write(Path runDir) throws IOException {
        System.setProperty("java.awt.headless", "true");
        RunInputs in = RunInputs.load(runDir);
        List<ChartSpec> charts = charts(in);
        Path chartsDir = runDir.resolve("charts");
        for (ChartSpec c : charts) {
            ChartWriter.write(c, chartsDir);
        }
        AtomicFiles.writeString(runDir.resolve("report.html"), RunReportHtml.build(in, charts));
    }

    /** Builds every chart that the run's data allows, in report order. */
    static List<ChartSpec> charts(RunInputs in) {
        List<ChartSpec> charts = new ArrayList<>();
        charts.add(TensionChart.build(in));
        charts.add(FatalitiesChart.build(in));
        FatalitiesYearChart.build(in).ifPresent(charts::add);
        charts.add(ReturnsChart.build(in));
        charts.add(RefugeesChart.build(in));
        charts.add(TrustGrievanceChart.build(in));
        charts.add(BorderTradeChart.build(in));
        return charts;
    }
}
