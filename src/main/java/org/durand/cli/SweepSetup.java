package org.durand.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.durand.chart.SweepReport;
import org.durand.experiment.sensitivity.Index;
import org.durand.experiment.sweep.ModelEvaluator;
import org.durand.experiment.sweep.Outcomes;
import org.durand.experiment.sweep.PlanReader;
import org.durand.experiment.sweep.RunsCsv;
import org.durand.experiment.sweep.Shard;
import org.durand.experiment.sweep.SweepAnalysis;
import org.durand.experiment.sweep.SweepFolder;
import org.durand.experiment.sweep.SweepPlan;
import org.durand.experiment.sweep.SweepResults;
import org.durand.experiment.sweep.SweepRunner;
import org.durand.io.AtomicFiles;
import org.durand.output.Display;
import org.durand.scenario.Scenario;
import org.durand.scenario.Problem;
import org.durand.scenario.ScenarioException;
import org.durand.scenario.Target;
import org.durand.scenario.YamlLoader;
import org.durand.scenario.YamlNode;

/**
 * A checked sweep ready to run: its scenario (read with the plan's overrides), outcomes and plan
 * hash. Every input problem surfaces here, before any run: the scenario, its targets, the outcome
 * names, and the scenario at the first design point and at the all-low and all-high corners.
 */
final class SweepSetup {

    /** What a sweep's analysis writes into its folder (sweep and merge), replaced whole each time it is written. */
    static final java.util.Set<String> ANALYSIS = java.util.Set.of("sensitivity.csv", "charts", "report.html");

    private final SweepPlan plan;
    private final Scenario scenario;
    private final List<String> outcomeNames;
    private final Outcomes outcomes;
    private final String hash;
    private final SweepRunner runner;

    private SweepSetup(SweepPlan plan, Scenario scenario, List<String> outcomeNames, Outcomes outcomes) {
        this.plan = plan;
        this.scenario = scenario;
        this.outcomeNames = outcomeNames;
        this.outcomes = outcomes;
        this.runner = new SweepRunner(plan, outcomeNames);
        this.hash = plan.hash(SweepPlan.sha256(scenario.parameters().asMap().toString()));
    }

    static SweepSetup of(SweepPlan plan) throws ScenarioException, Main.BadInput {
        return of(plan, null);
    }

    /**
     * The setup of {@code plan}, read from {@code planFile} (null when the plan came from the
     * command line): a problem of the plan's scenario, overrides or outcomes is then said at the
     * plan file's line that caused it, not at a {@code --set} nobody typed.
     */
    static SweepSetup of(SweepPlan plan, Path planFile) throws ScenarioException, Main.BadInput {
        YamlNode.Mapping planYaml = planFile == null ? null : YamlLoader.load(planFile);
        ScenarioOptions options = new ScenarioOptions();
        options.file = plan.scenario();
        options.overrides = plan.overrides();
        Scenario s;
        try {
            s = options.load();
        } catch (ScenarioException e) {
            throw planYaml == null ? e : blamedOnPlan(e, plan, planYaml);
        }
        List<Target> targets = options.targets(s);
        List<String> names = plan.outcomes().isEmpty() ? Outcomes.defaults(s, targets) : plan.outcomes();
        Outcomes outcomes;
        try {
            outcomes = Outcomes.of(names, s, targets);
        } catch (Outcomes.BadNames e) {
            if (planYaml == null) {
                throw new Main.BadInput(e.getMessage());
            }
            String where = planYaml.keyOrigin("outcomes").describe();
            throw new ScenarioException(e.bad().stream()
                    .map(b -> new org.durand.scenario.Problem(where, "outcomes", b.getKey(), b.getValue())).toList());
        }
        SweepSetup setup = new SweepSetup(plan, s, names, outcomes);
        ModelEvaluator evaluator = new ModelEvaluator(plan, outcomes);
        SweepRunner runner = setup.runner();
        evaluator.scenario(runner.values(0));
        int k = plan.varied().size();
        String[] low = new String[k];
        String[] high = new String[k];
        for (int d = 0; d < k; d++) {
            var v = plan.varied().get(d);
            low[d] = v.text(v.value(0));
            high[d] = v.text(v.value(1));
        }
        atBounds(evaluator, low, plan, "lower");
        atBounds(evaluator, high, plan, "upper");
        return setup;
    }

