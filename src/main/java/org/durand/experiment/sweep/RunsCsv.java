package org.durand.experiment.sweep;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.durand.io.Csv;
import org.durand.io.Numbers;

/**
 * The {@code runs.csv} of a sweep: one row per finished run, {@code run, point, rep, seed, status,
 * message}, then each varied parameter's value and each outcome. Rows are appended and flushed one
 * at a time, so a sweep killed at any moment leaves whole rows and at most one torn last line;
 * {@link #repair} cuts that line off and tells which runs are done. Messages are kept to one line,
 * so every record is one line.
 */
public final class RunsCsv implements Closeable {

    /** A run, point or replicate number as a row holds it: a whole number from 0 to 999999999. */
    private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("[0-9]{1,9}");

    /** Status of a run that finished. */
    public static final String OK = "ok";
    /** Status of a run that threw; its outcomes are empty and its message says why. */
    public static final String FAILED = "failed";
    /** Columns before the varied parameters. */
    public static final List<String> FIXED = List.of("run", "point", "rep", "seed", "status", "message");

    private final Writer out;
    private final CSVPrinter printer;

    private RunsCsv(Writer out) throws IOException {
        this.out = out;
        this.printer = Csv.rows(out);
    }

    /** The header for the given varied paths and outcome names. */
    public static List<String> header(List<String> paths, List<String> outcomes) {
        List<String> h = new ArrayList<>(FIXED);
        h.addAll(paths);
        h.addAll(outcomes);
        return h;
    }

    /**
     * Opens {@code file} for appending, writing {@code header} first when the file is new or empty.
     * Call {@link #repair} before, when the file may hold an earlier, interrupted sweep.
     */
    public static RunsCsv append(Path file, List<String> header) throws IOException {
        boolean fresh = !Files.exists(file) || Files.size(file) == 0;
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        RunsCsv csv = new RunsCsv(w);
        if (fresh) {
            csv.printer.printRecord(header);
            csv.out.flush();
        }
        return csv;
    }

    /** Appends one run's row and flushes it to the file. */
    public void write(RunSpec run, String status, String message, String[] values, double[] outcomes)
            throws IOException {
        List<String> row = new ArrayList<>(FIXED.size() + values.length + outcomes.length);
        row.add(Integer.toString(run.run()));
        row.add(Integer.toString(run.point()));
        row.add(Integer.toString(run.rep()));
        row.add(Long.toString(run.seed()));
        row.add(status);
        row.add(oneLine(message));
        row.addAll(List.of(values));
        for (double v : outcomes) {
            row.add(Numbers.format(v));
        }
        printer.printRecord(row);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }

    /**
     * Makes {@code file} whole again after an interruption and returns the ids of the runs it holds:
     * a torn last line (no final line end) is cut off; the header must equal {@code header}; each
     * row must be this sweep's run of its id ({@code foreign} says why a row is not: another point,
     * replicate, seed or varied value, a row of another sweep or edited; or returns an empty string),
     * in run order, as a sweep writes them.
     *
     * @param runs the sweep's runs: every id must be below
     * @return the runs present (empty when the file does not exist)
     * @throws Damaged when the header differs, a row is malformed, names a run the sweep does not
     *                 have, is foreign, out of order, or a run appears twice
     */
    public static BitSet repair(Path file, List<String> header, int runs,
                                java.util.function.Function<CSVRecord, String> foreign) throws IOException {
        BitSet done = new BitSet();
        if (!Files.exists(file)) {
            return done;
        }
        cutTornLine(file);
        if (Files.size(file) == 0) {
            return done;
        }
        read(file, header, r -> {
            int id = Integer.parseInt(r.get(0));   // a whole number, checked by read
            if (id >= runs) {
                throw new Damaged(file + " line " + r.getRecordNumber() + ": run " + id + " is not one of this "
                        + "sweep's " + runs + " runs (0 to " + (runs - 1) + ")");
            }
            if (done.get(id)) {
                throw new Damaged(file + " line " + r.getRecordNumber() + ": run " + id + " appears twice");
            }
            int last = done.length() - 1;
            if (id < last) {
                throw new Damaged(file + " line " + r.getRecordNumber() + ": run " + id + " comes after run " + last
                        + "; a sweep writes its rows in run order");
            }
            String why = foreign.apply(r);
            if (!why.isEmpty()) {
                throw new Damaged(file + " line " + r.getRecordNumber() + ": run " + id + " " + why);
            }
            done.set(id);
        });
        return done;
    }

    /**
     * A runs file whose header or rows are not what a sweep writes (edited, or another sweep's):
     * the message names the file, the line and what does not fit.
     */
    public static final class Damaged extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        Damaged(String message) {
            super(message);
        }
    }

    /**
     * Streams every row of a runs file whose header equals {@code header}.
     *
     * @throws Damaged naming the file and line of a header or row that does not fit (its field count,
     *                 a run, point or replicate that is not a whole number)
     */
    public static void read(Path file, List<String> header, Consumer<CSVRecord> row) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = Csv.parseRows(in)) {
            boolean first = true;
            for (CSVRecord r : parser) {
                if (first) {
                    if (!r.toList().equals(header)) {
                        throw new Damaged(file + " line 1: the columns " + r.toList()
                                + " are not those of this sweep " + header);
                    }
                    first = false;
                    continue;
                }
                if (r.size() != header.size()) {
                    throw new Damaged(file + " line " + r.getRecordNumber() + ": " + r.size() + " fields; this "
                            + "sweep's rows have " + header.size());
                }
                for (int c = 0; c < 3; c++) {
                    String cell = r.get(c);
                    if (!WHOLE.matcher(cell).matches()) {
                        throw new Damaged(file + " line " + r.getRecordNumber() + ", column " + (c + 1) + " ("
                                + FIXED.get(c) + "): '" + cell + "' is not a " + FIXED.get(c) + " number (a whole "
                                + "number from 0 to 999999999)");
                    }
                }
                row.accept(r);
            }
        }
    }

    /** Cuts everything after the last line end (a row being written when the process died). */
    static void cutTornLine(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            long keep = size;
            ByteBuffer one = ByteBuffer.allocate(1);
            while (keep > 0) {
                one.clear();
                ch.read(one, keep - 1);
                if (one.get(0) == '\n') {
                    break;
                }
                keep--;
            }
            if (keep < size) {
                ch.truncate(keep);
                ch.force(true);
            }
        }
    }

    private static String oneLine(String message) {
        String s = message == null ? "" : message.replaceAll("[\\r\\n\\t]+", " ").trim();
        return s.length() > 500 ? s.substring(0, 497) + "..." : s;
    }
}
