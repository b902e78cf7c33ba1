package org.durand.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVPrinter;
import org.durand.calibrate.Calibration;
import org.durand.calibrate.FitParameter;
import org.durand.calibrate.FittedScenarioFile;
import org.durand.calibrate.Misfit;
import org.durand.experiment.TargetEvaluator;
import org.durand.experiment.TargetResult;
import org.durand.experiment.Replicates;
import org.durand.experiment.RunResult;
import org.durand.io.AtomicFiles;
import org.durand.io.Csv;
import org.durand.io.Numbers;
import org.durand.output.StagedFolder;
import org.durand.output.TargetsCsv;
import org.durand.scenario.Parameter;
import org.durand.scenario.ParameterRegistry;
import org.durand.scenario.Scenario;
import org.durand.scenario.ScenarioException;
import org.durand.scenario.ScenarioReader;
import org.durand.scenario.Target;
import org.durand.output.Display;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code durand calibrate}: fits parameters to observed targets, as a point (CMA-ES, then BOBYQA) or
 * as a posterior (ABC-SMC).
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fit scenario parameters to observed targets.",
            "--method optimise (default) minimises the weighted sum of squared relative errors of replicate means "
                + "(CMA-ES, then a BOBYQA polish; bounded; common random numbers) and writes fit.csv, "
                + "evaluations.csv, targets.csv and <scenario>-calibrated.yaml.",
            "--method abc samples the posterior by approximate Bayesian computation (ABC-SMC, uniform priors on "
                + "the --fit bounds, distance the weighted RMS relative error) and writes posterior.csv, "
                + "posterior-summary.csv, generations.csv, predictive.csv (the posterior predictive check of every "
                + "target) and charts/; run over the posterior with 'durand run SCENARIO --posterior "
                + "DIR/posterior.csv'."},
        footer = {"", "Examples:", "  ./durand calibrate scenarios/baseline.yaml --targets "
                + "scenarios/targets/observed-2024-25.yaml --fit groups.ttp.attacksPerCellYear=0.05:0.4 "
                + "--fit behaviour.returns.fearPerDay=0.002:0.03 --reps 8 --budget 60",
                "  ./durand calibrate scenarios/baseline.yaml --method abc --fit groups.ttp.attacksPerCellYear=0.1:0.5 "
                + "--fit governments.host.hawkishness=0.3:0.9 --particles 50 --budget 300"})
final class CalibrateCommand implements Callable<Integer> {

    @Mixin
    ScenarioOptions scenarioOptions = new ScenarioOptions();

    @Option(names = "--fit", required = true, paramLabel = "PATH[=LOW:HIGH]",
            description = "A parameter to fit and its bounds, the prior's range for abc (repeatable); without "
                    + "bounds, the parameter's allowed range from the registry when it is finite.")
    List<String> fit;

    @Option(names = "--method", defaultValue = "optimise", paramLabel = "optimise|abc",
            description = "optimise (a point fit) or abc (a posterior) (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--reps", description = "Replicates per evaluation (default: 8 for optimise, 1 for abc, where "
            + "each simulation is one draw of the model).")
    @Range(min = 1, max = 1000)
    Integer repsOption;

    @Option(names = "--budget", description = "Evaluations at most (default: 60 for optimise; for abc, model "
            + "simulations, default 10 × --particles).")
    @Range(min = 2, max = 10_000_000)
    Integer budgetOption;

    @Mixin
    AbcOptions abcOptions = new AbcOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    int reps;
    int budget;

    @Option(names = "--seed", defaultValue = "1", description = "Base seed of the common replicates (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    ThreadsOption threads = new ThreadsOption();

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: results/<scenario-name>-calibration, or "
            + "results/<scenario-name>-posterior for abc).")
    Path out;

    @Option(names = "--force", description = "Write into an output folder that holds a run (only Durand's files "
            + "are replaced).")
    boolean force;

    private double bestObjective = Double.POSITIVE_INFINITY;
    private List<TargetResult> bestResults = List.of();

