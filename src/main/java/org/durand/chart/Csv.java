package org.durand.chart;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.durand.output.AtomicFiles;
import org.durand.output.Numbers;

/** Streaming CSV reading and atomic CSV writing with a header row. */
final class Csv {

    /** Receives one record at a time. */
    @FunctionalInterface
    interface RowHandler {
        void row(CSVRecord record) throws IOException;
    }

    private static final CSVFormat READ = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).get();

    private Csv() {
    }

    /** Streams every record of a CSV file with a header row to {@code handler}. */
    static void forEach(Path file, RowHandler handler) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, READ)) {
            for (CSVRecord r : parser) {
                handler.row(r);
            }
        }
    }

    /** A column value, or {@code ""} when the column is absent or the row is short. */
    static String get(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) ? r.get(column) : "";
    }

    /** Parses a decimal, giving {@code NaN} for an empty or malformed cell. */
    static double number(String s) {
        if (s == null || s.isBlank()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Formats a number for the chart CSVs as every Durand CSV does ({@link Numbers#format}). */
    static String format(double v) {
        return Numbers.format(v);
    }

    /** Writes {@code rows} under {@code header} to {@code target} atomically. */
    static void write(Path target, List<String> header, List<List<String>> rows) throws IOException {
        AtomicFiles.write(target, w -> {
            try (CSVPrinter p = org.durand.output.Csv.printer(w, header.toArray(new String[0]))) {
                for (List<String> row : rows) {
                    p.printRecord(row);
                }
                p.flush();
            }
        });
    }
}
