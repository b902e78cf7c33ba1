package org.durand.experiment.sweep;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.durand.io.AtomicFiles;
import org.durand.io.Csv;

/**
 * Joins the {@code runs.csv} files of a sweep's shards into one and proves it complete: every
 * folder must record the same plan hash and columns, each file must be whole (no torn line) with
 * its runs in ascending order, and the merged rows must be exactly runs 0, 1, …, R − 1, each once.
 * The files are merged line by line (a k-way merge), so memory does not grow with the sweep.
 */
public final class Merge {

    private Merge() {
    }

    /**
     * What was merged.
     *
     * @param info   the merged sweep's facts (shard {@code 0/1})
     * @param failed rows with status {@code failed}
     */
    public record Result(SweepFolder.Info info, int failed) {
    }

    /**
     * Merges the shards in {@code dirs} into {@code target} (written atomically, so nothing is
     * written when a shard does not fit), checking every row: its column count, its status and
     * that each outcome cell, from column {@code firstOutcome} (0-based) on, is a number or empty,
     * and that it is the sweep's run of its id ({@code foreign} says why a row is not, see
     * {@link SweepRunner#foreign}, or returns an empty string).
     *
     * @throws IllegalArgumentException naming the folder, file and line of the first thing that does not fit
     */
    public static Result merge(List<Path> dirs, Path target, int firstOutcome,
                               java.util.function.Function<CSVRecord, String> foreign) throws IOException {
        if (dirs.isEmpty()) {
            throw new IllegalArgumentException("give at least one sweep folder to merge");
        }
        SweepFolder.Info first = null;
        for (Path d : dirs) {
            SweepFolder.Info info = SweepFolder.readInfo(d);
            if (info == null || !Files.exists(d.resolve(SweepFolder.RUNS))) {
                throw new IllegalArgumentException(d + ": not a sweep folder (no " + SweepFolder.MANIFEST + " or "
                        + SweepFolder.RUNS + ")");
            }
            String older = SweepFolder.olderValues(d, info);
            if (!older.isEmpty()) {
                throw new IllegalArgumentException(older);
            }
            if (first == null) {
                first = info;
            } else if (!info.planHash().equals(first.planHash()) || !info.columns().equals(first.columns())) {
                throw new IllegalArgumentException(d + ": plan hash " + info.planHash() + " differs from "
                        + dirs.get(0) + " (" + first.planHash() + "); these folders hold different sweeps");
            } else if (info.runs() != first.runs() || info.points() != first.points() || info.reps() != first.reps()) {
                throw new IllegalArgumentException(d.resolve(SweepFolder.MANIFEST) + ": " + info.runs() + " runs ("
                        + info.points() + " points × " + info.reps() + " replicates), but "
                        + dirs.get(0).resolve(SweepFolder.MANIFEST) + " says " + first.runs() + " (" + first.points()
                        + " × " + first.reps() + ") for the same plan hash; one of them was edited");
            }
            byte[] tail = tail(d.resolve(SweepFolder.RUNS));
            if (tail.length > 0 && tail[0] != '\n') {
                throw new IllegalArgumentException(d.resolve(SweepFolder.RUNS) + ": the last line is torn; finish "
                        + "that shard with 'durand sweep ... --resume' first");
            }
        }
        SweepFolder.Info info = first;
        int[] failed = {0};
        AtomicFiles.write(target, out -> merge(dirs, info, firstOutcome, out, failed, foreign));
        return new Result(new SweepFolder.Info(info.planHash(), info.runs(), info.points(), info.reps(), "0/1",
                info.columns(), info.values()), failed[0]);
    }

