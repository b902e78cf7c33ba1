package org.durand.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.durand.experiment.sweep.Design;
import org.durand.experiment.sweep.ModelEvaluator;
import org.durand.experiment.sweep.PlanReader;
import org.durand.experiment.sweep.RunsCsv;
import org.durand.experiment.sweep.Shard;
import org.durand.experiment.sweep.SlurmScript;
import org.durand.experiment.sweep.Spread;
import org.durand.experiment.sweep.SweepFolder;
import org.durand.experiment.sweep.SweepPlan;
import org.durand.experiment.sweep.SweepRunner;
import org.durand.experiment.sweep.Varied;
import org.durand.output.StagedFolder;
import org.durand.scenario.Scenario;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code durand sweep}: runs a scenario over a design of parameter values, with replicates. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run a scenario over a design of parameter values (grid, Latin hypercube, Sobol/Saltelli, "
                + "Morris, random) with replicates; stream runs.csv (one row per run, flushed as it ends), then "
                + "write sensitivity.csv, charts/ and report.html. Resumable, shardable, SLURM-ready.",
        footer = {"", "Examples:",
                "  ./durand sweep scenarios/baseline.yaml --vary governments.host.hawkishness=0.3:0.9 "
                        + "--vary groups.ttp.attacksPerCellYear=0.055:0.22 --design lhs --samples 6 --reps 2 --threads 2",
                "  ./durand sweep --plan scenarios/plans/hawkishness-attacks.yaml --dry-run",
                "  ./durand sweep --plan scenarios/plans/hawkishness-attacks.yaml --out results/s --resume",
                "  ./durand sweep --plan scenarios/plans/hawkishness-attacks.yaml --out results/s --slurm --tasks 4"})