    @Override
    public Integer call() throws Exception {
        boolean abc = switch (method) {
            case "abc" -> true;
            case "optimise" -> false;
            default -> throw new Main.BadInput("--method " + method + ": allowed are optimise and abc");
        };
        reps = repsOption != null ? repsOption : abc ? 1 : 8;
        budget = budgetOption != null ? budgetOption : abc ? 10 * abcOptions.particles : 60;
        AbcFit.Settings settings = null;
        if (abc) {
            settings = abcOptions.settings(budget, reps, seed, threads.count());
        } else {
            abcOptions.refuseWith(spec, "--method optimise");
        }
        List<FitParameter> params = fitParameters(fit);
        Scenario base = scenarioOptions.loadAndWarn();
        AbcFit.requireDefined(base, params);
        if (abc) {
            AbcFit.requireNotSet(scenarioOptions, params);   // for optimise a --set is the start of the search
        }
        List<Target> targets = scenarioOptions.targets(base);
        if (TargetEvaluator.applicable(targets, base).isEmpty()) {
            Path file = scenarioOptions.targetsPath(base);
            throw new Main.BadInput((file == null ? "the scenario names no targets file, so there is nothing to fit"
                    : (scenarioOptions.targetsFile != null ? "--targets " + scenarioOptions.targetsFile
                    : file.toString()) + ": no target falls within the calendar (" + base.start() + " to " + base.end()
                    + "), so there is nothing to fit: " + String.join(", ", targets.stream().map(Target::id).toList()))
                    + "; allowed: a targets file with windows inside the calendar, given with --targets FILE");
        }
        if (abc) {
            return posterior(params, base, targets, settings);
        }
        double[] probe = params.stream().mapToDouble(p -> p.at(0.5)).toArray();
        withValues(params, probe);   // a bad path or value fails here, before any run
        double[] start = new double[params.size()];
        for (int i = 0; i < start.length; i++) {
            FitParameter p = params.get(i);
            start[i] = Double.parseDouble(base.parameters().get(p.path()).orElseThrow().value());
        }
        int t = threads.count();
        RunBudget.check(base, Math.min(t, reps));
        AbcFit.checkPriors(scenarioOptions, params, Math.min(t, reps));
        Path dir = out != null ? out : Path.of("results", base.name() + "-calibration");
        String yamlName = base.name() + "-calibrated.yaml";
        try (StagedFolder staged = OutputFolder.open(dir, "--out", Set.of("fit.csv", "evaluations.csv",
                "targets.csv", yamlName))) {
            OutputFolder.refuseOtherRun(staged, force, m -> false, null, "an optimising calibration");
            requireStartWithin(params, start);   // last, so that the other problems are said first
            calibrate(params, start, targets, t, staged, base);
        }
        return 0;
    }

    /** {@code --method abc}: the posterior, its check and charts. */
    private int posterior(List<FitParameter> params, Scenario base, List<Target> targets, AbcFit.Settings settings)
            throws Exception {
        RunBudget.check(base, Math.min(settings.threads(), settings.reps()));
        AbcFit.checkPriors(scenarioOptions, params, settings.threads());   // one simulation per thread
        Path dir = out != null ? out : Path.of("results", base.name() + "-posterior");
        try (StagedFolder staged = OutputFolder.open(dir, "--out", AbcFit.FILES)) {
            OutputFolder.refuseOtherRun(staged, force, m -> m.path("command").asText().equals("calibrate"), "calibrate",
                    "an ABC calibration");
            Instant began = Instant.now();
            AbcFit.Outcome o = AbcFit.run(scenarioOptions, params, targets, targets, settings,
                    "calibrate " + base.name());
            AbcFit.write(staged.path(), params, o, settings, base.name() + ": posterior", List.of(), "",
                    AbcFit.manifest("calibrate", scenarioOptions, base, params, settings, Map.of(), began));
            staged.commit();
            System.err.printf(Locale.ROOT, "calibrated in %.0f s%n",
                    (Instant.now().toEpochMilli() - began.toEpochMilli()) / 1000.0);
            AbcFit.print(o);
            StringBuilder next = new StringBuilder("./durand run ").append(ScenarioOptions.display(scenarioOptions.file));
            scenarioOptions.overrides.forEach(set -> next.append(" --set ").append(set));
            next.append(" --posterior ").append(dir.resolve("posterior.csv"));
            System.err.println("posterior: " + dir.resolve("posterior.csv") + "; run over it (with the overrides it "
                    + "was fitted under) with: " + next);
        }
        return 0;
    }

