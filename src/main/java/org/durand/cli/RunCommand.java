package org.durand.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import org.durand.experiment.TargetEvaluator;
import org.durand.experiment.TargetResult;
import org.durand.chart.RunReport;
import org.durand.experiment.Replicates;
import org.durand.experiment.RunResult;
import org.durand.experiment.ParameterDraws;
import org.durand.output.EventSpool;
import org.durand.output.PosteriorRunCsv;
import org.durand.output.Manifest;
import org.durand.output.RunFolder;
import org.durand.output.RunInfo;
import org.durand.output.RunRecord;
import org.durand.output.StagedFolder;
import org.durand.scenario.Scenario;
import org.durand.scenario.Target;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code durand run}: replicates of a scenario, their data files, charts and report. Everything is
 * written into a staging folder and moved into the output folder at the end, so the folder holds
 * either the earlier run or the whole new one ({@link StagedFolder}).
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a scenario with replicates; write timeseries.csv, summary.csv, events.csv, targets.csv, "
                + "manifest.json, charts/ and report.html. The folder is replaced as a whole at the end; other "
                + "files in it stay.",
        footer = {"", "Examples:", "  ./durand run scenarios/baseline.yaml --reps 20 --seed 7",
                "  ./durand run scenarios/baseline.yaml --set governments.host.hawkishness=0.8 --out results/hawk"})
final class RunCommand implements Callable<Integer> {

    @Mixin
    ScenarioOptions scenarioOptions = new ScenarioOptions();

    @Option(names = "--reps", defaultValue = "10", description = "Replicates (default: ${DEFAULT-VALUE}).")
    @Range(min = 1, max = 100_000)
    int reps;

    @Option(names = "--seed", defaultValue = "1", description = "Base seed; replicate seeds derive from it "
            + "(default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    ThreadsOption threads = new ThreadsOption();

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: results/<scenario-name>).")
    Path out;

    @Option(names = "--no-charts", description = "Skip charts and report.html (an earlier run's are removed).")
    boolean noCharts;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--posterior", paramLabel = "FILE", description = "Run over parameter uncertainty: each group "
            + "of --per-draw replicates draws a parameter set by weight from FILE (posterior.csv of 'calibrate "
            + "--method abc'); writes draws.csv and variance.csv, which splits each outcome's variance into its "
            + "parameter and replicate parts.")
    Path posterior;

    @Option(names = "--per-draw", defaultValue = "2", description = "With --posterior: replicates per drawn "
            + "parameter set, ≥ 2, dividing --reps (default: ${DEFAULT-VALUE}).")
    @Range(min = 2, max = 100_000, reason = "two or more, so that the variance can be split into its parameter and replicate parts")
    int perDraw;

    @Option(names = "--force", description = "Replace a run of another scenario file in the output folder "
            + "(only Durand's files are replaced).")
    boolean force;

    @Override
    public Integer call() throws Exception {
        int t = threads.count();
        if (posterior == null && spec.commandLine().getParseResult().hasMatchedOption("--per-draw")) {
            throw new Main.BadInput("--per-draw applies to a run over a posterior; give --posterior FILE as well");
        }
        Progress.phase("loading " + scenarioOptions.file);
        Scenario scenario = scenarioOptions.loadAndWarn();
        List<Target> targets = scenarioOptions.targets(scenario);
        List<Manifest.Input> inputs = new java.util.ArrayList<>(scenarioOptions.inputs(scenario));
        ParameterDraws draws = posterior == null ? null : PosteriorOption.draws(posterior, perDraw, reps, seed,
                scenarioOptions, inputs);
        RunBudget.check(scenario, Math.min(t, reps));
        if (draws != null) {
            for (Scenario drawn : draws.prepared()) {
                try {
                    RunBudget.check(drawn, Math.min(t, reps));   // a particle may set a size the budget refuses
                } catch (Main.BadInput e) {
                    throw new Main.BadInput("--posterior " + posterior + ": a parameter set the replicates draw: "
                            + e.getMessage());
                }
            }
        }
        Path dir = out != null ? out : Path.of("results", scenario.name());
        try (StagedFolder staged = OutputFolder.open(dir, "--out", RunFolder.FILES)) {
            OutputFolder.refuseOtherRun(staged, force,
                    OutputFolder.sameScenario(scenarioOptions.file, inputs.get(0).sha256()), "run",
                    "a run of " + ScenarioOptions.display(scenarioOptions.file)
                            + (out == null ? " (both write to results/" + scenario.name() + ")" : ""));
            Instant started = Instant.now();
            List<RunResult> results;
            List<TargetResult> fit;
            try (EventSpool events = new EventSpool(staged.scratch(), reps)) {
                // a step per simulated day and one for building the agents, so that even a single long
                // replicate shows progress
                try (Progress progress = new Progress(scenario.name(), (long) reps * (scenario.days() + 1), "days")) {
                    java.util.function.IntFunction<Scenario> scenarioOf = draws == null ? r -> scenario
                            : draws::scenario;
                    results = Replicates.stream(scenarioOf, reps, seed, t, events::accept, new Replicates.Steps() {
                        @Override
                        public void building(int rep) {
                            progress.message("building the population of replicate " + rep);
                        }

                        @Override
                        public void day(int rep, int days) {
                            if (days == 1) {
                                progress.step();
                                progress.message("");
                            }
                            progress.step();
                        }
                    });
                }
                if (draws != null) {
                    results = results.stream().map(r -> r.inDraw(draws.draw(r.rep()))).toList();
                }
                Progress.phase("writing timeseries.csv, summary.csv, events.csv");
                fit = TargetEvaluator.evaluate(targets, scenario, results);
                List<Long> seeds = results.stream().map(RunResult::seed).toList();
                RunFolder.write(staged.path(), scenario, results, events, fit, new Manifest.Info("run",
                        scenarioOptions.file, inputs, scenarioOptions.overrides, seed, seeds, t, started,
                        Instant.now(), draws == null ? null : PosteriorOption.use(posterior, draws)));
                if (draws != null) {
                    PosteriorRunCsv.writeDraws(staged.path().resolve(PosteriorRunCsv.DRAWS), draws, results);
                    PosteriorRunCsv.writeVariance(staged.path().resolve(PosteriorRunCsv.VARIANCE), results,
                            scenario.start(), scenario.end(), perDraw);
                }
            }
            if (!noCharts) {
                Progress.phase("writing charts and report.html");
                RunReport.write(staged.path(), new RunRecord(RunInfo.of(scenario, seed), results, fit));
            }
            staged.commit();
            Summary.print(System.err, scenario, results, fit, dir, started);
            if (fit.size() < targets.size()) {
                System.err.println((fit.isEmpty() ? "no target applies to this calendar, so no targets.csv was written"
                        : ScenarioOptions.applying(fit.size(), targets.size()) + " to this calendar")
                        + "; not evaluated, as the run does not cover their windows' months wholly: "
                        + String.join(", ", ScenarioOptions.notCovered(scenario, targets)));
            }
            if (draws != null) {
                PosteriorOption.printSplit(System.err, results, scenario, perDraw);
            }
        }
        return 0;
    }
}