    private static void merge(List<Path> dirs, SweepFolder.Info info, int firstOutcome, java.io.Writer out,
                              int[] failed, java.util.function.Function<CSVRecord, String> foreign)
            throws IOException {
        List<BufferedReader> readers = new ArrayList<>();
        try {
            String header = null;
            List<String> heads = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            for (Path d : dirs) {
                BufferedReader r = Files.newBufferedReader(d.resolve(SweepFolder.RUNS), StandardCharsets.UTF_8);
                readers.add(r);
                String h = r.readLine();
                if (header == null) {
                    header = h;
                } else if (!header.equals(h)) {
                    throw new IllegalArgumentException(d.resolve(SweepFolder.RUNS) + " line 1: columns differ from "
                            + dirs.get(0).resolve(SweepFolder.RUNS));
                }
                heads.add(r.readLine());
                lines.add(2);
            }
            BufferedWriter w = new BufferedWriter(out);
            w.write(header == null ? "" : header);
            w.write('\n');
            int[] last = new int[dirs.size()];
            java.util.Arrays.fill(last, -1);
            for (int expected = 0; expected < info.runs(); expected++) {
                int found = -1;
                for (int i = 0; i < heads.size(); i++) {
                    String line = heads.get(i);
                    if (line != null && id(line, dirs.get(i), lines.get(i)) == expected) {
                        if (found >= 0) {
                            throw new IllegalArgumentException("run " + expected + " is in both "
                                    + dirs.get(found).resolve(SweepFolder.RUNS) + " line " + lines.get(found) + " and "
                                    + dirs.get(i).resolve(SweepFolder.RUNS) + " line " + lines.get(i)
                                    + "; each run belongs to one shard");
                        }
                        found = i;
                    }
                }
                if (found < 0) {
                    throw new IllegalArgumentException("run " + expected + " of " + info.runs() + " is in none of the "
                            + "folders (or out of order); finish the shard that holds it with --resume");
                }
                String line = heads.get(found);
                check(line, info.columns().size(), firstOutcome, dirs.get(found).resolve(SweepFolder.RUNS),
                        lines.get(found), foreign);
                failed[0] += line.contains("," + RunsCsv.FAILED + ",") ? 1 : 0;
                w.write(line);
                w.write('\n');
                heads.set(found, readers.get(found).readLine());
                lines.set(found, lines.get(found) + 1);
            }
            for (int i = 0; i < heads.size(); i++) {
                if (heads.get(i) != null) {
                    throw new IllegalArgumentException(dirs.get(i).resolve(SweepFolder.RUNS) + " line " + lines.get(i)
                            + ": a run appears twice or beyond the sweep's " + info.runs() + " runs");
                }
            }
            w.flush();
        } finally {
            for (BufferedReader r : readers) {
                r.close();
            }
        }
    }

    /**
     * A row of a shard's runs.csv is whole: as many cells as the header, a known status, and every
     * outcome cell a number or empty (a failed run).
     */
    private static void check(String line, int columns, int firstOutcome, Path file, int lineNo,
                              java.util.function.Function<CSVRecord, String> foreign) throws IOException {
        CSVRecord r;
        try (CSVParser p = Csv.parseRows(new java.io.StringReader(line))) {
            r = p.getRecords().get(0);
        }
        if (r.size() != columns) {
            throw new IllegalArgumentException(file + " line " + lineNo + ": " + r.size() + " cells, the header has "
                    + columns);
        }
        String why = foreign.apply(r);
        if (!why.isEmpty()) {
            throw new IllegalArgumentException(file + " line " + lineNo + ": run " + r.get(0) + " " + why);
        }
        String status = r.get(RunsCsv.FIXED.indexOf("status"));
        if (!status.equals(RunsCsv.OK) && !status.equals(RunsCsv.FAILED)) {
            throw new IllegalArgumentException(file + " line " + lineNo + ": status '" + status + "'; allowed: "
                    + RunsCsv.OK + ", " + RunsCsv.FAILED);
        }
        for (int c = firstOutcome; c < columns; c++) {
            String cell = r.get(c);
            try {
                if (!cell.isEmpty()) {
                    Double.parseDouble(cell);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + " line " + lineNo + ", column " + (c + 1) + ": '" + cell
                        + "' is not a number; an outcome is a number, or empty for a failed run");
            }
        }
    }

    private static int id(String line, Path dir, int lineNo) {
        int comma = line.indexOf(',');
        try {
            return Integer.parseInt(comma < 0 ? line : line.substring(0, comma));
        } catch (NumberFormatException e) {
            String cell = comma < 0 ? line : line.substring(0, comma);
            throw new IllegalArgumentException(dir.resolve(SweepFolder.RUNS) + " line " + lineNo + ", column 1 (run): '"
                    + cell + "' is not a run number (a whole number from 0 to 999999999)");
        }
    }

    private static byte[] tail(Path file) throws IOException {
        try (var ch = java.nio.channels.FileChannel.open(file)) {
            if (ch.size() == 0) {
                return new byte[0];
            }
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(1);
            ch.read(b, ch.size() - 1);
            return b.array();
        }
    }
}
