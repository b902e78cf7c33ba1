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

    private final List<RunInputs> runs;
    private final List<String> labels;
    private final List<ChartSpec> charts;
    private final List<Differences.Row> rows;
    private final List<String> cautions;

    private Comparison(List<RunInputs> runs) {
        this.runs = runs;
        this.labels = labels(runs);
        this.charts = ComparisonCharts.build(runs, labels);
        this.rows = Differences.rows(runs, labels);
        this.cautions = Differences.cautions(runs, labels);
    }

    /**
     * Reads every run folder of {@code runDirs} and computes the comparison, writing nothing: a
     * folder that cannot be read fails here, before anything is announced or written.
     *
     * @param runDirs finished run folders, at least one; the first is the reference
     * @throws org.durand.output.RunFolderException when a folder is not a readable run folder
     * @throws IOException when an input cannot be read
     */
    public static Comparison of(List<Path> runDirs) throws IOException {
        if (runDirs == null || runDirs.isEmpty()) {
            throw new IllegalArgumentException("at least one run folder is needed");
        }
        List<RunInputs> runs = new ArrayList<>();
        for (Path dir : runDirs) {
            runs.add(RunInputs.of(dir, RunFolderReader.read(dir, false)));
        }
        System.setProperty("java.awt.headless", "true");
        return new Comparison(runs);
    }

    /**
     * Cautions about the comparison (different base seeds or replicate counts, months left out as
     * partial), also shown in the report; empty when there are none.
     */
    public List<String> cautions() {
        return cautions;
    }

    /**
     * Writes the comparison into {@code outDir} (created if needed).
     *
     * @throws IOException when an output cannot be written
     */
    public void write(Path outDir) throws IOException {
        Files.createDirectories(outDir);
        for (ChartSpec c : charts) {
            ChartWriter.write(c, outDir.resolve("charts"));
        }
        Csv.write(outDir.resolve("differences.csv"), Differences.HEADER, Differences.csv(rows));
        AtomicFiles.writeString(outDir.resolve("report.html"),
                ComparisonHtml.build(runs, labels, rows, cautions, charts, outDir));
    }

    /**
     * Writes the comparison of {@code runDirs}, the first run being the reference: {@link #of}, then
     * {@link #write(Path)}.
     *
     * @param runDirs finished run folders, at least one
     * @param outDir  folder to write into (created if needed)
     * @return the {@link #cautions()}
     * @throws org.durand.output.RunFolderException when a folder is not a readable run folder (nothing is written)
     * @throws IOException when an input cannot be read or an output cannot be written
     */
    public static List<String> write(List<Path> runDirs, Path outDir) throws IOException {
        Comparison c = of(runDirs);
        c.write(outDir);
        return c.cautions();
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
