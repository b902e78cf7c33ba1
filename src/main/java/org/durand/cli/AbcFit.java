package org.durand.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.durand.calibrate.AbcSmc;
import org.durand.calibrate.BacktestRow;
import org.durand.calibrate.FitParameter;
import org.durand.calibrate.Predictive;
import org.durand.calibrate.PredictiveCheck;
import org.durand.calibrate.TargetSimulator;
import org.durand.chart.PosteriorReport;
import org.durand.experiment.ParameterDraws;
import org.durand.experiment.Posterior;
import org.durand.calibrate.AbcCsv;
import org.durand.output.Manifest;
import org.durand.io.Numbers;
import org.durand.output.PosteriorCsv;
import org.durand.scenario.Scenario;
import org.durand.scenario.ScenarioException;
import org.durand.scenario.ScenarioReader;
import org.durand.scenario.Target;
import org.durand.output.Display;

/**
 * The approximate Bayesian calibration shared by {@code calibrate --method abc} and
 * {@code backtest}: ABC-SMC on the fitted targets, then the posterior predictive check of every
 * target, and the files and lines that report them.
 */
final class AbcFit {

    /** Files an ABC calibration writes into its folder. */
    static final Set<String> FILES = Set.of("posterior.csv", "posterior-summary.csv", "generations.csv",
            "predictive.csv", "charts", "report.html", "manifest.json");

    /**
     * The search's settings.
     *
     * @param particles  population size
     * @param budget     model simulations at most
     * @param reps       replicates per simulation
     * @param quantile   quantile of the previous distances that sets each tolerance
     * @param checkDraws posterior draws of the predictive check
     * @param seed       base seed of the search and of the check's draws
     * @param threads    simulations at once
     */
    record Settings(int particles, int budget, int reps, double quantile, int checkDraws, long seed, int threads) {

        /**
         * @throws Main.BadInput naming the option and what is allowed
         */
        void check() throws Main.BadInput {
            if (budget < 3 * particles) {
                throw new Main.BadInput("--budget " + budget + " is below three times --particles (" + particles
                        + "): ABC-SMC needs the prior generation and at least one shrinking one; raise --budget or "
                        + "lower --particles");
            }
        }
    }

    /** What the calibration found: the search's result and the predictive check of every target. */
    record Outcome(AbcSmc.Result result, List<Predictive> checks) {
        Posterior posterior() {
            return result.posterior();
        }
    }

    private AbcFit() {
    }

    /**
     * Refuses a fitted parameter the scenario does not define (a path naming an id it does not
     * have, such as a group it lacks). Whole-number parameters are refused before, with the
     * {@code --fit} options themselves ({@link CalibrateCommand#fitParameters}).
     *
     * @throws Main.BadInput naming the --fit option
     */
    static void requireDefined(Scenario base, List<FitParameter> params) throws Main.BadInput {
        for (FitParameter p : params) {
            if (base.parameters().get(p.path()).isEmpty()) {
                throw new Main.BadInput("--fit " + p.path() + ": the scenario defines no such value (an id it does "
                        + "not have?); 'durand params SCENARIO' lists its parameters");
            }
        }
    }

    /**
     * Refuses a {@code --set} of a parameter that is also fitted: the fit would override it at every
     * simulation, and a run over the posterior with the same overrides would be refused.
     *
     * @throws Main.BadInput naming the --set and the --fit
     */
    static void requireNotSet(ScenarioOptions options, List<FitParameter> params) throws Main.BadInput {
        for (FitParameter p : params) {
            for (String set : options.overrides) {
                if (set.startsWith(p.path() + "=")) {
                    throw new Main.BadInput("--set " + set + ": " + p.path() + " is also fitted (--fit), which "
                            + "overrides it at every simulation; leave out the --set or the --fit");
                }
            }
        }
    }