    /**
     * {@code e}'s problems, each said where the plan file caused it: an override at the plan's
     * {@code set} key, a scenario file that is not a scenario at its {@code scenario} key.
     */
    private static ScenarioException blamedOnPlan(ScenarioException e, SweepPlan plan, YamlNode.Mapping planYaml) {
        List<Problem> out = new ArrayList<>();
        for (Problem p : e.problems()) {
            // a plan's set is a mapping (PlanReader refuses anything else), and overrides come only from it
            if (p.where().startsWith("--set ") && planYaml.get("set") instanceof YamlNode.Mapping set) {
                out.add(PlanReader.atSetEntry(p, set));
            } else if (p.where().equals(plan.scenario().toString()) && p.key().isEmpty()
                    && planYaml.get("scenario") instanceof YamlNode.Scalar sc) {
                out.add(new Problem(sc.origin().describe(), "scenario", sc.text(), p.message()
                        .replaceFirst("^this is ", "names ")));
            } else {
                out.add(p);
            }
        }
        return new ScenarioException(out);
    }

    Scenario scenario() {
        return scenario;
    }

    /** The plan hash: the plan's text and the scenario's resolved values, as sweep.json records it. */
    String hash() {
        return hash;
    }

    List<String> outcomeNames() {
        return outcomeNames;
    }

    Outcomes outcomes() {
        return outcomes;
    }

    /** The runner of the plan (its design is built once). */
    SweepRunner runner() {
        return runner;
    }

    /**
     * Prints the design's cautions ({@link #designCautions}) to {@code err}, then every point of the
     * design and the run count to {@code out}.
     */
    void printPoints(PrintStream out, PrintStream err, Shard shard) {
        for (String caution : designCautions(plan)) {
            err.println("warning: " + caution);
        }
        printTimelineCautions(err);
        err.flush();
        SweepRunner runner = runner();
        out.println("point," + String.join(",", plan.paths()));
        for (int p = 0; p < plan.points(); p++) {
            out.println(p + "," + String.join(",", runner.values(p)));
        }
        out.printf(Locale.ROOT, "%s design: %d points x %d replicates = %d runs%s; %d outcomes; plan hash %s%n",
                plan.design().word(), plan.points(), plan.reps(), plan.runs(),
                shard.count() > 1 ? " (shard " + shard + ": " + shard.size(plan.runs()) + " runs)" : "",
                outcomeNames.size(), hash);
    }

    /**
     * Opens the sweep folder and writes its plan and manifest. A folder whose {@code sweep.json}
     * was cut or edited is resumed only when its own {@code plan.yaml} and {@code runs.csv} show
     * that its runs are this sweep's; {@code sweep.json} is then written anew.
     *
     * @throws Main.BadInput when it holds runs and {@code resume} is off, another sweep's runs, runs
     *                       that cannot be matched to this sweep, or another process's lock
     */
    SweepFolder openFolder(Path dir, Shard shard, boolean resume) throws IOException, Main.BadInput {
        SweepFolder folder;
        try {
            folder = SweepFolder.open(dir);
        } catch (IllegalStateException e) {
            throw new Main.BadInput(e.getMessage());
        }
        try {
            SweepFolder.Info old = null;
            SweepFolder.Damaged damaged = null;
            try {
                old = SweepFolder.readInfo(dir);
            } catch (SweepFolder.Damaged e) {
                damaged = e;
            }
            if (damaged != null && Files.isDirectory(dir.resolve(SweepFolder.MANIFEST))) {
                throw new Main.BadInput(dir.resolve(SweepFolder.MANIFEST) + " is a folder, where a sweep writes its "
                        + "manifest; move it away, or choose another --out");
            }
            boolean hasRuns = Files.exists(folder.runs()) && Files.size(folder.runs()) > 0;
            if (hasRuns && !resume) {
                throw new Main.BadInput(dir + " already holds " + SweepFolder.RUNS + "; add --resume to finish that "
                        + "sweep or choose another --out");
            }
            if (hasRuns && damaged != null) {
                String why = unmatched(dir, shard);
                if (!why.isEmpty()) {
                    throw new Main.BadInput(dir.resolve(SweepFolder.MANIFEST) + " " + damaged.problem() + ", and "
                            + why + ", so the runs in " + SweepFolder.RUNS + " cannot be matched to this sweep; "
                            + "choose another --out (or move " + SweepFolder.RUNS + " away to run the sweep afresh)");
                }
                System.err.println("note: " + dir.resolve(SweepFolder.MANIFEST) + " " + damaged.problem() + "; its "
                        + SweepFolder.PLAN + " and " + SweepFolder.RUNS + " are this sweep's (plan hash " + hash
                        + ", shard " + shard + "), so the sweep goes on and " + SweepFolder.MANIFEST
                        + " is written anew");
            }
            if (hasRuns && old != null && !SweepFolder.olderValues(dir, old).isEmpty()) {
                throw new Main.BadInput(SweepFolder.olderValues(dir, old));
            }
            if (hasRuns && old != null && (!old.planHash().equals(hash) || !old.shard().equals(shard.toString()))) {
                throw new Main.BadInput(dir + " holds another sweep (plan hash " + old.planHash() + ", shard "
                        + old.shard() + "); this one is " + hash + ", shard " + shard + "; choose another --out");
            }
            // what a sweep killed while writing its files (its charts, its analysis) left half-written
            AtomicFiles.removeLeftovers(dir);
            AtomicFiles.removeLeftovers(dir.resolve("charts"));
            folder.writeHeader(plan, new SweepFolder.Info(hash, plan.runs(), plan.points(), plan.reps(),
                    shard.toString(), runner().header(), SweepPlan.VALUES));
            Faults.writing(dir, "the runs written so far in " + SweepFolder.RUNS + "; run the same command with "
                    + "--resume to go on");
            return folder;
        } catch (IOException | Main.BadInput | RuntimeException e) {
            folder.close();
            throw e;
        }
    }

