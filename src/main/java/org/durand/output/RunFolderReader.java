package org.durand.output;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.durand.experiment.TargetResult;
import org.durand.experiment.ReplicateStatistics;
import org.durand.experiment.RunResult;
import org.durand.io.Csv;
import org.durand.io.Numbers;
import org.durand.model.Event;
import org.durand.model.EventType;
import org.durand.observe.MetricSet;
import org.durand.observe.MonthlySeries;
import org.durand.scenario.Target;

/**
 * Reads a run folder back into the {@link RunRecord} it was written from: {@code manifest.json}
 * (names, calendar, metrics, seed), {@code timeseries.csv}, {@code events.csv} and, when present,
 * {@code targets.csv}. The only reader of run folders; the columns are those of {@link RunFiles}.
 * Of {@code summary.csv} only the periods are read back ({@link #periods}): its statistics follow
 * from the time series.
 */
public final class RunFolderReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The top-level keys of a run's {@code manifest.json} that the reader needs. */
    private static final List<String> MANIFEST_BLOCKS = List.of("scenario", "calendar", "names", "metrics");

    private RunFolderReader() {
    }

    /**
     * Reads every file of the run folder {@code dir}.
     *
     * @throws RunFolderException when a file is missing or malformed (the message says where)
     * @throws IOException        when a file cannot be read
     */
    public static RunRecord read(Path dir) throws IOException {
        return read(dir, true);
    }

    /**
     * Reads the run folder {@code dir}, with the replicates' event logs only when {@code events} is
     * true (comparisons and tables need none, and a log can be large).
     *
     * @throws RunFolderException when a file is missing or malformed (the message says where)
     * @throws IOException        when a file cannot be read
     */
    public static RunRecord read(Path dir, boolean events) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new RunFolderException(dir, "is not a folder (make a run folder with durand run)");
        }
        Path manifestFile = dir.resolve(RunFiles.MANIFEST);
        JsonNode manifest = manifest(manifestFile);
        ManifestBlocks.Problems problems = (key, value, allowed) ->
                new RunFolderException(manifestFile, "key " + key, value, allowed);
        RunInfo info = ManifestBlocks.readInfo(manifest, problems);
        MetricSet metrics = ManifestBlocks.readMetrics(manifest, problems);
        Map<Integer, List<Event>> log = events ? events(dir.resolve(RunFiles.EVENTS)) : Map.of();
        List<RunResult> results = TimeseriesReading.read(require(dir.resolve(RunFiles.TIMESERIES)), metrics, log);
        checkCalendar(dir.resolve(RunFiles.TIMESERIES), info, results);
        return new RunRecord(info, withDraws(dir.resolve(PosteriorRunCsv.DRAWS), results),
                targets(dir.resolve(RunFiles.TARGETS)));
    }

    /**
     * Every replicate's months run from the manifest's first month to its last, so that a file cut
     * short (or one from another run) is refused rather than compared over the months it has.
     *
     * @throws RunFolderException naming the file, the replicate, the months it covers and the calendar
     */
    private static void checkCalendar(Path file, RunInfo info, List<RunResult> results) {
        java.time.YearMonth first = java.time.YearMonth.from(info.start());
        java.time.YearMonth last = java.time.YearMonth.from(info.end());
        long months = java.time.temporal.ChronoUnit.MONTHS.between(first, last) + 1;
        for (RunResult r : results) {
            List<java.time.YearMonth> have = r.series().months();
            if (have.size() != months || !have.get(0).equals(first) || !have.get(have.size() - 1).equals(last)) {
                throw new RunFolderException(file, "replicate " + r.rep() + " covers " + (have.isEmpty() ? "no month"
                        : have.get(0) + " to " + have.get(have.size() - 1) + " (" + Display.count(have.size(), "month")
                        + ")") + ", but " + RunFiles.MANIFEST + "'s calendar runs " + info.start() + " to " + info.end()
                        + " (" + Display.count(months, "month") + "): the file was cut short or belongs to another run (rerun durand run)");
            }
        }
    }

    /**
     * The results marked with their parameter draws from {@code draws.csv} of a run over a
     * posterior; unchanged when the run has none.
     *
     * @throws RunFolderException when the file names a replicate the run does not hold, or a draw
     *                            that is not a whole number
     */
    private static List<RunResult> withDraws(Path file, List<RunResult> results) throws IOException {
        if (!Files.exists(file)) {
            return results;
        }
        Map<Integer, Integer> drawOf = new HashMap<>();
        try (java.io.Reader in = Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8);
             CSVParser parser = Csv.parse(in)) {
            for (org.apache.commons.csv.CSVRecord r : parser) {
                try {
                    drawOf.put(Integer.parseInt(r.get("rep")), Integer.parseInt(r.get("draw")));
                } catch (IllegalArgumentException e) {
                    throw new RunFolderException(file, "line " + (r.getRecordNumber() + 1) + ": rep and draw must be "
                            + "whole numbers");
                }
            }
        }
        List<RunResult> out = new ArrayList<>();
        for (RunResult r : results) {
            Integer d = drawOf.get(r.rep());
            if (d == null) {
                throw new RunFolderException(file, "names no draw for replicate " + r.rep());
            }
            out.add(r.inDraw(d));
        }
        return out;
    }

    /**
     * The periods of the run folder {@code dir}'s {@code summary.csv} with the days of each the run
     * covers, checked against the calendar of its {@code manifest.json}.
     *
     * @throws RunFolderException when a file is missing, malformed or the two disagree (the message says where)
     * @throws IOException        when a file cannot be read
     */
    public static List<Period> periods(Path dir) throws IOException {
        Path manifestFile = dir.resolve(RunFiles.MANIFEST);
        JsonNode manifest = manifest(manifestFile);
        RunInfo info = ManifestBlocks.readInfo(manifest, (key, value, allowed) ->
                new RunFolderException(manifestFile, "key " + key, value, allowed));
        return SummaryPeriods.read(dir.resolve(RunFiles.SUMMARY), info);
    }

    private static Path require(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new RunFolderException(file, "missing: the folder is not a run folder, or an unfinished one (rerun durand run)");
        }
        return file;
    }

    /**
     * The run's manifest, refused in plain words when it is empty, is not JSON (a file cut short or
     * edited: the line where reading stopped) or is JSON of another kind (no scenario, calendar,
     * names and metrics), without the JSON parser's own words.
     */
    private static JsonNode manifest(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(require(file), StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw RunFolderException.said(file, "is not UTF-8 text, not the JSON a run writes; run it again");
        }
        if (text.isBlank()) {
            throw RunFolderException.said(file, "is empty, not the JSON a run writes; run it again");
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw RunFolderException.said(file, "is not the JSON a run writes (line " + e.getLocation().getLineNr()
                    + "); run it again");
        }
        if (root == null || !root.isObject() || MANIFEST_BLOCKS.stream().noneMatch(root::has)) {
            throw RunFolderException.said(file, "is not the manifest a run writes (it has none of "
                    + String.join(", ", MANIFEST_BLOCKS) + "); run it again");
        }
        return root;
    }

    /** Streams the records of a CSV file that must have exactly {@code columns}. */
    static void forEach(Path file, List<String> columns, RowReader rows) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = Csv.parse(in)) {
            if (!p.getHeaderNames().equals(columns)) {
                throw new RunFolderException(file, "line 1", String.join(",", p.getHeaderNames()),
                        "the header " + String.join(",", columns));
            }
            for (CSVRecord r : p) {
                if (r.size() != columns.size()) {
                    throw new RunFolderException(file, "line " + line(r), r.toList().toString(),
                            columns.size() + " fields");
                }
                rows.accept(new Row(file, r));
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static long line(CSVRecord r) {
        return r.getRecordNumber() + 1;
    }

    /** Receives each row of a file. */
    @FunctionalInterface
    interface RowReader {
        void accept(Row row);
    }

    /** One CSV record with parsing that names file, line and column on failure. */
    record Row(Path file, CSVRecord record) {

        String text(String column) {
            return record.get(column);
        }

        double number(String column) {
            try {
                return Numbers.parse(record.get(column));
            } catch (NumberFormatException e) {
                throw bad(column, "a decimal number or an empty field");
            }
        }

        int integer(String column) {
            long v = longInteger(column);
            if (v != (int) v) {
                throw bad(column, "a whole number of at most 10 digits");
            }
            return (int) v;
        }

        long longInteger(String column) {
            try {
                return Long.parseLong(record.get(column));
            } catch (NumberFormatException e) {
                throw bad(column, "a whole number");
            }
        }

        LocalDate date(String column) {
            try {
                return LocalDate.parse(record.get(column));
            } catch (DateTimeParseException e) {
                throw bad(column, "a date YYYY-MM-DD");
            }
        }

        /** A date, or null for an empty field. */
        LocalDate optionalDate(String column) {
            return record.get(column).isEmpty() ? null : date(column);
        }

        YearMonth month(String column) {
            try {
                return YearMonth.parse(record.get(column));
            } catch (DateTimeParseException e) {
                throw bad(column, "a month YYYY-MM");
            }
        }

        RunFolderException bad(String column, String allowed) {
            return new RunFolderException(file, "line " + line(record) + ", column " + column, record.get(column),
                    allowed);
        }
    }

    private static Map<Integer, List<Event>> events(Path file) throws IOException {
        Map<String, EventType> types = new HashMap<>();
        for (EventType t : EventType.values()) {
            types.put(t.label() + "/" + t.cameo(), t);
        }
        Map<Integer, List<Event>> byRep = new TreeMap<>();
        forEach(require(file), RunFiles.EVENTS_COLUMNS, row -> {
            EventType type = types.get(row.text("type") + "/" + row.text("cameo"));
            if (type == null) {
                throw row.bad("type", "an event type with its CAMEO code, as durand writes them");
            }
            byRep.computeIfAbsent(row.integer("rep"), r -> new ArrayList<>()).add(new Event(row.date("date"),
                    row.text("actor"), row.text("target"), type, row.number("magnitude"), row.text("province")));
        });
        return byRep;
    }

    private static List<TargetResult> targets(Path file) throws IOException {
        List<TargetResult> out = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        forEach(file, RunFiles.TARGETS_COLUMNS, row -> out.add(new TargetResult(
                new Target(row.text("target"), row.text("metric"), row.date("window_start"), row.date("window_end"),
                        row.number("observed"), row.number("tolerance_low"), row.number("tolerance_high"),
                        row.number("weight"), row.text("source"), row.text("statistic"),
                        row.optionalDate("denominator_start"), row.optionalDate("denominator_end"),
                        row.number("at_least")),
                new ReplicateStatistics(row.number("model_mean"), row.number("model_sd"), row.number("model_median"),
                        row.number("model_p05"), row.number("model_p95"), row.number("ci95_low"),
                        row.number("ci95_high"), row.integer("n")))));
        return out;
    }

    /** Builds each replicate's monthly series from the rows of {@code timeseries.csv}. */
    private static final class TimeseriesReading {

        private TimeseriesReading() {
        }

        static List<RunResult> read(Path file, MetricSet metrics, Map<Integer, List<Event>> events)
                throws IOException {
            Map<Integer, Long> seeds = new TreeMap<>();
            Map<Integer, Map<YearMonth, double[]>> values = new TreeMap<>();
            TreeSet<YearMonth> months = new TreeSet<>();
            forEach(file, RunFiles.TIMESERIES_COLUMNS, row -> {
                int rep = row.integer("rep");
                long seed = row.longInteger("seed");
                if (seeds.computeIfAbsent(rep, r -> seed) != seed) {
                    throw row.bad("seed", "the same seed on every row of replicate " + rep + " (" + seeds.get(rep) + ")");
                }
                int k = metrics.indexOf(row.text("metric"));
                if (k < 0) {
                    throw row.bad("metric", "a metric declared in " + RunFiles.MANIFEST + ": "
                            + String.join(", ", metrics.names()));
                }
                YearMonth month = row.month("month");
                months.add(month);
                double[] column = values.computeIfAbsent(rep, r -> new HashMap<>())
                        .computeIfAbsent(month, m -> nans(metrics.size()));
                column[k] = row.number("value");
            });
            if (values.isEmpty()) {
                throw new RunFolderException(file, "has no rows");
            }
            List<YearMonth> order = List.copyOf(months);
            List<RunResult> out = new ArrayList<>();
            values.forEach((rep, byMonth) -> {
                double[][] v = new double[metrics.size()][order.size()];
                for (int t = 0; t < order.size(); t++) {
                    double[] column = byMonth.getOrDefault(order.get(t), nans(metrics.size()));
                    for (int k = 0; k < column.length; k++) {
                        v[k][t] = column[k];
                    }
                }
                out.add(new RunResult(rep, seeds.get(rep), new MonthlySeries(metrics, order, v),
                        events.getOrDefault(rep, List.of())));
            });
            return out;
        }

        private static double[] nans(int n) {
            double[] a = new double[n];
            java.util.Arrays.fill(a, Double.NaN);
            return a;
        }
    }
}