    /**
     * Checks the scenario at the middle of every prior and, one parameter at a time, at each
     * parameter's bounds: each must be a valid scenario within the run budget
     * ({@link RunBudget}), so that no simulation of the search fails for a size or value the
     * prior allows.
     *
     * @throws Main.BadInput      naming the --fit option whose bound the budget refuses
     * @throws ScenarioException  when a bound makes the scenario invalid
     */
    static void checkPriors(ScenarioOptions options, List<FitParameter> params, int concurrent)
            throws Main.BadInput, ScenarioException {
        double[] mid = params.stream().mapToDouble(p -> p.at(0.5)).toArray();
        try {
            RunBudget.check(at(options, params, mid), concurrent);
        } catch (Main.BadInput e) {
            throw new Main.BadInput(String.join(" ", params.stream().map(p -> "--fit " + p.path() + "="
                    + Numbers.format(p.low()) + ":" + Numbers.format(p.high())).toList())
                    + ": at the middle of the priors the scenario is beyond what a run may use: " + e.getMessage());
        }
        for (int j = 0; j < params.size(); j++) {
            for (double u : new double[] {0, 1}) {
                double[] v = mid.clone();
                v[j] = params.get(j).at(u);
                try {
                    RunBudget.check(at(options, params, v), concurrent);
                } catch (Main.BadInput e) {
                    FitParameter p = params.get(j);
                    throw new Main.BadInput("--fit " + p.path() + "=" + Numbers.format(p.low()) + ":"
                            + Numbers.format(p.high()) + ": at " + Numbers.format(v[j]) + " the scenario is beyond "
                            + "what a run may use: " + e.getMessage());
                }
            }
        }
    }

    /** Reads the scenario with the run's overrides and {@code params} at {@code values}. */
    static Scenario at(ScenarioOptions options, List<FitParameter> params, double[] values) throws ScenarioException {
        List<String> sets = new ArrayList<>(options.overrides);
        for (int i = 0; i < params.size(); i++) {
            sets.add(params.get(i).path() + "=" + Numbers.format(values[i]));
        }
        return ScenarioReader.read(options.file, sets);
    }

    /**
     * Runs ABC-SMC on {@code fitted}, then checks every target of {@code checked} on draws from the
     * posterior.
     *
     * @param label names the task in the progress lines
     */
    static Outcome run(ScenarioOptions options, List<FitParameter> params, List<Target> fitted, List<Target> checked,
                       Settings s, String label) throws ScenarioException {
        TargetSimulator simulator = new TargetSimulator(v -> at(options, params, v), fitted, s.reps());
        AbcSmc.Result result;
        try (Progress progress = new Progress(label + " (ABC-SMC)", s.budget(), "sims")) {
            result = new AbcSmc(params, simulator, s.particles(), s.quantile(), s.threads())
                    .run(s.budget(), s.seed(), n -> progress.step());
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof ScenarioException se) {
                throw se;
            }
            throw e;
        }
        Progress.phase("posterior predictive check: " + Display.count(s.checkDraws(), "draw"));
        ParameterDraws draws = new ParameterDraws(result.posterior(), s.seed(), 1,
                sets -> ScenarioReader.read(options.file, concat(options.overrides, sets)));
        Set<String> fittedIds = fitted.stream().map(Target::id).collect(Collectors.toSet());
        List<Predictive> checks = PredictiveCheck.run(draws, s.checkDraws(), s.seed(), s.threads(), checked,
                fittedIds);
        return new Outcome(result, checks);
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * Writes posterior.csv, posterior-summary.csv, generations.csv, predictive.csv, the charts and
     * report.html into {@code dir}; for a backtest, its rows join the report and charts.
     *
     * @param title    the report's heading
     * @param backtest the scored targets of a backtest, or empty
     * @param scores   the backtest's score lines, or empty
     * @param manifest what the fit records about itself, written as manifest.json
     */
    static void write(Path dir, List<FitParameter> params, Outcome o, Settings s, String title,
                      List<BacktestRow> backtest, String scores, Manifest.FitInfo manifest)
            throws java.io.IOException {
        Manifest.writeFit(dir.resolve("manifest.json"), manifest);
        PosteriorCsv.write(dir.resolve("posterior.csv"), o.posterior());
        AbcCsv.writeSummary(dir.resolve("posterior-summary.csv"), o.posterior(),
                params.stream().mapToDouble(FitParameter::low).toArray(),
                params.stream().mapToDouble(FitParameter::high).toArray());
        AbcCsv.writeGenerations(dir.resolve("generations.csv"), o.result().generations());
        AbcCsv.writePredictive(dir.resolve("predictive.csv"), o.checks());
        String command = String.format(Locale.ROOT, "%d particles, budget %d simulations of %d replicate(s), "
                        + "tolerance quantile %s, %d posterior draws in the check, seed %d", s.particles(), s.budget(),
                s.reps(), Numbers.format(s.quantile()), s.checkDraws(), s.seed());
        PosteriorReport.write(dir, params, new PosteriorReport.Contents(title, command, o.result(), o.checks(),
                backtest, scores));
    }

