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
        Path run = new SyntheticRun("baseline", 3, YearMonth.of(2023, 11), YearMonth.of(2026, 12))
                .write(tmp.resolve("run"));
        RunReport.write(run);
        for (String name : CHARTS) {
            ChartFiles.assertChart(run.resolve("charts"), name);
        }
        Path report = run.resolve("report.html");
        ChartFiles.assertLinksResolve(report);
        ChartFiles.assertNoTempFiles(run);
        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertFalse(html.contains("<script"), "no raw script tag");
        assertFalse(html.contains("<b>phase 1</b>"), "parameters are escaped");
        assertTrue(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;"));
        assertTrue(html.contains("PICSS annual report 2024"), "targets table lists sources");
        assertTrue(html.contains("UNHCR / IOM flash update &lt;2025&gt;"));
        assertTrue(html.contains("class=\"missed\""), "missed target highlighted");
    }

    @Test
    void timelineMarkersAndTargetsAreInTheChartData() throws Exception {
        Path run = new SyntheticRun("baseline", 3, YearMonth.of(2023, 11), YearMonth.of(2026, 12))
                .write(tmp.resolve("run"));
        RunReport.write(run);
        String tension = Files.readString(run.resolve("charts/tension.csv"));
        assertTrue(tension.contains("event,2025-02-21,,,,,closure/strike"), "same-day events merge");
        assertFalse(tension.contains("reopening"), "unmarked types are left out");
        String returns = Files.readString(run.resolve("charts/returns.csv"));
        assertTrue(returns.contains("target ret2025"), "observed returns plotted");
    }

    @Test
    void worksWithoutTargetsAndWithout2024() throws Exception {
        Path run = new SyntheticRun("no-targets", 2, YearMonth.of(2025, 1), YearMonth.of(2026, 6))
                .withoutTargets().write(tmp.resolve("late"));
        RunReport.write(run);
        for (String name : CHARTS) {
            if (!name.equals("fatalities_2024")) {
                ChartFiles.assertChart(run.resolve("charts"), name);
            }
        }
        assertFalse(Files.exists(run.resolve("charts/fatalities_2024.png")));
        ChartFiles.assertLinksResolve(run.resolve("report.html"));
        String html = Files.readString(run.resolve("report.html"));
        assertFalse(html.contains("Observed targets"));
    }

    @Test
    void rewritingReplacesFiles() throws Exception {
        Path run = new SyntheticRun("baseline", 2, YearMonth.of(2024, 1), YearMonth.of(2024, 12))
                .write(tmp.resolve("again"));
        RunReport.write(run);
        RunReport.write(run);
        ChartFiles.assertChart(run.resolve("charts"), "fatalities_2024");
        ChartFiles.assertNoTempFiles(run);
    }

    @Test
    void sparseRunWithOnlyATimeSeriesStillRenders() throws Exception {
        Path run = Files.createDirectories(tmp.resolve("sparse"));
        StringBuilder csv = new StringBuilder("scenario,rep,seed,month,metric,value\n");
        for (int rep = 0; rep < 2; rep++) {
            for (int m = 1; m <= 12; m++) {
                String month = String.format("2024-%02d", m);
                csv.append("sparse,").append(rep).append(",1,").append(month).append(",tension_index,")
                        .append(40 + m + rep).append('\n');
                csv.append("sparse,").append(rep).append(",1,").append(month).append(",fatalities_total,")
                        .append(m % 3 == 0 ? "" : Integer.toString(100 + m)).append('\n');
            }
        }
        Files.writeString(run.resolve("timeseries.csv"), csv);
        RunReport.write(run);
        ChartFiles.assertChart(run.resolve("charts"), "tension");
        ChartFiles.assertLinksResolve(run.resolve("report.html"));
        assertTrue(Files.readString(run.resolve("report.html")).contains("<h1>sparse</h1>"));
    }
}
