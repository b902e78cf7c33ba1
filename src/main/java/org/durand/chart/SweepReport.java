package org.durand.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.durand.experiment.sensitivity.Index;
import org.durand.experiment.sweep.SweepPlan;
import org.durand.experiment.sweep.SweepResults;
import org.durand.io.AtomicFiles;

/**
 * The charts and {@code report.html} of a finished sweep: for each headline outcome a tornado of
 * its sensitivity indices with their intervals (Sobol, PRCC) or a μ*–σ plot (Morris); for one
 * varied parameter the outcome against it with a band across replicates; for two, a heatmap of
 * the outcome's mean.
 */
public final class SweepReport {

    private SweepReport() {
    }

    /** Writes {@code charts/} and {@code report.html} into {@code dir}. */
    public static void write(Path dir, SweepPlan plan, SweepResults results, List<Index> indices) throws IOException {
        List<ChartSpec> charts = new ArrayList<>(SweepCharts.build(plan, results, indices));
        Path chartsDir = dir.resolve("charts");
        for (ChartSpec c : charts) {
            ChartWriter.write(c, chartsDir);
        }
        AtomicFiles.writeString(dir.resolve("report.html"), SweepReportHtml.build(plan, results, indices, charts));
    }
}
