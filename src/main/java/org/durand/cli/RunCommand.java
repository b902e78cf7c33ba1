package org.durand.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import org.durand.calibrate.TargetEvaluator;
import org.durand.calibrate.TargetResult;
import org.durand.chart.RunReport;
import org.durand.experiment.Replicates;
import org.durand.experiment.RunResult;
import org.durand.output.EventSpool;
import org.durand.output.Manifest;
import org.durand.output.RunFolder;
import org.durand.output.RunInfo;
import org.durand.output.RunRecord;
import org.durand.scenario.Scenario;
import org.durand.scenario.Target;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code durand run}: replicates of a scenario, their data files, charts and report. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a scenario with replicates; write timeseries.csv, summary.csv, events.csv, targets.csv, "
                + "manifest.json, charts/ and report.html.",
        footer = {"", "Examples:", "  durand run scenarios/baseline.yaml --reps 20 --seed 7",
                "  durand run scenarios/baseline.yaml --set governments.host.hawkishness=0.8 --out results/hawk"})
final class RunCommand implements Callable<Integer> {

    @Mixin
    ScenarioOptions scenarioOptions = new ScenarioOptions();

    @Option(names = "--reps", defaultValue = "10", description = "Replicates (default: ${DEFAULT-VALUE}).")
    int reps;

    @Option(names = "--seed", defaultValue = "1", description = "Base seed; replicate seeds derive from it "
            + "(default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    ThreadsOption threads = new ThreadsOption();

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: results/<scenario-name>).")
    Path out;

    @Option(names = "--no-charts", description = "Skip charts and report.html.")
    boolean noCharts;

    @Override
    public Integer call() throws Exception {
        if (reps < 1 || reps > 100_000) {
            throw new Main.BadInput("--reps must be between 1 and 100000, got " + reps);
        }
        int t = threads.count();
        Scenario scenario = scenarioOptions.load();
        List<Target> targets = scenarioOptions.targets(scenario);
        Path dir = out != null ? out : Path.of("results", scenario.name());
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new Main.BadInput("--out " + dir + " exists and is not a folder");
        }
        Instant started = Instant.now();
        try (EventSpool events = new EventSpool(dir, reps)) {
            List<RunResult> results;
            try (Progress progress = new Progress(scenario.name(), reps, "reps")) {
                results = Replicates.stream(scenario, reps, seed, t, r -> {
                    events.accept(r);
                    progress.step();
                });
            }
            List<TargetResult> fit = TargetEvaluator.evaluate(targets, scenario, results);
            List<Long> seeds = results.stream().map(RunResult::seed).toList();
            RunFolder.write(dir, scenario, results, events, fit, new Manifest.Info("run", scenarioOptions.file,
                    scenarioOptions.sha256(), scenarioOptions.overrides, seed, seeds, t, started, Instant.now()));
            if (!noCharts) {
                RunReport.write(dir, new RunRecord(RunInfo.of(scenario, seed), results, fit));
            }
            Summary.print(System.err, scenario, results, fit, dir, started);
        }
        return 0;
    }
}
