package org.durand.chart;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunReportTest {

    private static final List<String> CHARTS = List.of("tension", "fatalities", "fatalities_2024", "returns",
            "refugees", "trust_grievance", "border_trade");

    @TempDir
    Path tmp;

    @Test
    void writesEveryChartAndASafeReport() throws Exception {
        Path run = tmp.resolve("run");
        Files.createDirectories(run);
        RunReport.write(run, new SyntheticRun("baseline", 3, YearMonth.of(2023, 11), YearMonth.of(2026, 12)).record());
        Files.writeString(run.resolve("manifest.json"), "{}");   // the report links to it
        for (String name : CHARTS) {
            ChartFiles.assertChart(run.resolve("charts"), name);
        }
        Path report = run.resolve("report.html");
        ChartFiles.assertLinksResolve(report);
        ChartFiles.assertNoTempFiles(run);
        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertFalse(html.contains("<script"), "no raw script tag");
        assertTrue(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;"));
        assertTrue(html.contains("PICSS annual report 2024"), "targets table lists sources");
        assertTrue(html.contains("UNHCR / IOM flash update &lt;2025&gt;"));
        assertTrue(html.contains("class=\"missed\""), "missed target highlighted");
    }

    @Test
    void timelineMarkersAndTargetsAreInTheChartData() throws Exception {
        Path run = tmp.resolve("run");
        Files.createDirectories(run);
        RunReport.write(run, new SyntheticRun("baseline", 3, YearMonth.of(2023, 11), YearMonth.of(2026, 12)).record());
        String tension = Files.readString(run.resolve("charts/tension.csv"));
        assertTrue(tension.contains("event,2025-02-21,,,,,closure/strike (label C/S in row 1)"), "same-day events merge");
        assertFalse(tension.contains("clash"), "unmarked types are left out");
        String returns = Files.readString(run.resolve("charts/returns.csv"));
        assertTrue(returns.contains("Observed,2024-12-31,1.1,0.9,1.3,million people,\"target ret2024"),
                "a target counted from the run's start is drawn as observed on the cumulative panel");
        assertTrue(returns.contains("Observed,2025-04,80,60,100,thousand people,\"target ret-apr"),
                "a one-month target is drawn as observed on the monthly panel, not shifted");
    }

    @Test
    void worksWithoutTargetsAndWithout2024() throws Exception {
        Path run = tmp.resolve("late");
        Files.createDirectories(run);
        RunReport.write(run, new SyntheticRun("no-targets", 2, YearMonth.of(2025, 1), YearMonth.of(2026, 6))
                .withoutTargets().record());
        for (String name : CHARTS) {
            if (!name.equals("fatalities_2024")) {
                ChartFiles.assertChart(run.resolve("charts"), name);
            }
        }
        assertFalse(Files.exists(run.resolve("charts/fatalities_2024.png")));
        ChartFiles.assertChart(run.resolve("charts"), "fatalities_2025");   // the last whole year, without targets
        String html = Files.readString(run.resolve("report.html"));
        assertFalse(html.contains("Observed targets"));
    }

    @Test
    void rewritingReplacesFiles() throws Exception {
        Path run = Files.createDirectories(tmp.resolve("again"));
        var record = new SyntheticRun("baseline", 2, YearMonth.of(2024, 1), YearMonth.of(2024, 12)).record();
        RunReport.write(run, record);
        RunReport.write(run, record);
        ChartFiles.assertChart(run.resolve("charts"), "fatalities_2024");
        ChartFiles.assertNoTempFiles(run);
    }
}
