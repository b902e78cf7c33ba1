package org.durand.chart;

import org.durand.io.AtomicFiles;
import org.durand.io.Csv;
import org.durand.output.RunFolderReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares finished runs: overlay charts, a difference table against the first run and an HTML report.
 *
 * <p>Writes {@code outDir/charts/compare_*.png|.svg|.csv}, {@code outDir/differences.csv} and
 * {@code outDir/report.html}. Differences are {@code run − reference} with 95% intervals from
 * per-replicate values, paired t when both runs used the same replicate seeds, else Welch's t,
 * over the months every run covers wholly. Runs headless.
 */
public final class Comparison {

    private Comparison() {
    }

    /**
     * Writes the comparison of {@code runDirs}; the first run is the reference.
     *
     * @param runDirs finished run folders, at least one
     * @param outDir  folder to write into (created if needed)
     * @return cautions about the comparison (different base seeds or replicate counts, months left
     *         out as partial), also shown in the report; empty when there are none
     * @throws org.durand.output.RunFolderException when a folder is not a readable run folder (nothing is written)
     * @throws IOException when an input cannot be read or an output cannot be written
     */
    public static List<String> write(List<Path> runDirs, Path outDir) throws IOException {
        System.setProperty("java.awt.headless", "true");
        if (runDirs == null || runDirs.isEmpty()) {
            throw new IllegalArgumentException("at least one run folder is needed");
        }
        List<RunInputs> runs = new ArrayList<>();
        for (Path dir : runDirs) {
            runs.add(RunInputs.of(dir, RunFolderReader.read(dir, false)));
        }
        List<String> labels = labels(runs);
        Files.createDirectories(outDir);
        List<ChartSpec> charts = ComparisonCharts.build(runs, labels);
        for (ChartSpec c : charts) {
            ChartWriter.write(c, outDir.resolve("charts"));
        }
        List<Differences.Row> rows = Differences.rows(runs, labels);
        Csv.write(outDir.resolve("differences.csv"), Differences.HEADER, Differences.csv(rows));
        List<String> cautions = Differences.cautions(runs, labels);
        AtomicFiles.writeString(outDir.resolve("report.html"),
                ComparisonHtml.build(runs, labels, rows, cautions, charts, outDir));
        return cautions;
    }

    /** Scenario names, made unique by appending the folder name where two runs share one. */
    static List<String> labels(List<RunInputs> runs) {
        Map<String, Integer> count = new HashMap<>();
        runs.forEach(r -> count.merge(r.context().label(), 1, Integer::sum));
        List<String> labels = new ArrayList<>();
        for (RunInputs r : runs) {
            String label = r.context().label();
            String folder = String.valueOf(r.dir().toAbsolutePath().normalize().getFileName());
            String candidate = count.get(label) > 1 ? label + " (" + folder + ")" : label;
            while (labels.contains(candidate)) {
                candidate = candidate + "′";
            }
            labels.add(candidate);
        }
        return labels;
    }
}
