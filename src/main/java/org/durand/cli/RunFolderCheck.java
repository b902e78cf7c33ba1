package org.durand.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.durand.io.Csv;
import org.durand.output.Display;

/**
 * Checks that folders given to {@code compare} and {@code table} are run folders whose files can be
 * read, so that a wrong or damaged folder is reported as bad input (file, line, value and what is
 * expected) rather than failing halfway through the command.
 */
final class RunFolderCheck {

    private static final List<String> TIMESERIES = List.of("scenario", "rep", "seed", "month", "metric", "value");

    private RunFolderCheck() {
    }

    /**
     * Checks {@code dir/timeseries.csv}: its header, and on every row a whole replicate number, a
     * {@code YYYY-MM} month and a numeric value.
     *
     * @throws Main.BadInput naming the folder, or the file and line of the first bad value
     */
    static void timeseries(Path dir) throws Main.BadInput {
        Path file = file(dir, "timeseries.csv");
        read(file, TIMESERIES, r -> {
            Integer.parseInt(r.get("rep"));
            YearMonth.parse(r.get("month"));
            Double.parseDouble(r.get("value"));
        });
    }

    /**
     * Checks that {@code dir} is a folder holding the file {@code name}.
     *
     * @throws Main.BadInput naming the folder and the missing file
     */
    static Path file(Path dir, String name) throws Main.BadInput {
        if (!Files.isDirectory(dir)) {
            throw new Main.BadInput(dir + " is not a folder; give a run folder made by durand run");
        }
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new Main.BadInput(dir + " is not a run folder: it has no " + name + " (make one with durand run)");
        }
        return file;
    }

    /** What to check on one row; a parse error there is reported with the row's line. */
    @FunctionalInterface
    private interface RowCheck {
        void check(CSVRecord r);
    }

    private static void read(Path file, List<String> columns, RowCheck check) throws Main.BadInput {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = Csv.parse(in)) {
            List<String> missing = columns.stream().filter(c -> !p.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new Main.BadInput(file + " line 1: the header lacks " + String.join(", ", missing)
                        + "; expected the columns " + String.join(",", columns) + " (is it a file made by durand run?)");
            }
            for (CSVRecord r : p) {
                if (!r.isConsistent()) {
                    throw new Main.BadInput(file + " line " + (r.getRecordNumber() + 1) + ": "
                            + Display.count(r.size(), "value") + ", the header has " + p.getHeaderMap().size());
                }
                try {
                    check.check(r);
                } catch (NumberFormatException | DateTimeParseException e) {
                    throw new Main.BadInput(file + " line " + (r.getRecordNumber() + 1) + ": " + value(e)
                            + " is not a valid value here (a number, a whole number or a YYYY-MM month)");
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new Main.BadInput(file + " cannot be read as CSV: " + e.getMessage());
        }
    }

    private static String value(RuntimeException e) {
        if (e instanceof DateTimeParseException d) {
            return "'" + d.getParsedString() + "'";
        }
        String m = String.valueOf(e.getMessage());
        int quote = m.indexOf('"');
        return quote >= 0 ? "'" + m.substring(quote + 1, m.lastIndexOf('"') > quote ? m.lastIndexOf('"') : m.length())
                + "'" : "'" + m + "'";
    }
}
