package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.durand.Cli;
import org.durand.TestScenarios;
import org.durand.experiment.Seeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code durand run}: the files it writes, their exact format, and that they do not depend on
 * the thread count. Two runs (2 replicates, seed 7, 1 and 2 threads) are shared by the tests.
 */
class RunCommandTest {

    static final List<String> REQUIRED_METRICS = List.of("fatalities_security", "fatalities_civilian",
            "fatalities_militant", "fatalities_total", "fatalities_kp", "fatalities_balochistan", "attacks",
            "returns_deported", "returns_pressured", "refugees_remaining", "border_closed_days", "trade_value_usd",
            "strikes", "clashes", "diplomatic_events", "tension_index");

    @TempDir
    static Path shared;
    static Path oneThread;
    static Path twoThreads;
    static Cli.Result first;

    @TempDir
    Path dir;

    @BeforeAll
    static void runTwice() {
        oneThread = shared.resolve("t1");
        twoThreads = shared.resolve("t2");
        first = Cli.run("run", TestScenarios.BASELINE.toString(), "--set", TestScenarios.COARSE, "--reps", "2",
                "--seed", "7", "--threads", "1", "--no-charts", "--out", oneThread.toString());
        assertEquals(0, first.exit(), first::all);
        Cli.Result second = Cli.run("run", TestScenarios.BASELINE.toString(), "--set", TestScenarios.COARSE,
                "--reps", "2", "--seed", "7", "--threads", "2", "--no-charts", "--out", twoThreads.toString());
        assertEquals(0, second.exit(), second::all);
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return p.getRecords();
        }
    }

    private static String header(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.findFirst().orElse("");
        }
    }

    private static boolean emptyOrAbsent(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return true;
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.findAny().isEmpty();
        }
    }

    /** The printed summary gives each target's allowed range beside the observed value, so "MISSED" can be read. */
    @Test
    void theSummaryShowsWhatEachTargetAllows() {
        String said = first.err();
        assertTrue(said.matches("(?s).*target fatalities-2024 +observed +2,546  allowed 2,291.4 to 2,800.6 +model .*"),
                said);
        assertTrue(said.matches("(?s).*target fatalities-2024-q3 +observed +722  allowed 541.5 to 902.5 +model .*"),
                "a bound between whole numbers is shown as it is: " + said);
        assertTrue(said.matches("(?s).*target returns-to-mar-2024 +observed +525,000  allowed 525,000 to 570,000 .*"),
                said);
        assertTrue(said.matches("(?s).*target second-half-over-first-2024 +observed +2\\.140  allowed 1\\.600 to 2\\.600 .*"),
                said);
    }

    // ---- bad input ----------------------------------------------------------------------

    @Test
    void misspeltKeyExitsTwoAndWritesNothing() throws IOException {
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("run", TestScenarios.BASELINE.toString(), "--set", "groups.ttp.figthers=10",
                "--reps", "1", "--no-charts", "--out", out.toString());
        assertEquals(2, r.exit(), r::all);
        assertTrue(r.err().contains("did you mean 'groups.ttp.fighters'?"), r::all);
        assertTrue(emptyOrAbsent(out), "nothing written to " + out);

        Path file = TestScenarios.baselineVariant(dir, "misspelt.yaml", "    fighters: 6500 ", "    figthers: 6500 ");
        Path out2 = dir.resolve("out2");
        Cli.Result r2 = Cli.run("run", file.toString(), "--reps", "1", "--out", out2.toString());
        assertEquals(2, r2.exit(), r2::all);
        assertTrue(r2.err().contains("groups.ttp.figthers"), r2::all);
        assertTrue(emptyOrAbsent(out2), "nothing written to " + out2);
    }

    @Test
    void badRepsAndThreadsExitTwo() throws IOException {
        Path out = dir.resolve("out");
        Cli.Result zero = Cli.run("run", TestScenarios.BASELINE.toString(), "--reps", "0", "--out", out.toString());
        assertEquals(2, zero.exit(), zero::all);
        assertTrue(zero.err().contains("--reps 0: allowed: a whole number from 1 to 100000"), zero::all);
        Cli.Result threads = Cli.run("run", TestScenarios.BASELINE.toString(), "--threads", "0", "--out",
                out.toString());
        assertEquals(2, threads.exit(), threads::all);
        Cli.Result notANumber = Cli.run("run", TestScenarios.BASELINE.toString(), "--reps", "many");
        assertEquals(2, notANumber.exit(), notANumber::all);
        Cli.Result unknownOption = Cli.run("run", TestScenarios.BASELINE.toString(), "--replicates", "3");
        assertEquals(2, unknownOption.exit(), unknownOption::all);
        assertTrue(emptyOrAbsent(out));
    }

    @Test
    void outThatIsAFileExitsTwo() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        Cli.Result r = Cli.run("run", TestScenarios.BASELINE.toString(), "--set", TestScenarios.COARSE, "--reps", "1",
                "--no-charts", "--out", file.toString());
        assertEquals(2, r.exit(), r::all);
        assertEquals("x", Files.readString(file));
    }

    @Test
    void helpOfEverySubcommandExitsZero() {
        Cli.Result top = Cli.run("--help");
        assertEquals(0, top.exit(), top::all);
        assertTrue(top.out().contains("Usage: durand"), top::all);
        Set<String> names = new picocli.CommandLine(new Main()).getSubcommands().keySet();
        assertTrue(names.containsAll(List.of("run", "validate", "calibrate", "compare")), names::toString);
        for (String name : names) {
            Cli.Result r = Cli.run(name, "--help");
            assertEquals(0, r.exit(), () -> name + ": " + r.all());
            assertTrue(r.out().contains("Usage: durand " + name), () -> name + ": " + r.all());
        }
        Cli.Result version = Cli.run("--version");
        assertEquals(0, version.exit(), version::all);
        assertTrue(version.out().startsWith("durand "), version::all);
    }

    // ---- determinism --------------------------------------------------------------------

    @Test
    void resultsDoNotDependOnTheThreadCount() throws IOException {
        for (String name : List.of("timeseries.csv", "events.csv", "summary.csv", "targets.csv")) {
            byte[] a = Files.readAllBytes(oneThread.resolve(name));
            byte[] b = Files.readAllBytes(twoThreads.resolve(name));
            assertTrue(a.length > 100, name + " has content");
            assertArrayEquals(a, b, name + " differs between --threads 1 and --threads 2");
        }
    }

    // ---- file formats -------------------------------------------------------------------

    @Test
    void runFolderHoldsTheDataFilesAndNoCharts() {
        for (String name : List.of("timeseries.csv", "summary.csv", "events.csv", "targets.csv", "manifest.json")) {
            assertTrue(Files.isRegularFile(oneThread.resolve(name)), name);
        }
        assertFalse(Files.exists(oneThread.resolve("report.html")), "--no-charts writes no report");
        assertFalse(Files.exists(oneThread.resolve("charts")), "--no-charts writes no charts");
        assertTrue(first.err().contains("baseline: 2 replicates"), first::all);
    }

    @Test
    void timeseriesHasTheExactHeaderMonthsAndEveryMetric() throws IOException {
        Path file = oneThread.resolve("timeseries.csv");
        assertEquals("scenario,rep,seed,month,metric,value", header(file));
        List<CSVRecord> rows = csv(file);
        Map<String, Set<String>> metricsByRepMonth = new HashMap<>();
        Set<String> months = new LinkedHashSet<>();
        Set<String> seeds = new HashSet<>();
        for (CSVRecord r : rows) {
            assertEquals("baseline", r.get("scenario"));
            assertTrue(r.get("month").matches("\\d{4}-\\d{2}"), r.get("month"));
            assertTrue(r.get("rep").equals("0") || r.get("rep").equals("1"), r.get("rep"));
            Double.parseDouble(r.get("value"));
            months.add(r.get("month"));
            seeds.add(r.get("rep") + ":" + r.get("seed"));
            metricsByRepMonth.computeIfAbsent(r.get("rep") + " " + r.get("month"), k -> new HashSet<>()).add(r.get("metric"));
        }
        List<String> expectedMonths = new ArrayList<>();
        for (YearMonth m = YearMonth.of(2023, 1); !m.isAfter(YearMonth.of(2026, 12)); m = m.plusMonths(1)) {
            expectedMonths.add(m.toString());
        }
        assertEquals(expectedMonths, new ArrayList<>(months));
        assertEquals(2 * expectedMonths.size(), metricsByRepMonth.size());
        for (var e : metricsByRepMonth.entrySet()) {
            assertTrue(e.getValue().containsAll(REQUIRED_METRICS), () -> e.getKey() + " lacks metrics: " + e.getValue());
        }
        assertEquals(Set.of("0:" + Seeds.forReplicate(7, 0), "1:" + Seeds.forReplicate(7, 1)), seeds);
    }

    @Test
    void numbersInTheCsvFilesArePlain() throws IOException {
        for (CSVRecord r : csv(oneThread.resolve("timeseries.csv"))) {
            String v = r.get("value");
            assertFalse(v.contains("E") || v.contains("e"), "no exponent: " + v);
            if (v.contains(".")) {
                assertFalse(v.endsWith("0"), "no trailing zeros: " + v);
            }
        }
    }

    @Test
    void eventsHaveTheExactHeader() throws IOException {
        Path file = oneThread.resolve("events.csv");
        assertEquals("rep,date,actor,target,type,cameo,goldstein,magnitude,province", header(file));
        List<CSVRecord> rows = csv(file);
        assertFalse(rows.isEmpty());
        Set<String> types = new HashSet<>();
        for (CSVRecord r : rows) {
            assertTrue(r.get("date").matches("\\d{4}-\\d{2}-\\d{2}"), r.get("date"));
            double g = Double.parseDouble(r.get("goldstein"));
            assertTrue(g >= -10 && g <= 10, r.toString());
            types.add(r.get("type"));
        }
        assertTrue(types.containsAll(List.of("attack", "strike", "closure", "visit", "deportation")), types::toString);
        // the two strikes the baseline pins are in every replicate's log
        for (String rep : List.of("0", "1")) {
            for (String date : List.of("2024-03-18", "2024-12-24")) {
                assertTrue(rows.stream().anyMatch(r -> r.get("rep").equals(rep) && r.get("date").equals(date)
                        && r.get("type").equals("strike") && r.get("actor").equals("Pakistan")), rep + " " + date);
            }
        }
    }

    @Test
    void summaryHasMonthYearAndRunRows() throws IOException {
        Path file = oneThread.resolve("summary.csv");
        assertEquals("scenario,metric,period_type,period,days_covered,days_in_period,whole,mean,sd,median,p05,p95,"
                + "ci95_low,ci95_high,n,band", header(file));
        List<CSVRecord> rows = csv(file);
        for (String metric : REQUIRED_METRICS) {
            List<CSVRecord> m = rows.stream().filter(r -> r.get("metric").equals(metric)).toList();
            assertEquals(48, m.stream().filter(r -> r.get("period_type").equals("month")).count(), metric);
            assertEquals(List.of("2023", "2024", "2025", "2026"), m.stream()
                    .filter(r -> r.get("period_type").equals("year")).map(r -> r.get("period")).toList(), metric);
            assertEquals(List.of("all"), m.stream().filter(r -> r.get("period_type").equals("run"))
                    .map(r -> r.get("period")).toList(), metric);
            m.forEach(r -> assertEquals("2", r.get("n"), metric));
            m.forEach(r -> assertEquals("min-max (fewer than 20 replicates)", r.get("band"), metric));
            CSVRecord y2023 = m.stream().filter(r -> r.get("period").equals("2023")).findFirst().orElseThrow();
            assertEquals(List.of("365", "365", "true"), List.of(y2023.get("days_covered"), y2023.get("days_in_period"),
                    y2023.get("whole")), "the baseline starts on 1 January 2023: 2023 is a whole year");
            m.stream().filter(r -> r.get("period").equals("2024")).forEach(r -> assertEquals("true", r.get("whole")));
            if (metric.startsWith("fatalities") || metric.startsWith("returns") || metric.equals("attacks")) {
                m.forEach(r -> assertTrue(r.get("ci95_low").isEmpty() || Double.parseDouble(r.get("ci95_low")) >= 0,
                        () -> metric + " " + r.get("period") + ": a count's interval below zero"));
            }
        }
        double yearly = rows.stream().filter(r -> r.get("metric").equals("fatalities_total")
                && r.get("period_type").equals("year") && r.get("period").equals("2024"))
                .mapToDouble(r -> Double.parseDouble(r.get("mean"))).findFirst().orElseThrow();
        double monthly = rows.stream().filter(r -> r.get("metric").equals("fatalities_total")
                && r.get("period_type").equals("month") && r.get("period").startsWith("2024-"))
                .mapToDouble(r -> Double.parseDouble(r.get("mean"))).sum();
        assertEquals(monthly, yearly, 1e-6 * Math.max(1, yearly), "a flow's year is the sum of its months");
    }

    @Test
    void manifestParsesAndRecordsTheScenarioHashAndSeeds() throws Exception {
        JsonNode m = new ObjectMapper().readTree(oneThread.resolve("manifest.json").toFile());
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(TestScenarios.BASELINE)));
        assertEquals(sha, m.path("scenario").path("sha256").asText());
        assertEquals(List.of(TestScenarios.COARSE), List.of(m.path("scenario").path("overrides").get(0).asText()));
        assertEquals(7, m.path("seeds").path("base").asLong());
        JsonNode reps = m.path("seeds").path("reps");
        assertEquals(2, reps.size());
        assertEquals(Seeds.forReplicate(7, 0), reps.get(0).asLong());
        assertEquals(Seeds.forReplicate(7, 1), reps.get(1).asLong());
        assertEquals(2, m.path("reps").asInt());
        assertEquals(1, m.path("threads").asInt());
        assertEquals("baseline", m.path("scenario").path("name").asText());
        assertEquals("50", m.path("parameters").path("resolution.personsPerAgent").asText());
    }

    // ---- charts ---------------------------------------------------------------------------

    @Test
    void runWithChartsWritesTheReport() throws IOException {
        Path out = dir.resolve("charts-run");
        Cli.Result r = Cli.run("run", TestScenarios.BASELINE.toString(), "--set", TestScenarios.VERY_COARSE,
                "--reps", "2", "--seed", "3", "--out", out.toString());
        assertEquals(0, r.exit(), r::all);
        Path report = out.resolve("report.html");
        Path png = out.resolve("charts/tension.png");
        assertTrue(Files.size(report) > 0, "report.html");
        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > 1000, "tension.png has content");
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(bytes, 4), "a PNG file");
        assertTrue(Files.readString(report, StandardCharsets.UTF_8).contains("charts/tension.png"));
    }
}
