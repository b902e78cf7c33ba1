package org.durand.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.durand.calibrate.BacktestRow;
import org.durand.calibrate.FitParameter;
import org.durand.calibrate.NaiveForecast;
import org.durand.calibrate.Predictive;
import org.durand.experiment.TargetEvaluator;
import org.durand.observe.MetricSet;
import org.durand.calibrate.AbcCsv;
import org.durand.io.AtomicFiles;
import org.durand.output.StagedFolder;
import org.durand.scenario.Scenario;
import org.durand.scenario.Target;
import org.durand.output.Display;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code durand backtest}: fits the posterior to the targets observed by a date and scores the
 * model's predictions of every later target against the observed values and two naive forecasts.
 */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Out-of-sample scoring: calibrate (ABC-SMC) on the targets whose windows end by --fit-until, "
                + "then predict every later target from the posterior and score the prediction: model mean, 90%% "
                + "predictive interval, relative error, whether the observed value falls inside, and the same errors "
                + "for two naive forecasts (the last fitted period's rate carried forward; the fitting window's mean "
                + "rate).",
            "Writes backtest.csv, backtest.md, the posterior's files (posterior.csv, posterior-summary.csv, "
                + "generations.csv, predictive.csv) and charts/."},
        footer = {"", "Example:", "  ./durand backtest scenarios/baseline.yaml --targets "
                + "scenarios/targets/observed-2024-25.yaml --fit-until 2024-06-30 --fit "
                + "groups.ttp.attacksPerCellYear=0.05:0.4 --fit governments.host.hawkishness=0.3:0.9 --fit "
                + "behaviour.returns.fearPerDay=0.002:0.03 --particles 50 --budget 400"})
final class BacktestCommand implements Callable<Integer> {

    /** Files the command writes besides the posterior's. */
    private static final Set<String> FILES = Set.of("backtest.csv", "backtest.md");

    @Mixin
    ScenarioOptions scenarioOptions = new ScenarioOptions();

    @Option(names = "--fit-until", required = true, paramLabel = "DATE", description = "Last day of the fitting "
            + "period (YYYY-MM-DD): targets whose windows end by it are fitted, the later ones scored.")
    String fitUntil;

    @Option(names = "--fit", required = true, paramLabel = "PATH[=LOW:HIGH]", description = "A parameter to fit "
            + "and its prior's bounds (repeatable); without bounds, its allowed range.")
    List<String> fit;

    @Mixin
    AbcOptions abcOptions = new AbcOptions();

    @Option(names = "--budget", description = "Model simulations of the search (default: 10 × --particles).")
    @Range(min = 30, max = 10_000_000, reason = "at least three generations of the smallest population")
    Integer budget;

    @Option(names = "--reps", description = "Replicates per simulation (default: 1).")
    @Range(min = 1, max = 1000)
    Integer reps;

    @Option(names = "--seed", defaultValue = "1", description = "Base seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    ThreadsOption threads = new ThreadsOption();

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: results/<scenario-name>-backtest).")
    Path out;

    @Option(names = "--force", description = "Write into an output folder that holds a run (only Durand's files "
            + "are replaced).")
    boolean force;

    @Override
    public Integer call() throws Exception {
        LocalDate until;
        try {
            until = LocalDate.parse(fitUntil);
        } catch (DateTimeParseException e) {
            throw new Main.BadInput("--fit-until " + fitUntil + ": not a date; write YYYY-MM-DD, e.g. 2024-06-30");
        }
        List<FitParameter> params = CalibrateCommand.fitParameters(fit);
        AbcFit.Settings settings = abcOptions.settings(budget, reps, seed, threads.count());
        Scenario base = scenarioOptions.loadAndWarn();
        AbcFit.requireDefined(base, params);
        AbcFit.requireNotSet(scenarioOptions, params);
        List<Target> all = TargetEvaluator.applicable(scenarioOptions.targets(base), base);
        List<Target> fitted = all.stream().filter(t -> !ends(t).isAfter(until)).toList();
        List<Target> scored = all.stream().filter(t -> ends(t).isAfter(until)).toList();
        if (fitted.isEmpty() || scored.isEmpty()) {
            throw new Main.BadInput("--fit-until " + fitUntil + ": " + Display.count(fitted.size(), "target")
                    + " end" + (fitted.size() == 1 ? "s" : "") + " by it and " + scored.size() + " after it; both must "
                    + "be at least one (the targets' windows end between "
                    + all.stream().map(BacktestCommand::ends).min(LocalDate::compareTo).map(Object::toString)
                    .orElse("-") + " and " + all.stream().map(BacktestCommand::ends).max(LocalDate::compareTo)
                    .map(Object::toString).orElse("-") + ")");
        }
        RunBudget.check(base, Math.min(settings.threads(), settings.reps()));
        AbcFit.checkPriors(scenarioOptions, params, settings.threads());   // one simulation per thread
        Path dir = out != null ? out : Path.of("results", base.name() + "-backtest");
        Set<String> owned = new HashSet<>(AbcFit.FILES);
        owned.addAll(FILES);
        try (StagedFolder staged = OutputFolder.open(dir, "--out", owned)) {
            OutputFolder.refuseOtherRun(staged, force, m -> m.path("command").asText().equals("backtest"), "backtest",
                    "a backtest");
            java.time.Instant began = java.time.Instant.now();
            System.err.printf(Locale.ROOT, "backtest of %s: fitting %s ending by %s, scoring %s%n", base.name(),
                    Display.count(fitted.size(), "target"), until, Display.count(scored.size(), "later one"));
            AbcFit.Outcome o = AbcFit.run(scenarioOptions, params, fitted, all, settings, "backtest " + base.name());
            NaiveForecast naive = new NaiveForecast(fitted, MetricSet.of(base), until);
            List<BacktestRow> rows = new ArrayList<>();
            for (Predictive p : o.checks()) {
                if (!p.fitted()) {
                    rows.add(new BacktestRow(p, naive.last(p.target()), naive.mean(p.target())));
                }
            }
            Path d = staged.path();
            AbcFit.write(d, params, o, settings, base.name() + ": backtest fitted to " + until, rows,
                    BacktestTable.scores(rows), AbcFit.manifest("backtest", scenarioOptions, base, params, settings,
                            Map.of("fitUntil", until.toString()), began));
            AbcCsv.writeBacktest(d.resolve("backtest.csv"), rows);
            AtomicFiles.writeString(d.resolve("backtest.md"), BacktestTable.markdown(rows, until));
            staged.commit();
            AbcFit.print(o);
            String scores = BacktestTable.scores(rows);
            System.err.print(scores.substring(scores.indexOf('\n') + 1));   // the coverage line AbcFit printed
            System.err.println("backtest: " + dir.resolve("backtest.csv"));
        }
        return 0;
    }

    /** The last day of a target's windows (its own and, for a ratio, the denominator's), whole months. */
    static LocalDate ends(Target t) {
        LocalDate end = YearMonth.from(t.to()).atEndOfMonth();
        if (t.perTo() != null && YearMonth.from(t.perTo()).atEndOfMonth().isAfter(end)) {
            end = YearMonth.from(t.perTo()).atEndOfMonth();
        }
        return end;
    }
}
