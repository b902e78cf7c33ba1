package org.durand.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of {@code targets.csv}: an observed value with its tolerance and the model's estimate.
 *
 * @param target         target id
 * @param metric         metric name, e.g. {@code fatalities_total} or {@code returns_total}
 * @param windowStart    first day of the observation window
 * @param windowEnd      last day of the observation window
 * @param observed       observed value
 * @param toleranceLow   lower end of the accepted range
 * @param toleranceHigh  upper end of the accepted range
 * @param modelMean      model mean over the window
 * @param ci95Low        lower 95% bound of the model mean
 * @param ci95High       upper 95% bound of the model mean
 * @param relativeError  relative error of the model mean
 * @param within         whether the model is within tolerance
 * @param source         where the observed value comes from
 */
record Target(String target, String metric, LocalDate windowStart, LocalDate windowEnd, double observed,
              double toleranceLow, double toleranceHigh, double modelMean, double ci95Low, double ci95High,
              double relativeError, boolean within, String source) {

    /** Reads {@code targets.csv}; a missing file gives an empty list. */
    static List<Target> read(Path file) throws IOException {
        List<Target> out = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        Csv.forEach(file, r -> out.add(new Target(Csv.get(r, "target"), Csv.get(r, "metric"),
                date(Csv.get(r, "window_start")), date(Csv.get(r, "window_end")),
                Csv.number(Csv.get(r, "observed")), Csv.number(Csv.get(r, "tolerance_low")),
                Csv.number(Csv.get(r, "tolerance_high")), Csv.number(Csv.get(r, "model_mean")),
                Csv.number(Csv.get(r, "ci95_low")), Csv.number(Csv.get(r, "ci95_high")),
                Csv.number(Csv.get(r, "relative_error")),
                "yes".equalsIgnoreCase(Csv.get(r, "within_tolerance")), Csv.get(r, "source"))));
        return out;
    }

    /** Whether the window is exactly calendar year {@code year}. */
    boolean coversYear(int year) {
        return windowStart != null && windowEnd != null
                && windowStart.equals(LocalDate.of(year, 1, 1)) && windowEnd.equals(LocalDate.of(year, 12, 31));
    }

    private static LocalDate date(String s) {
        return s.isBlank() ? null : LocalDate.parse(s.trim());
    }
}
