package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.durand.Cli;
import org.durand.TestScenarios;
import org.durand.io.Csv;
import org.durand.io.Numbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chart's CSV holds the numbers its run wrote: a monthly mean and band, a year's mean, a
 * sensitivity index and its interval read, as text, as in {@code summary.csv} and
 * {@code sensitivity.csv} (statistics to 12 significant digits, no binary noise); only the values
 * a run computed and that a chart plots one by one (a replicate's total) are written exactly.
 */
class ChartNumbersTest {

    private static final String[] SHORT = {"--set", TestScenarios.VERY_COARSE, "--set", "calendar.end=2024-12-31"};

    @TempDir
    Path tmp;

    @Test
    void aRunsChartsShowTheStatisticsOfItsSummary() throws IOException {
        Path out = tmp.resolve("run");
        TinyRuns.run(out, "2024-12-31", 3);
        Map<String, CSVRecord> summary = new HashMap<>();
        for (CSVRecord r : read(out.resolve("summary.csv"))) {
            summary.put(r.get("metric") + "|" + r.get("period_type") + "|" + r.get("period"), r);
        }
        Path charts = out.resolve("charts");
        int matched = 0;
        matched += monthly(charts.resolve("tension.csv"), "Tension index (mean of replicates)", "tension_index", true,
                summary);
        matched += monthly(charts.resolve("fatalities.csv"), "Militants killed (whiskers)", "fatalities_militant", true,
                summary);
        matched += monthly(charts.resolve("fatalities.csv"), "Security forces killed (mean)", "fatalities_security",
                false, summary);
        matched += monthly(charts.resolve("border_trade.csv"), "Border closed days (mean; whiskers min–max)",
                "border_closed_days", true, summary);
        matched += monthly(charts.resolve("trust_grievance.csv"), "trust: Pakistan", "trust_host", true, summary);
        matched += monthly(charts.resolve("trust_grievance.csv"), "grievance: Afghan Taliban government",
                "grievance_haven", true, summary);
        assertEquals(6 * 24, matched, "every month of 2023 and 2024 of six series");
        CSVRecord year = series(charts.resolve("fatalities_2024.csv"), "model mean").get(0);
        assertEquals(summary.get("fatalities_total|year|2024").get("mean"), year.get("y"));
        Map<String, Double> totals = new HashMap<>();   // each replicate's 2024 deaths from timeseries.csv
        for (CSVRecord r : read(out.resolve("timeseries.csv"))) {
            if (r.get("metric").equals("fatalities_total") && r.get("month").startsWith("2024")) {
                totals.merge(r.get("rep"), Numbers.parse(r.get("value")), Double::sum);
            }
        }
        List<Double> charted = new ArrayList<>();
        for (CSVRecord r : series(charts.resolve("fatalities_2024.csv"), "replicate total")) {
            charted.add(Numbers.parse(r.get("y")));
        }
        List<Double> expected = new ArrayList<>(totals.values());
        java.util.Collections.sort(charted);
        java.util.Collections.sort(expected);
        assertEquals(expected, charted, "each replicate's total exactly, as its months add up");
        assertNoNoise(charts, "replicate total");
    }

    @Test
    void aSweepsSensitivityChartsShowTheIndicesOfSensitivityCsv() throws IOException {
        Path out = tmp.resolve("sweep");
        Cli.Result sweep = Cli.run(TestScenarios.plus(new String[] {"sweep", TestScenarios.BASELINE.toString(),
            "--vary", "governments.host.hawkishness=0.3:0.9:3", "--vary", "groups.ttp.attacksPerCellYear=0.5:2.5:3",
            "--design", "grid", "--reps", "2", "--seed", "7", "--threads", "2", "--out", out.toString()}, SHORT));
        assertEquals(0, sweep.exit(), sweep.all());
        int matched = 0;
        for (CSVRecord s : read(out.resolve("sensitivity.csv"))) {
            if (!s.get("measure").equals("prcc") || s.get("value").isEmpty()) {
                continue;
            }
            Path chart = out.resolve("charts/sensitivity-" + s.get("outcome").replaceAll("[^a-z0-9]+", "-") + ".csv");
            if (!Files.exists(chart)) {
                continue;   // not every outcome is charted
            }
            CSVRecord drawn = read(chart).stream().filter(r -> r.get("x").equals(s.get("parameter"))).findFirst()
                    .orElseThrow(() -> new AssertionError(chart + " has no row for " + s.get("parameter")));
            assertEquals(List.of(s.get("value"), s.get("ci95_low"), s.get("ci95_high")),
                    List.of(drawn.get("y"), drawn.get("low"), drawn.get("high")), chart + " " + s.get("parameter"));
            matched++;
        }
        assertTrue(matched >= 4, "the charted outcomes' indices were compared: " + matched);
        assertNoNoise(out.resolve("charts"), null);
    }

    /**
     * Compares every month of {@code series} in {@code chart} with the summary's row of
     * {@code metric}: y with the mean and, when {@code band}, low and high with p05 and p95.
     *
     * @return the months compared
     */
    private static int monthly(Path chart, String series, String metric, boolean band, Map<String, CSVRecord> summary)
            throws IOException {
        int n = 0;
        for (CSVRecord r : series(chart, series)) {
            CSVRecord s = summary.get(metric + "|month|" + r.get("x"));
            assertTrue(s != null, "summary.csv has " + metric + " of " + r.get("x"));
            assertEquals(s.get("mean"), r.get("y"), chart.getFileName() + " " + series + " " + r.get("x"));
            if (band) {
                assertEquals(List.of(s.get("p05"), s.get("p95")), List.of(r.get("low"), r.get("high")),
                        chart.getFileName() + " " + series + " " + r.get("x"));
            }
            n++;
        }
        return n;
    }

    /** Every number of every chart CSV in {@code charts} but those of series {@code exact} has 12 digits at most. */
    private static void assertNoNoise(Path charts, String exact) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(charts)) {
            files = s.filter(p -> p.toString().endsWith(".csv")).toList();
        }
        assertTrue(!files.isEmpty(), "charts were written");
        for (Path f : files) {
            for (CSVRecord r : read(f)) {
                if (r.get("series").equals(exact)) {
                    continue;
                }
                for (String column : List.of("y", "low", "high")) {
                    String cell = r.get(column);
                    assertEquals(Numbers.statistic(Numbers.parse(cell)), cell, f.getFileName() + " " + r);
                }
            }
        }
    }

    private static List<CSVRecord> series(Path chart, String series) throws IOException {
        List<CSVRecord> rows = read(chart).stream().filter(r -> r.get("series").equals(series)).toList();
        assertTrue(!rows.isEmpty(), chart.getFileName() + " has series " + series);
        return rows;
    }

    static List<CSVRecord> read(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv); var parser = Csv.parse(in)) {
            return parser.getRecords();
        }
    }
}
