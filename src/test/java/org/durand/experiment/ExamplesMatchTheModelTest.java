package org.durand.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.durand.TestScenarios;
import org.durand.scenario.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The committed example results are what the current model produces: a fresh run of the baseline
 * with other seeds agrees with {@code results/examples/baseline/summary.csv} on the headline
 * aggregates within their combined sampling error (4 standard errors of the difference of two
 * means). A change to the model that moves them fails here until the examples are regenerated
 * ({@code ./durand examples --reps 20 --seed 7}).
 */
class ExamplesMatchTheModelTest {

    private static final int REPS = 10;
    private static final long SEED = 8;
    private static List<RunResult> runs;

    private static synchronized List<RunResult> runs() {
        if (runs == null) {
            Scenario s = TestScenarios.baseline();
            runs = Replicates.run(s, REPS, SEED, Runtime.getRuntime().availableProcessors(), false, r -> { });
        }
        return runs;
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "fatalities_total, 2024",
        "fatalities_total, 2023",
        "attacks, 2025",
        "returns_total, 2024",
        "refugees_remaining, 2026",
        "tension_index, 2025",
        "fighters, 2026",
    })
    void freshRunsAgreeWithTheCommittedExamples(String metric, int year) throws IOException {
        CSVRecord row = committed(metric, String.valueOf(year));
        double mean0 = Double.parseDouble(row.get("mean"));
        double sd0 = Double.parseDouble(row.get("sd"));
        int n0 = Integer.parseInt(row.get("n"));
        double[] v = runs().stream().mapToDouble(r -> r.series().over(metric, YearMonth.of(year, 1),
                YearMonth.of(year, 12))).toArray();
        ReplicateStatistics fresh = ReplicateStatistics.of(v);
        double se = Math.sqrt(sd0 * sd0 / n0 + fresh.sd() * fresh.sd() / REPS);
        double gap = Math.abs(fresh.mean() - mean0);
        assertTrue(gap <= 4 * se + 1e-9 * Math.abs(mean0), metric + " " + year + ": committed " + mean0 + " (sd " + sd0
                + ", n " + n0 + "), fresh " + fresh.mean() + " (sd " + fresh.sd() + ", n " + REPS + "): "
                + "regenerate the examples if the model changed on purpose");
    }

    private static CSVRecord committed(String metric, String period) throws IOException {
        Path file = Path.of("results", "examples", "baseline", "summary.csv");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<CSVRecord> rows = new ArrayList<>();
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (r.get("metric").equals(metric) && r.get("period_type").equals("year") && r.get("period").equals(period)) {
                    rows.add(r);
                }
            }
            assertTrue(rows.size() == 1, "one row for " + metric + " " + period + " in " + file);
            return rows.get(0);
        }
    }
}
