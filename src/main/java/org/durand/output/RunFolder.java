package org.durand.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.durand.experiment.TargetResult;
import org.durand.experiment.RunResult;
import org.durand.scenario.Scenario;

/**
 * Writes every data file of a run folder; charts and the report are added by the chart package.
 * The event log was streamed during the run ({@link EventSpool}) and is joined here.
 */
public final class RunFolder {

    /**
     * Every file and folder a run writes into its folder: the data files here, the charts and
     * report of the chart package. A new run replaces all of them, present or not in the new run
     * (a run without charts leaves no earlier charts behind), and no other file.
     */
    public static final Set<String> FILES = Set.of("timeseries.csv", "summary.csv", "events.csv", "targets.csv",
            "manifest.json", "report.html", "charts", PosteriorRunCsv.DRAWS, PosteriorRunCsv.VARIANCE);

    private RunFolder() {
    }

    /**
     * Writes the data files of a run into {@code dir} (a staging folder, {@link StagedFolder}).
     *
     * @throws IOException when a file cannot be written
     */
    public static void write(Path dir, Scenario scenario, List<RunResult> results, EventSpool events,
                             List<TargetResult> targets, Manifest.Info info) throws IOException {
        TimeseriesCsv.write(dir.resolve("timeseries.csv"), scenario.name(), results);
        SummaryCsv.write(dir.resolve("summary.csv"), scenario.name(), scenario.start(), scenario.end(), results);
        events.finish(dir.resolve("events.csv"));
        if (!targets.isEmpty()) {
            TargetsCsv.write(dir.resolve("targets.csv"), targets);
        }
        Manifest.write(dir.resolve("manifest.json"), scenario, info);
    }
}