    /**
     * Why the runs in {@code dir} cannot be shown to be this sweep's without its {@code sweep.json},
     * or an empty string when they can: its {@code plan.yaml} must hash to this sweep's plan hash
     * (its text and its scenario's values), and every row of its {@code runs.csv} must have this
     * sweep's columns and be a run of {@code shard}.
     */
    private String unmatched(Path dir, Shard shard) throws IOException {
        Path planFile = dir.resolve(SweepFolder.PLAN);
        if (!Files.isRegularFile(planFile)) {
            return "there is no " + SweepFolder.PLAN + " beside it";
        }
        String theirs;
        try {
            theirs = of(PlanReader.read(planFile)).hash();
        } catch (ScenarioException e) {
            return "its " + SweepFolder.PLAN + " cannot be read (" + e.problems().get(0).describe() + ")";
        } catch (Main.BadInput e) {
            return "its " + SweepFolder.PLAN + " cannot be read (" + e.getMessage() + ")";
        }
        if (!theirs.equals(hash)) {
            return "its " + SweepFolder.PLAN + " is another sweep's (plan hash " + theirs + "; this one is " + hash + ")";
        }
        java.util.BitSet done;
        try {
            done = RunsCsv.repair(dir.resolve(SweepFolder.RUNS), runner().header(), plan.runs(), runner()::foreign);
        } catch (IllegalStateException | IllegalArgumentException e) {
            return "its " + SweepFolder.RUNS + " is not this sweep's (" + e.getMessage() + ")";
        }
        for (int run = done.nextSetBit(0); run >= 0; run = done.nextSetBit(run + 1)) {   // ids below plan.runs()
            if (!shard.contains(run)) {
                return "its " + SweepFolder.RUNS + " holds run " + run + ", which is not one of this sweep's shard " + shard;
            }
        }
        return "";
    }

    /**
     * Reads the scenario with every varied parameter at its {@code which} bound, and when that
     * makes it invalid, says so beside each problem: the file's line is where the clash shows, the
     * varied value is what caused it.
     */
    private static void atBounds(ModelEvaluator evaluator, String[] values, SweepPlan plan, String which)
            throws ScenarioException {
        try {
            evaluator.scenario(values);
        } catch (ScenarioException e) {
            StringBuilder at = new StringBuilder();
            for (int d = 0; d < values.length; d++) {
                at.append(d == 0 ? "" : ", ").append(plan.varied().get(d).path()).append(" = ").append(values[d]);
            }
            throw new ScenarioException(e.problems().stream().map(p -> new org.durand.scenario.Problem(
                    varied(p.where(), plan), p.key(), p.value(), p.message() + " (at the " + which + " bounds of the "
                    + "varied parameters: " + at + ")")).toList());
        }
    }

