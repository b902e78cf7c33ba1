package org.durand.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.durand.experiment.ParameterDraws;
import org.durand.experiment.Posterior;
import org.durand.experiment.RunResult;
import org.durand.experiment.VarianceSplit;
import org.durand.output.Manifest;
import org.durand.output.PosteriorCsv;
import org.durand.scenario.Problem;
import org.durand.scenario.Scenario;
import org.durand.scenario.ScenarioException;
import org.durand.scenario.ScenarioReader;
import org.durand.output.Display;

/** {@code run --posterior FILE}: reading the posterior, drawing the replicates' parameter sets, telling the split. */
final class PosteriorOption {

    /** Outcomes whose variance split the run prints, with how a year combines their months. */
    private static final List<String> HEADLINE = List.of("fatalities_total", "attacks", "returns_total",
            "refugees_remaining", "tension_index");

    private PosteriorOption() {
    }

    /**
     * Reads {@code file}, checks the options, reads the scenario at every parameter set the
     * replicates draw, and adds the file to the run's inputs.
     *
     * @throws Main.BadInput      when a later step refuses the input
     * @throws ScenarioException  when --per-draw does not divide --reps or leaves a single draw
     *                            (with the file's own problems, if any), or when the file is another kind of file (a YAML file, one of the
     *                            other files a calibration or a run writes), is invalid, or a drawn
     *                            parameter set makes the scenario invalid (naming the file and
     *                            particle)
     */
    static ParameterDraws draws(Path file, int perDraw, int reps, long seed, ScenarioOptions options,
                               List<Manifest.Input> inputs) throws Main.BadInput, ScenarioException, IOException {
        // the options' problems and the file's are said together
        List<Problem> options0 = new ArrayList<>();
        if (reps % perDraw != 0) {
            options0.add(new Problem("--per-draw " + perDraw, "", "", "must divide --reps (" + reps + ") so that "
                    + "every parameter set runs the same number of replicates; for example --reps "
                    + perDraw * ((reps + perDraw - 1) / perDraw)));
        } else if (reps / perDraw < 2) {
            options0.add(new Problem("--reps " + reps, "", "", "with --per-draw " + perDraw + " draws a single "
                    + "parameter set; give at least two draws' worth of replicates"));
        }
        Posterior posterior;
        try {
            if (Files.isRegularFile(file)) {
                Optional<String> other = FileKinds.notAPosterior(file);
                if (other.isPresent()) {
                    throw new ScenarioException(new Problem(file.toString(), "", "", other.get()));
                }
            }
            posterior = PosteriorCsv.read(file);
        } catch (ScenarioException e) {
            options0.addAll(e.problems());
            throw new ScenarioException(options0);
        }
        if (!options0.isEmpty()) {
            throw new ScenarioException(options0);
        }
        Scenario scenario = ScenarioReader.read(options.file, options.overrides);
        List<Problem> problems = new ArrayList<>();
        for (String path : posterior.paths()) {
            if (scenario.parameters().get(path).isEmpty()) {
                problems.add(new Problem(file + " line 1", path, "", "the scenario defines no such value (an id it "
                        + "does not have?); 'durand params " + ScenarioOptions.display(options.file)
                        + "' lists its parameters"));
            }
            for (String set : options.overrides) {
                if (set.startsWith(path + "=")) {
                    problems.add(new Problem("--set " + set, path, "", "the posterior draws this parameter, so a "
                            + "--set of it would be overridden by every draw; leave out the --set, or the column"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        ParameterDraws draws = new ParameterDraws(posterior, seed, perDraw,
                sets -> ScenarioReader.read(options.file, AbcFit.concat(options.overrides, sets)));
        try {
            draws.prepare(reps);
        } catch (ScenarioException e) {
            List<Problem> located = new ArrayList<>();
            for (Problem p : e.problems()) {
                located.add(new Problem(file + " (a particle's values as --set)", p.key(), p.value(),
                        p.message()));
            }
            throw new ScenarioException(located);
        }
        inputs.add(new Manifest.Input(ScenarioOptions.display(file), sha256(file)));
        return draws;
    }

    /** The manifest's record of how {@code draws} were made from {@code file}. */
    static Manifest.PosteriorUse use(Path file, ParameterDraws draws) throws IOException {
        Posterior p = draws.posterior();
        return new Manifest.PosteriorUse(ScenarioOptions.display(file), sha256(file), p.paths(), p.size(),
                p.effectiveSampleSize(), draws.perDraw());
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /** Prints, for the headline outcomes over the whole run, the share of variance due to the parameters. */
    static void printSplit(PrintStream out, List<RunResult> results, Scenario scenario, int perDraw) {
        out.printf(Locale.ROOT, "parameter uncertainty over the whole run (%s × %s; variance.csv has every metric "
                + "and year):%n", Display.count(results.size() / perDraw, "parameter set"),
                Display.count(perDraw, "replicate"));
        for (String metric : HEADLINE) {
            double[] v = results.stream().mapToDouble(r -> r.series().over(metric, YearMonth.from(scenario.start()),
                    YearMonth.from(scenario.end()))).toArray();
            VarianceSplit s = VarianceSplit.of(v, perDraw);
            out.printf(Locale.ROOT, "  %-20s sd %s, of its variance %.0f%% from the parameters (95%% CI %.0f–%.0f%%), "
                    + "the rest replicate noise%n", metric, org.durand.output.Display.number(Math.sqrt(s.total())),
                    100 * s.parameterShare(), 100 * s.shareLow(), 100 * s.shareHigh());
        }
    }
}
