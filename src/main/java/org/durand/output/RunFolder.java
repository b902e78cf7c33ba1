package org.durand.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.durand.calibrate.TargetResult;
import org.durand.experiment.RunResult;
import org.durand.scenario.Scenario;

/**
 * Writes every data file of a run folder; charts and the report are added by the chart package.
 * The event log was streamed during the run ({@link EventSpool}) and is joined here.
 */
public final class RunFolder {

    private RunFolder() {
    }

    public static void write(Path dir, Scenario scenario, List<RunResult> results, EventSpool events,
                             List<TargetResult> targets, Manifest.Info info) throws IOException {
        TimeseriesCsv.write(dir.resolve("timeseries.csv"), scenario.name(), results);
        SummaryCsv.write(dir.resolve("summary.csv"), scenario.name(), results);
        events.finish(dir.resolve("events.csv"));
        if (!targets.isEmpty()) {
            TargetsCsv.write(dir.resolve("targets.csv"), targets);
        } else {
            java.nio.file.Files.deleteIfExists(dir.resolve("targets.csv"));   // not left over from an earlier run
        }
        Manifest.write(dir.resolve("manifest.json"), scenario, info);
    }
}