final class SweepCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "Scenario file (or give --plan).")
    Path scenario;

    @Spec
    CommandSpec spec;

    @Option(names = "--plan", paramLabel = "FILE", description = "A sweep plan file (YAML) instead of the options below.")
    Path planFile;

    @Option(names = "--vary", paramLabel = "PATH=LOW:HIGH[:STEPS]",
            description = "A parameter to vary and its bounds; STEPS are grid levels (repeatable). Real values are run at 12 significant digits (a grid from 0.3 by 0.15 runs 0.45).")
    List<String> vary = new ArrayList<>();

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override at every point (repeatable).")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--design", defaultValue = "lhs", description = "grid, lhs, sobol, morris or random (default: ${DEFAULT-VALUE}).")
    String design;

    @Option(names = "--samples", description = "Points (lhs, random), Sobol base rows (a power of two; fewer than "
            + "256 are warned of) or Morris trajectories.")
    Integer samples;

    @Option(names = "--levels", defaultValue = "4", description = "Morris levels (default: ${DEFAULT-VALUE}).")
    int levels;

    @Option(names = "--reps", defaultValue = "" + SweepPlan.DEFAULT_REPLICATES, description = "Replicates per point (default: ${DEFAULT-VALUE}).")
    int reps;

    @Option(names = "--seed", defaultValue = "1", description = "Base seed of the design and runs (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--outcome", paramLabel = "NAME", description = "An outcome to keep, METRIC.PERIOD or target.ID "
            + "(repeatable; default: fatalities, returns, refugees, tension, strikes, clashes, closures, targets).")
    List<String> outcomes = new ArrayList<>();

    @Mixin
    ThreadsOption threads = new ThreadsOption();

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: results/<scenario-name>-sweep).")
    Path out;

    @Option(names = "--resume", description = "Finish the sweep in --out: run only the runs missing from runs.csv.")
    boolean resume;

    @Option(names = "--shard", paramLabel = "k/N", description = "Run only shard k of N (runs whose id mod N is k).")
    String shard;

    @Option(names = "--slurm", description = "Write a SLURM job-array script (and the merge step) instead of running.")
    boolean slurm;

    @Option(names = "--tasks", paramLabel = "N", description = "SLURM array tasks, one shard each (default: 4, or the run count when smaller).")
    @Range(min = 1, max = 100_000)
    Integer tasksOption;

    @Option(names = "--max-running", paramLabel = "N", description = "SLURM: at most N array tasks at once (the "
            + "array's %%N throttle; default: as many as the cluster gives).")
    @Range(min = 1, max = 100_000)
    Integer maxRunning;

    @Option(names = "--dry-run", description = "Print the design's cautions (stderr), then the points and the run "
            + "count; run nothing.")
    boolean dryRun;

    @Option(names = "--no-charts", description = "Skip charts and report.html.")
    boolean noCharts;

    @Override
    public Integer call() throws Exception {
        SweepPlan plan = plan();
        Shard part = shard == null ? Shard.ALL : Shard.parse(shard);   // checked by plan()
        SweepSetup setup;
        try {
            setup = SweepSetup.of(plan, planFile);
        } catch (Main.BadInput e) {
            // an outcome named on the command line is said as the option that named it
            throw planFile != null ? e : new Main.BadInput(e.getMessage().replaceFirst("^outcome '([^']*)'",
                    "--outcome $1"));
        }
        PrintStream err = System.err;
        if (dryRun) {
            setup.printPoints(System.out, err, part);
            return 0;
        }
        setup.printTimelineCautions(err);
        int t = threads.count();
        RunBudget.check(setup.scenario(), t);
        Path dir = out != null ? out : Path.of("results", setup.scenario().name() + "-sweep");
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new Main.BadInput("--out " + dir + " exists and is not a folder");
        }
        if (slurm) {
            int runs = plan.runs();
            int tasks = tasksOption == null ? Math.min(4, runs) : tasksOption;   // the default never idles a task
            if (tasks > runs) {
                throw new Main.BadInput("--tasks " + tasks + ": more tasks than the sweep's " + runs + " runs, so "
                        + (tasks - runs) + " would have nothing to do; allowed: --tasks 1 to " + runs);
            }
            java.util.OptionalInt limit = SlurmCluster.maxArraySize();
            if (limit.isPresent() && tasks > limit.getAsInt()) {
                throw new Main.BadInput("--tasks " + tasks + ": this cluster's job arrays hold at most " + limit.getAsInt()
                        + " tasks (MaxArraySize, from scontrol show config); allowed: --tasks " + limit.getAsInt()
                        + " or fewer (each task runs a shard of several runs)");
            }
            if (limit.isEmpty() && tasks > SlurmCluster.DEFAULT_MAX_ARRAY_SIZE) {
                err.println("warning: --tasks " + tasks + " is above SLURM's default MaxArraySize ("
                        + SlurmCluster.DEFAULT_MAX_ARRAY_SIZE + "), and scontrol could not be asked for this cluster's;"
                        + " check with 'scontrol show config | grep MaxArraySize' before submitting");
            }
            String unnameable = SlurmScript.unnameable(dir);
            if (!unnameable.isEmpty()) {
                throw new Main.BadInput("--out " + unnameable);
            }
            try (SweepFolder folder = setup.openFolder(dir, part, true)) {
                Path script = SlurmScript.write(folder.dir(), tasks, t, maxRunning == null ? 0 : maxRunning);
                err.println("wrote " + script + " and " + folder.dir().resolve(SlurmScript.MERGE) + "; submit with: bash "
                        + SlurmScript.shellWord(folder.dir().resolve(SlurmScript.SUBMIT).toString()));
            }
            return 0;
        }
        try (SweepFolder folder = setup.openFolder(dir, part, resume)) {
            SweepRunner runner = setup.runner();
            java.util.BitSet done = runner.done(folder.runs());
            int todo = runner.missing(done, part);
            int inShard = part.size(plan.runs());
            if (todo == 0) {
                err.println("nothing left to run: " + folder.runs() + " already holds all " + inShard + " runs"
                        + (part.count() == 1 ? "" : " of shard " + part));
            } else {
                long began = System.nanoTime();
                SweepRunner.Tally tally;
                int[] failed = {0};
                try (Progress progress = new Progress(setup.scenario().name() + " sweep", todo, "runs", true)) {
                    progress.message("0 failed");
                    tally = runner.run(folder.runs(), done, part, t, new ModelEvaluator(plan, setup.outcomes()),
                            (run, ok) -> {
                                synchronized (failed) {
                                    if (!ok) {
                                        progress.message(++failed[0] + " failed");
                                    }
                                    progress.step();
                                }
                            });
                }
                double secs = (System.nanoTime() - began) / 1e9;
                err.printf(Locale.ROOT, "%d runs in %.1f s (%.2f runs/s on %d thread%s), %d failed%s%s; written to %s%n",
                        tally.ran(), secs, tally.ran() / Math.max(secs, 1e-9), t, t == 1 ? "" : "s", tally.failed(),
                        tally.done() == 0 ? "" : "; " + tally.done() + " were already done",
                        part.count() == 1 ? "" : "; shard " + part + " of " + plan.runs() + " runs", folder.runs());
            }
            if (part.count() == 1) {
                // the analysis is staged beside the folder and replaces the earlier one whole, so an
                // interruption leaves the earlier analysis (or none), never a part of the new one
                try (StagedFolder staged = StagedFolder.open(folder.dir(), SweepSetup.ANALYSIS)) {
                    SweepSetup.report(plan, setup.outcomeNames(), folder.runs(), staged.path(), folder.dir(),
                            !noCharts, err);
                    staged.commit();
                } catch (StagedFolder.Refused e) {
                    throw new Main.BadInput(e.getMessage());
                }
            } else {
                err.println("this is one shard; join the shards with 'durand merge DIR...' for the analysis");
            }
        } catch (RunsCsv.Damaged e) {
            throw new Main.BadInput(e.getMessage() + "; " + SweepFolder.RUNS + " was edited or holds another "
                    + "sweep's rows: mend or remove that row (a removed run is run again by --resume), or choose "
                    + "another --out");
        }
        return 0;
    }

    /**
     * The plan from the plan file or the options. Every problem of the command line is found and
     * said at once (exit 2, as the parser's own): options given beside {@code --plan}, a missing
     * scenario or {@code --vary}, each {@code --vary} that does not parse, the design, steps for a
     * design without them, the numbers the design does not allow ({@link SweepPlan#faults}) and
     * {@code --shard}.
     */
    private SweepPlan plan() throws Exception {
        List<String> problems = new ArrayList<>();
        checkShard(problems);
        if (slurm && shard != null) {
            problems.add("--shard " + shard + ": --slurm writes a job array whose tasks run every shard of the sweep; "
                    + "leave out --shard (or run one shard here without --slurm)");
        }
        if (!slurm) {
            // both shape a SLURM job array; without --slurm they would be ignored
            if (tasksOption != null) {
                problems.add("--tasks " + tasksOption + ": sets the SLURM job array's size, so only with --slurm; "
                        + "to split a sweep by hand, run its shards with --shard k/N");
            }
            if (maxRunning != null) {
                problems.add("--max-running " + maxRunning + ": throttles a SLURM job array, so only with --slurm");
            }
        }
        if (planFile != null) {
            List<String> given = new ArrayList<>();
            for (String option : List.of("--vary", "--set", "--design", "--samples", "--levels", "--reps", "--seed",
                    "--outcome")) {
                if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                    given.add(option);
                }
            }
            if (scenario != null || !given.isEmpty()) {
                problems.add("--plan " + planFile + " states the scenario, its overrides, the varied "
                        + "parameters, design, samples, levels, replicates, seed and outcomes; give "
                        + (scenario != null ? "the scenario " + scenario : String.join(", ", given))
                        + " in the plan file, not as options");
            }
            refuse(problems);
            return PlanReader.read(planFile);
        }
        if (scenario == null) {
            problems.add("give a SCENARIO file and --vary options, or --plan FILE");
        }
        if (vary.isEmpty()) {
            problems.add("give at least one --vary PATH=LOW:HIGH[:STEPS]");
        }
        List<Varied> varied = new ArrayList<>();
        for (String v : vary) {
            try {
                varied.add(Varied.parse(v, Spread.UNIFORM));
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
            String path = org.durand.scenario.Overrides.path(v);
            for (String set : overrides) {
                if (org.durand.scenario.Overrides.path(set).equals(path)) {
                    problems.add("--set " + set + ": " + path + " is also varied (--vary " + v + "), which gives it "
                            + "its value at every point; leave out the --set or the --vary");
                }
            }
        }
        Design d = null;
        try {
            d = Design.of(design);
        } catch (IllegalArgumentException e) {
            problems.add("--design " + design + ": allowed: " + Design.words());
        }
        if (d != null) {
            for (String v : vary) {
                if (d != Design.GRID && v.substring(v.indexOf('=') + 1).split(":").length > 2) {
                    problems.add("--vary " + v + ": steps apply to the grid design only; the design is "
                            + design + " (leave out :STEPS, or give --design grid)");
                }
            }
            if (d == Design.GRID && samples != null) {
                problems.add("--samples " + samples + ": a grid's points are its steps (--vary PATH=LOW:HIGH:STEPS), "
                        + "not samples; leave out --samples, or give another --design");
            }
            int n = samples == null ? SweepPlan.defaultSamples(d) : samples;
            SweepPlan.faults(d, varied, n, levels, reps).forEach(f -> problems.add(f.asOption()));
        }
        refuse(problems);
        return new SweepPlan(scenario, overrides, varied, d, samples == null ? SweepPlan.defaultSamples(d) : samples,
                levels, reps, seed, outcomes);
    }

    /** Throws the command line's problems, all together, when there are any. */
    private void refuse(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new OptionChecks.Problems(spec.commandLine(), problems);
        }
    }

    /** Adds to {@code problems} what is wrong with {@code --shard}, if it was given and does not parse. */
    private void checkShard(List<String> problems) {
        try {
            if (shard != null) {
                Shard.parse(shard);
            }
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage().startsWith("--") ? e.getMessage() : "--" + e.getMessage());
        }
    }
}
