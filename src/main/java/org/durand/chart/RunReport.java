package org.durand.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.durand.io.AtomicFiles;
import org.durand.output.RunRecord;

/**
 * Charts and HTML report of one finished run, drawn from its results in memory.
 *
 * <p>Writes {@code charts/<name>.png|.svg|.csv} for every chart and {@code report.html} into the
 * run folder. Runs headless. Every name shown (governments, provinces, statuses, groups, years)
 * comes from the run, none from this code.
 */
public final class RunReport {

    private RunReport() {
    }

    /**
     * Writes the charts and report of {@code run} into {@code runDir}.
     *
     * @param runDir the run folder, which must exist (a staging folder removed at an interrupt is not
     *               made again); its {@code charts/} is created if needed
     * @param run    the run's results, targets and names
     * @throws IOException when an output cannot be written
     */
    public static void write(Path runDir, RunRecord run) throws IOException {
        System.setProperty("java.awt.headless", "true");
        RunInputs in = RunInputs.of(runDir, run);
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
        charts.addAll(FatalitiesYearChart.build(in));
        charts.add(ReturnsChart.build(in));
        charts.add(RefugeesChart.build(in));
        charts.add(TrustGrievanceChart.build(in));
        charts.add(BorderTradeChart.build(in));
        return charts;
    }
}
