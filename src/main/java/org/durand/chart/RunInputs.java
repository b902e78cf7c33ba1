package org.durand.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything read from one run folder.
 *
 * @param dir      the run folder
 * @param series   monthly time series
 * @param events   dated timeline markers (rep 0)
 * @param manifest the run manifest
 * @param targets  observed targets (empty when {@code targets.csv} is absent)
 * @param summary  year and run rows of {@code summary.csv}
 * @param context  subtitle information
 */
record RunInputs(Path dir, TimeSeriesTable series, List<TimelineEvent> events, Manifest manifest,
                 List<Target> targets, List<SummaryRow> summary, ChartContext context) {

    /** Reads the run folder; only {@code timeseries.csv} is required. */
    static RunInputs load(Path dir) throws IOException {
        TimeSeriesTable series = TimeSeriesTable.read(dir.resolve("timeseries.csv"));
        Manifest manifest = Manifest.read(dir.resolve("manifest.json"));
        String folder = dir.toAbsolutePath().normalize().getFileName().toString();
        String label = manifest.scenarioName(series.scenario().isBlank() ? folder : series.scenario());
        List<TimelineEvent> pinned = TimelineEvent.fromManifest(manifest);
        List<TimelineEvent> events = pinned.isEmpty() ? TimelineEvent.read(dir.resolve("events.csv")) : pinned;
        return new RunInputs(dir, series, events, manifest,
                Target.read(dir.resolve("targets.csv")), SummaryRow.readYearAndRun(dir.resolve("summary.csv")),
                new ChartContext(label, series.reps(), manifest.baseSeed()));
    }

    /** Targets of one metric. */
    List<Target> targets(String metric) {
        return targets.stream().filter(t -> metric.equals(t.metric())).toList();
    }
}
