package org.durand.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of {@code summary.csv}.
 *
 * @param metric     metric name
 * @param periodType {@code month}, {@code year} or {@code run}
 * @param period     {@code 2024-03}, {@code 2024} or {@code all}
 * @param mean       mean across replicates
 * @param ciLow      lower 95% confidence bound of the mean
 * @param ciHigh     upper 95% confidence bound of the mean
 * @param n          number of replicates
 */
record SummaryRow(String metric, String periodType, String period, double mean, double ciLow, double ciHigh,
                  double n) {

    /** Reads the year and run rows of {@code summary.csv} (month rows are skipped); missing file gives none. */
    static List<SummaryRow> readYearAndRun(Path file) throws IOException {
        List<SummaryRow> out = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        Csv.forEach(file, r -> {
            String type = Csv.get(r, "period_type");
            if (!"month".equals(type)) {
                out.add(new SummaryRow(Csv.get(r, "metric"), type, Csv.get(r, "period"),
                        Csv.number(Csv.get(r, "mean")), Csv.number(Csv.get(r, "ci95_low")),
                        Csv.number(Csv.get(r, "ci95_high")), Csv.number(Csv.get(r, "n"))));
            }
        });
        return out;
    }
}