    private void calibrate(List<FitParameter> params, double[] start, List<Target> targets, int t,
                           StagedFolder staged, Scenario base) throws Exception {
        List<Calibration.Evaluation> seen = new ArrayList<>();
        Calibration calibration = new Calibration(params, values -> evaluate(withValues(params, values), targets, t));
        Instant began = Instant.now();
        Calibration.Evaluation best;
        try (Progress progress = new Progress("calibrate " + base.name(), budget, "evals")) {
            best = calibration.fit(start, budget, seed, ev -> {
                seen.add(ev);
                progress.message(String.format(Locale.ROOT, "best %.4g", seen.stream()
                        .mapToDouble(Calibration.Evaluation::objective).min().orElse(Double.NaN)));
                progress.step();
            });
        }
        List<TargetResult> results = bestResults;
        Path dir = staged.path();
        writeFit(dir.resolve("fit.csv"), params, start, best);
        writeLog(dir.resolve("evaluations.csv"), params, calibration.log());
        TargetsCsv.write(dir.resolve("targets.csv"), results);
        String yamlName = base.name() + "-calibrated.yaml";
        Path yaml = staged.target().resolve(yamlName);
        AtomicFiles.writeString(dir.resolve(yamlName), FittedScenarioFile.text(yaml, scenarioOptions.file, params, best,
                calibration.log().size(), reps, seed, scenarioOptions.overrides));
        staged.commit();
        System.err.printf(Locale.ROOT, "calibrated in %.0f s: objective %.4g after %s; targets met %d of %d%n",
                (Instant.now().toEpochMilli() - began.toEpochMilli()) / 1000.0, best.objective(),
                Display.count(calibration.log().size(), "evaluation"), results.stream().filter(TargetResult::within).count(), results.size());
        for (int i = 0; i < params.size(); i++) {
            System.err.printf(Locale.ROOT, "  %s = %s%n", params.get(i).path(), Numbers.format(best.values()[i]));
        }
        if (java.util.Arrays.equals(best.values(), start)) {
            System.err.println("note: the fit never improved on the start values; raise --budget (it was "
                    + budget + ") or widen the bounds");
        }
        System.err.println("scenario with the fitted values: " + yaml);
    }

