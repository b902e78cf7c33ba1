package org.durand.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.durand.output.RunFolderReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonTest {

    @TempDir
    Path tmp;

    @Test
    void higherTensionRunShowsPositiveDifference() throws Exception {
        Path a = new SyntheticRun("baseline", 4, YearMonth.of(2023, 11), YearMonth.of(2026, 12))
                .write(tmp.resolve("a"));
        Path b = new SyntheticRun("escalation", 4, YearMonth.of(2023, 11), YearMonth.of(2026, 12))
                .tensionShift(20).withoutTargets().write(tmp.resolve("b"));
        Path out = tmp.resolve("cmp");
        Comparison.write(List.of(a, b), out);
        for (String name : List.of("compare_tension", "compare_fatalities", "compare_returns")) {
            ChartFiles.assertChart(out.resolve("charts"), name);
        }
        ChartFiles.assertLinksResolve(out.resolve("report.html"));
        ChartFiles.assertNoTempFiles(out);
        List<List<String>> rows = read(out.resolve("differences.csv"));
        assertEquals(Differences.HEADER, rows.get(0));
        List<String> all = find(rows, "tension_index (monthly mean, index 0–100)", "2023-11..2026-12");
        assertEquals("escalation", all.get(2));
        assertEquals("baseline", all.get(3));
        double diff = Double.parseDouble(all.get(6));
        assertTrue(diff > 15 && diff < 25, "difference near +20: " + diff);
        assertTrue(Double.parseDouble(all.get(7)) > 0, "interval excludes zero");
        assertFalse(find(rows, "tension_index (monthly mean, index 0–100)", "2026").isEmpty(), "per-year rows");
        assertFalse(find(rows, "refugees_remaining (at end, people)", "2026-12").isEmpty());
        List<String> fat = find(rows, "fatalities_total (sum, people)", "2024");
        assertTrue(Math.abs(Double.parseDouble(fat.get(6))) < 1e-9, "same fatalities: zero difference");
    }

    @Test
    void sameScenarioNamesAreDisambiguatedAndOneRunWorks() throws Exception {
        Path a = new SyntheticRun("baseline", 2, YearMonth.of(2025, 1), YearMonth.of(2025, 12)).write(tmp.resolve("x"));
        Path b = new SyntheticRun("baseline", 2, YearMonth.of(2025, 1), YearMonth.of(2025, 12)).write(tmp.resolve("y"));
        List<RunInputs> runs = List.of(RunInputs.of(a, RunFolderReader.read(a)), RunInputs.of(b, RunFolderReader.read(b)));
        assertEquals(List.of("baseline (x)", "baseline (y)"), Comparison.labels(runs));
        Path out = tmp.resolve("single");
        Comparison.write(List.of(a), out);
        assertEquals(1, read(out.resolve("differences.csv")).size());
        ChartFiles.assertLinksResolve(out.resolve("report.html"));
        assertThrows(IllegalArgumentException.class, () -> Comparison.write(List.of(), out));
    }

    private static List<String> find(List<List<String>> rows, String metric, String period) {
        return rows.stream().filter(r -> r.get(0).equals(metric) && r.get(1).equals(period)).findFirst()
                .orElse(List.of());
    }

    private static List<List<String>> read(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (var p = CSVFormat.DEFAULT.parse(Files.newBufferedReader(file))) {
            p.forEach(r -> rows.add(r.toList()));
        }
        return rows;
    }
}
