package org.durand.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.durand.calibrate.AbcCsv;
import org.durand.experiment.sweep.RunsCsv;
import org.durand.io.Csv;
import org.durand.output.PosteriorRunCsv;
import org.durand.output.RunFiles;

/**
 * What a file or folder that Durand wrote is, recognised by its header line or the files it
 * holds, so that one given where another kind is expected is named for what it is ("is the
 * posterior's summary") instead of being blamed for every column or file it lacks.
 */
final class FileKinds {

    /** What a {@code posterior.csv} is and which command writes it, the end of every message below. */
    static final String GIVE_POSTERIOR = "give the posterior.csv that 'durand calibrate --method abc' wrote";

    /**
     * A CSV file Durand writes.
     *
     * @param file    its name in the folder
     * @param what    what it holds, for messages
     * @param columns the columns its header starts with
     * @param fit     whether an ABC calibration or backtest writes it beside {@code posterior.csv}
     */
    private record CsvKind(String file, String what, List<String> columns, boolean fit) {
    }

    private static final List<CsvKind> CSV = List.of(
            new CsvKind("posterior-summary.csv", "the posterior's summary", AbcCsv.SUMMARY_COLUMNS, true),
            new CsvKind("predictive.csv", "the posterior predictive check", AbcCsv.PREDICTIVE_COLUMNS, true),
            new CsvKind("generations.csv", "the table of the ABC search's generations", AbcCsv.GENERATIONS_COLUMNS,
                    true),
            new CsvKind("backtest.csv", "a backtest's scores", AbcCsv.BACKTEST_COLUMNS, true),
            new CsvKind(RunFiles.SUMMARY, "a run's summary", RunFiles.SUMMARY_COLUMNS, false),
            new CsvKind(RunFiles.TIMESERIES, "a run's monthly values", RunFiles.TIMESERIES_COLUMNS, false),
            new CsvKind(RunFiles.EVENTS, "a run's event log", RunFiles.EVENTS_COLUMNS, false),
            new CsvKind(RunFiles.TARGETS, "a run's comparison with the targets", RunFiles.TARGETS_COLUMNS, false),
            new CsvKind(PosteriorRunCsv.DRAWS, "a run's record of the parameter sets it drew from a posterior",
                    PosteriorRunCsv.DRAWS_COLUMNS, false),
            new CsvKind("runs.csv", "a sweep's table of runs", RunsCsv.FIXED, false),
            new CsvKind("fit.csv", "an optimising calibration's fitted values", CalibrateCommand.FIT_COLUMNS, false),
            new CsvKind("evaluations.csv", "an optimising calibration's log of evaluations",
                    List.of(CalibrateCommand.EVALUATION), false));

    /** A YAML mapping's first key, as scenarios, targets files and sweep plans start. */
    private static final Pattern YAML_KEY = Pattern.compile("[A-Za-z_][\\w.-]*\\s*:(\\s.*)?");

    /** Lines read at most to find the first that is neither blank nor a comment. */
    private static final int SNIFF_LINES = 200;

    private FileKinds() {
    }

    /**
     * Why {@code file}, given as a posterior, is recognisably something else ("is the posterior's
     * summary; give posterior.csv from the same folder", to follow the file's name): a YAML file (a
     * scenario, targets file or sweep plan), a JSON file (a manifest), a Markdown or HTML report, or
     * one of the CSV files Durand writes (by its header); empty when it may be a posterior, for
     * {@link org.durand.output.PosteriorCsv#read} to check column by column.
     *
     * @param file an existing regular file, as given
     */
    static Optional<String> notAPosterior(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        String first;
        try {
            first = firstLine(file);
        } catch (IOException e) {
            return Optional.empty();   // unreadable or not UTF-8: the reader says so
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml") || first != null
                && (first.equals("---") || YAML_KEY.matcher(first).matches())) {
            return Optional.of("is a YAML file (a sweep plan, scenario or targets file), not a posterior; "
                    + GIVE_POSTERIOR);
        }
        if (name.endsWith(".json") || first != null && (first.startsWith("{") || first.startsWith("["))) {
            return Optional.of("is a JSON file (a run's manifest.json or a sweep's sweep.json), not a "
                    + "posterior; " + GIVE_POSTERIOR);
        }
        if (name.endsWith(".md") || name.endsWith(".html") || name.endsWith(".htm")) {
            return Optional.of("is a report, not a posterior; " + GIVE_POSTERIOR);
        }
        if (first == null) {
            return Optional.empty();
        }
        List<String> header = header(first);
        for (CsvKind k : CSV) {
            if (header.size() >= k.columns().size() && header.subList(0, k.columns().size()).equals(k.columns())) {
                String called = name.equals(k.file()) ? "" : " (" + k.file() + ")";
                return Optional.of("is " + k.what() + called + (k.fit()
                        ? "; give posterior.csv from the same folder"
                        : ", not a posterior; " + GIVE_POSTERIOR));
            }
        }
        return Optional.empty();
    }

    /**
     * What a folder without a {@code manifest.json} holds when a Durand command wrote it, by its
     * files: "a comparison (differences.csv)" or "an optimising calibration (fit.csv, evaluations.csv)"; empty
     * when its files are not recognisably Durand's. (A run, an ABC calibration and a backtest are
     * known by their manifest, a sweep by its {@code sweep.json}.)
     *
     * @param names the names of the files in the folder
     */
    static Optional<String> folder(java.util.Collection<String> names) {
        if (names.contains("differences.csv")) {
            return Optional.of("a comparison (differences.csv)");
        }
        if (names.contains("fit.csv") && names.contains("evaluations.csv")) {
            return Optional.of("an optimising calibration (fit.csv, evaluations.csv)");
        }
        // the fitted scenario an optimising calibration of another scenario left (its own is the command's)
        return names.stream().filter(n -> n.endsWith("-calibrated.yaml")).sorted().findFirst()
                .map(n -> "an optimising calibration's fitted scenario (" + n + ")");
    }

    /**
     * What a Durand output whose {@code manifest.json} names {@code command} is, for messages:
     * "another run", "an ABC calibration" (only ABC writes a manifest), "a backtest".
     */
    static String ofCommand(String command) {
        return switch (command) {
            case "run" -> "another run";
            case "calibrate" -> "an ABC calibration";
            case "backtest" -> "a backtest";
            default -> "another Durand output";
        };
    }

    /**
     * The first line of {@code file} that is neither blank nor a {@code #} comment, trimmed, without
     * a byte order mark; null when there is none among the first {@value #SNIFF_LINES} lines.
     */
    private static String firstLine(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < SNIFF_LINES; i++) {
                String line = in.readLine();
                if (line == null) {
                    return null;
                }
                String t = line.replace("\uFEFF", "").trim();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    return t;
                }
            }
            return null;
        }
    }

    /** The fields of a CSV header line; empty when it is not one. */
    private static List<String> header(String line) {
        try (var parser = Csv.parseRows(new java.io.StringReader(line))) {
            var records = parser.getRecords();
            return records.isEmpty() ? List.of() : records.get(0).toList();
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
            return List.of();
        }
    }
}