    /**
     * The {@code --fit} options, each a numeric registry parameter with bounds inside its allowed
     * range, none twice.
     *
     * @throws Main.BadInput naming the option, the path, the bounds and what is allowed
     */
    static List<FitParameter> fitParameters(List<String> options) throws Main.BadInput {
        List<FitParameter> params = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String f : options) {
            String path = f.contains("=") ? f.substring(0, f.indexOf('=')) : f;
            Parameter entry = ParameterRegistry.find(path).orElseThrow(() -> new Main.BadInput("--fit " + f
                    + ": names no scenario parameter" + ParameterRegistry.suggestion(path)
                    + "; 'durand params SCENARIO' lists them"));
            if (entry.kind() == Parameter.Kind.INTEGER) {
                throw new Main.BadInput("--fit " + f + ": " + path + " takes whole numbers only, and the fit "
                        + "proposes real values; fit a real-valued parameter, or step this one with a sweep "
                        + "(durand sweep --vary " + path + "=LOW:HIGH)");
            }
            FitParameter p;
            try {
                p = f.contains("=") ? FitParameter.parse(f) : registryBounds(f, entry);
            } catch (IllegalArgumentException e) {
                throw new Main.BadInput(e.getMessage());
            }
            String problem = entry.checkBounds(p.low(), p.high());
            if (!problem.isEmpty()) {
                throw new Main.BadInput("--fit " + f + ": " + p.path()
                        + (entry.unit().isEmpty() ? "" : " (" + entry.unit() + ")") + " " + problem);
            }
            if (!seen.add(p.path())) {
                throw new Main.BadInput("--fit " + f + ": " + p.path() + " is fitted twice; give each parameter once");
            }
            params.add(p);
        }
        return params;
    }

    /** A parameter fitted over its whole allowed range, when the registry gives a finite one. */
    private static FitParameter registryBounds(String f, Parameter entry) throws Main.BadInput {
        if (!entry.numeric() || !Double.isFinite(entry.min()) || !Double.isFinite(entry.max())
                || entry.max() >= 1e9) {
            throw new Main.BadInput("--fit " + f + ": give bounds as " + f + "=LOW:HIGH; its allowed range ("
                    + entry.range() + ") is too wide for a prior");
        }
        System.err.println("--fit " + f + ": uniform over its allowed range, " + entry.range() + " (" + entry.unit()
                + ")");
        return new FitParameter(f, entry.min(), entry.max());
    }

    private Scenario withValues(List<FitParameter> params, double[] values) throws ScenarioException {
        List<String> sets = new ArrayList<>(scenarioOptions.overrides);
        for (int i = 0; i < params.size(); i++) {
            sets.add(params.get(i).path() + "=" + Numbers.format(values[i]));
        }
        return ScenarioReader.read(scenarioOptions.file, sets);
    }

    /** The objective at one point; keeps the target table of the best point so far (evaluations run one at a time). */
    private double evaluate(Scenario scenario, List<Target> targets, int t) {
        List<RunResult> runs = Replicates.run(scenario, reps, seed, t, false, r -> { });
        List<TargetResult> results = TargetEvaluator.evaluate(targets, scenario, runs);
        double objective = Misfit.objective(results);
        if (objective < bestObjective) {
            bestObjective = objective;
            bestResults = results;
        }
        return objective;
    }

    /**
     * Refuses a search whose start (the scenario's value, or its {@code --set}) lies outside a
     * {@code --fit} parameter's bounds: the search would start from the nearer bound instead, and
     * the start the user gave would be silently changed.
     *
     * @param start the start of each parameter, in {@code params}' order
     * @throws Main.BadInput naming the --fit option and the start
     */
    private static void requireStartWithin(List<FitParameter> params, double[] start) throws Main.BadInput {
        for (int i = 0; i < start.length; i++) {
            FitParameter p = params.get(i);
            if (start[i] < p.low() || start[i] > p.high()) {
                throw new Main.BadInput("--fit " + p.path() + "=" + Numbers.format(p.low()) + ":"
                        + Numbers.format(p.high()) + ": the search starts from the scenario's value (or its "
                        + "--set), " + Numbers.format(start[i]) + ", outside these bounds; widen them to include "
                        + "it, or start elsewhere with --set " + p.path() + "=VALUE inside them");
            }
        }
    }

    /** The header of {@code fit.csv}: one row per fitted parameter. */
    static final List<String> FIT_COLUMNS = List.of("parameter", "low", "high", "start", "fitted", "objective");

    /** The first column of {@code evaluations.csv}; the fitted parameters and the objective follow. */
    static final String EVALUATION = "evaluation";

    private static void writeFit(Path file, List<FitParameter> params, double[] start, Calibration.Evaluation best)
            throws java.io.IOException {
        AtomicFiles.write(file, out -> {
            CSVPrinter csv = Csv.printer(out, FIT_COLUMNS.toArray(new String[0]));
            for (int i = 0; i < params.size(); i++) {
                FitParameter p = params.get(i);
                csv.printRecord(p.path(), Numbers.format(p.low()), Numbers.format(p.high()), Numbers.format(start[i]),
                        Numbers.format(best.values()[i]), Numbers.format(best.objective()));
            }
            csv.flush();
        });
    }

    private static void writeLog(Path file, List<FitParameter> params, List<Calibration.Evaluation> log)
            throws java.io.IOException {
        List<String> header = new ArrayList<>(List.of(EVALUATION));
        params.forEach(p -> header.add(p.path()));
        header.add("objective");
        AtomicFiles.write(file, out -> {
            CSVPrinter csv = Csv.printer(out, header.toArray(new String[0]));
            for (Calibration.Evaluation e : log) {
                List<Object> row = new ArrayList<>(List.of(e.index()));
                for (double v : e.values()) {
                    row.add(Numbers.format(v));
                }
                row.add(Numbers.format(e.objective()));
                csv.printRecord(row);
            }
            csv.flush();
        });
    }
}