    /**
     * The manifest of a fit by {@code command}: inputs and overrides of {@code options}, the
     * settings with {@code extra} first (such as the fit date), and the priors.
     */
    static Manifest.FitInfo manifest(String command, ScenarioOptions options, Scenario base,
                                     List<FitParameter> params, Settings s, Map<String, Object> extra,
                                     java.time.Instant started) throws ScenarioException {
        Map<String, Object> settings = new LinkedHashMap<>(extra);
        settings.put("method", "ABC-SMC (Beaumont et al. 2009; adaptive tolerance, Del Moral et al. 2012)");
        settings.put("particles", s.particles());
        settings.put("budget", s.budget());
        settings.put("replicatesPerSimulation", s.reps());
        settings.put("quantile", s.quantile());
        settings.put("checkDraws", s.checkDraws());
        settings.put("seed", s.seed());
        settings.put("threads", s.threads());
        List<Map<String, Object>> priors = new ArrayList<>();
        for (FitParameter p : params) {
            Map<String, Object> prior = new LinkedHashMap<>();
            prior.put("path", p.path());
            prior.put("distribution", "uniform");
            prior.put("low", p.low());
            prior.put("high", p.high());
            priors.add(prior);
        }
        return new Manifest.FitInfo(command, options.file, options.inputs(base), options.overrides, settings, priors,
                started, java.time.Instant.now());
    }

    /** Prints the posterior's medians and 90% credible intervals, the effective sample size and the check. */
    static void print(Outcome o) {
        Posterior p = o.posterior();
        List<AbcSmc.Generation> g = o.result().generations();
        AbcSmc.Generation last = g.stream().filter(AbcSmc.Generation::complete).reduce((a, b) -> b).orElseThrow();
        System.err.printf(Locale.ROOT, "ABC-SMC: %s, %s, tolerance %s; %s, effective sample size %.1f%n",
                Display.count(o.result().simulations(), "simulation"),
                Display.count(last.index() + 1, "complete generation"), Double.isInfinite(last.tolerance())
                        ? "none (the prior)" : String.format(Locale.ROOT, "%.3g", last.tolerance()),
                Display.count(p.size(), "particle"), p.effectiveSampleSize());
        for (int j = 0; j < p.paths().size(); j++) {
            System.err.printf(Locale.ROOT, "  %s: median %s, 90%% credible interval %s – %s%n", p.paths().get(j),
                    Numbers.format(round(p.quantile(j, 0.5))), Numbers.format(round(p.quantile(j, 0.05))),
                    Numbers.format(round(p.quantile(j, 0.95))));
        }
        for (boolean fitted : new boolean[] {true, false}) {
            List<Predictive> some = o.checks().stream().filter(c -> c.fitted() == fitted).toList();
            if (!some.isEmpty()) {
                System.err.printf(Locale.ROOT, "posterior predictive check, %s targets: %d of %s inside the model's "
                        + "90%% predictive interval%n", fitted ? "fitted" : "held-out",
                        some.stream().filter(Predictive::within90).count(),
                        Display.count(some.size(), "observed value"));
            }
        }
        if (last.index() == 0) {
            System.err.println("warning: no generation after the prior completed within the budget, so the "
                    + "'posterior' is the prior; raise --budget (or lower --particles)");
        }
    }

    /** {@code v} to 4 significant digits, for messages. */
    static double round(double v) {
        return Double.isFinite(v) && v != 0
                ? new java.math.BigDecimal(v).round(new java.math.MathContext(4)).doubleValue() : v;
    }
}
