package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.durand.TestScenarios;
import org.durand.experiment.sweep.Design;
import org.durand.experiment.sweep.ModelEvaluator;
import org.durand.experiment.sweep.Outcomes;
import org.durand.experiment.sweep.Spread;
import org.durand.experiment.sweep.SweepPlan;
import org.durand.experiment.sweep.Varied;
import org.durand.scenario.ScenarioReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code durand sweep} end to end with a whole-number, a date and a yes/no parameter on a grid:
 * the values are written as the parameter's kind is written in a scenario, they reach the model
 * (outcomes move the way the parameter pushes them, well beyond replicate noise), and the response
 * chart is drawn.
 */
class SweepParameterKindsTest {

    @TempDir
    Path tmp;

    /** Runs a two-replicate grid sweep of one parameter and returns runs.csv's value → outcomes, by point. */
    private Map<String, List<CSVRecord>> sweep(String vary, String outcome, String... sets) throws IOException {
        Path out = tmp.resolve("sweep");
        List<String> args = new java.util.ArrayList<>(List.of("sweep", TestScenarios.BASELINE.toString(), "--set",
                TestScenarios.VERY_COARSE, "--vary", vary, "--design", "grid", "--reps", "2", "--threads", "2",
                "--outcome", outcome, "--out", out.toString()));
        for (String set : sets) {
            args.addAll(List.of("--set", set));
        }
        assertEquals(0, Main.execute(args.toArray(new String[0])));
        String path = vary.substring(0, vary.indexOf('='));
        Map<String, List<CSVRecord>> byValue = new LinkedHashMap<>();
        try (Reader r = Files.newBufferedReader(out.resolve("runs.csv"))) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                assertEquals("ok", row.get("status"), row.toString());
                byValue.computeIfAbsent(row.get(path), v -> new ArrayList<>()).add(row);
            }
        }
        assertTrue(Files.size(out.resolve("charts/response-" + outcome.replaceAll("[^a-z0-9]+", "-") + ".png")) > 0);
        return byValue;
    }

    private static double mean(List<CSVRecord> rows, String outcome) {
        return rows.stream().mapToDouble(r -> Double.parseDouble(r.get(outcome))).average().orElseThrow();
    }

    /** The outcome's replicate mean at value {@code high} exceeds that at {@code low} by more than {@code margin}. */
    private static void assertRises(Map<String, List<CSVRecord>> runs, String outcome, String low, String high,
                                    double margin) {
        double a = mean(runs.get(low), outcome);
        double b = mean(runs.get(high), outcome);
        assertTrue(b > a + margin, outcome + " at " + high + ": " + b + ", at " + low + ": " + a);
    }

    @Test
    @DisplayName("whole number: TTP fighters 2000, 6000, 10000; more fighters, more fatalities")
    void wholeNumberParameter() throws IOException {
        Map<String, List<CSVRecord>> runs = sweep("groups.ttp.fighters=2000:10000:3", "fatalities_total.all");
        assertEquals(List.of("2000", "6000", "10000"), List.copyOf(runs.keySet()));
        assertRises(runs, "fatalities_total.all", "2000", "10000", 2000);
    }

    @Test
    @DisplayName("date: the ACC phase (816 deportations a day against 700) starting 2024-06-01, 2025-01-31 or "
            + "2025-10-01, its deadline announced before all three; an earlier start deports more in 2024 "
            + "(≈116 × 1.3 a day for seven months, ≈30,000)")
    void dateParameter() throws IOException {
        Map<String, List<CSVRecord>> runs = sweep("phases.acc.start=2024-06-01:2025-10-01:3", "returns_deported.2024",
                "phases.acc.announced=2024-05-01", "phases.acc.deadline=2024-05-31");
        assertEquals(List.of("2024-06-01", "2025-01-31", "2025-10-01"), List.copyOf(runs.keySet()));
        assertRises(runs, "returns_deported.2024", "2025-10-01", "2024-06-01", 15_000);
    }

    @Test
    @DisplayName("yes/no: a dated closure disabled and enabled; the point's scenario holds the entry only when true")
    void yesNoParameter() throws Exception {
        String vary = "timeline.torkham-closure-2025.enabled=false:true";
        Map<String, List<CSVRecord>> runs = sweep(vary, "border_closed_days.all");
        assertEquals(List.of("false", "true"), List.copyOf(runs.keySet()));
        SweepPlan plan = new SweepPlan(TestScenarios.BASELINE, List.of(TestScenarios.VERY_COARSE),
                List.of(Varied.parse(vary, Spread.UNIFORM)), Design.GRID, 0, 4, 2, 1, List.of());
        ModelEvaluator evaluator = new ModelEvaluator(plan, Outcomes.of(List.of("border_closed_days.all"),
                ScenarioReader.read(TestScenarios.BASELINE, List.of()), List.of()));
        int off = evaluator.scenario(new String[] {"false"}).timeline().size();
        int on = evaluator.scenario(new String[] {"true"}).timeline().size();
        assertEquals(off + 1, on, "enabling the entry adds it to the timeline");
    }
}