    /**
     * Where a problem of a bound's scenario is: the {@code --vary} of a varied parameter (the
     * scenario was read with it given as {@code --set PATH=VALUE}, which the user did not type), or
     * {@code where} itself.
     */
    private static String varied(String where, SweepPlan plan) {
        for (var v : plan.varied()) {
            if (where.startsWith("--set " + v.path() + "=")) {
                return "--vary " + v.path() + "=" + v.bounds();
            }
        }
        return where;
    }

    /**
     * Reads a whole sweep's {@code runs} and writes sensitivity.csv and, when asked, charts and
     * report.html into {@code dir} (a staging folder) for {@code shown}, the folder the user named.
     */
    static void report(SweepPlan plan, List<String> outcomeNames, Path runs, Path dir, Path shown, boolean charts,
                       PrintStream err) throws IOException {
        SweepResults results = SweepResults.read(runs, plan, outcomeNames);
        List<Index> indices = new ArrayList<>(SweepAnalysis.analyse(plan, results));
        SweepAnalysis.write(dir.resolve("sensitivity.csv"), indices);
        if (charts) {
            SweepReport.write(dir, plan, results, indices);
        }
        err.println("sensitivity.csv" + (charts ? ", charts/ and report.html" : "") + " written to " + shown);
        for (String caution : cautions(plan, indices)) {
            err.println("warning: " + caution);
        }
    }

    /**
     * Says on {@code err} which of the plan's overrides and varied values the scenario's timeline
     * replaces from a date: they change the runs only before that date.
     */
    void printTimelineCautions(PrintStream err) {
        ScenarioOptions.warnReplaced(scenario, plan.overrides(), "--set", err);
        ScenarioOptions.warnReplaced(scenario, plan.paths(), "--vary", err);
    }

    /** Fewest Sobol base rows for indices whose bootstrap intervals are usually narrower than 0.1. */
    static final int STABLE_SOBOL_ROWS = 256;

    /**
     * What the design alone lets one foresee of its analysis, said before the points of a dry run
     * and again after the analysis: a Sobol sample too small for stable indices, too few points for
     * partial rank correlations of every varied parameter, and a single replicate per point (whose
     * noise share cannot be measured).
     */
    static List<String> designCautions(SweepPlan plan) {
        List<String> out = new ArrayList<>();
        int k = plan.varied().size();
        switch (plan.design()) {
            case SOBOL -> {
                if (plan.samples() < STABLE_SOBOL_ROWS) {
                    out.add(plan.samples() + " Sobol base rows give unstable indices; use " + STABLE_SOBOL_ROWS
                            + " or more (Saltelli et al. 2010) and read the intervals in sensitivity.csv before the "
                            + "values");
                }
            }
            case MORRIS -> { }
            default -> {
                if (plan.points() <= k + 1) {
                    out.add(plan.points() + " points give no partial rank correlation for " + k + " varied "
                            + "parameters (more than k + 1 = " + (k + 1) + " points are needed); give more "
                            + (plan.design() == org.durand.experiment.sweep.Design.GRID ? "steps" : "samples"));
                }
            }
        }
        if (plan.reps() == 1) {
            out.add("1 replicate per point: the share of each outcome's variance that is replicate noise cannot be "
                    + "measured, and the indices cannot be told from that noise; give 2 or more replicates");
        }
        return out;
    }

    /**
     * What a reader of the indices should be warned of: {@link #designCautions}, and Sobol indices
     * outside [0, 1] by more than their own 95% interval reaches (which the estimators give only
     * when the sample is too small or the outcome mostly replicate noise).
     */
    static List<String> cautions(SweepPlan plan, List<Index> indices) {
        List<String> out = designCautions(plan);
        if (plan.design() != org.durand.experiment.sweep.Design.SOBOL) {
            return out;
        }
        for (Index i : indices) {
            boolean below = i.value() < 0 && !(i.high() >= 0);
            boolean above = i.value() > 1 && !(i.low() <= 1);
            if ("sobol".equals(i.method()) && (below || above)) {
                out.add(i.outcome() + ", " + i.parameter() + ": " + i.measure() + " index " + Display.number(i.value())
                        + " lies outside [0, 1] beyond its 95% interval (" + Display.number(i.low()) + " – "
                        + Display.number(i.high()) + "); more base rows, or more replicates where the outcome is "
                        + "mostly noise, are needed");
            }
        }
        return out;
    }
}
