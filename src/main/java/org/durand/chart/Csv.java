package org.durand.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.durand.io.AtomicFiles;
import org.durand.io.Numbers;

/** Atomic CSV writing of chart data and comparison tables, in Durand's one CSV dialect. */
final class Csv {

    private Csv() {
    }

    /** Formats a number for the chart CSVs as every Durand CSV does ({@link Numbers#format}). */
    static String format(double v) {
        return Numbers.format(v);
    }

    /** Writes {@code rows} under {@code header} to {@code target} atomically. */
    static void write(Path target, List<String> header, List<List<String>> rows) throws IOException {
        AtomicFiles.write(target, w -> {
            try (CSVPrinter p = org.durand.io.Csv.printer(w, header.toArray(new String[0]))) {
                for (List<String> row : rows) {
                    p.printRecord(row);
                }
                p.flush();
            }
        });
    }
}
