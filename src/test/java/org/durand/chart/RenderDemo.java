package org.durand.chart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

/** Renders the synthetic fixtures (a run, a comparison, a posterior and a backtest) into a folder for eyeballing the charts: {@code RenderDemo <dir>}. */
final class RenderDemo {

    private RenderDemo() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path dir = Path.of(args[0]);
        SyntheticRun run = new SyntheticRun("baseline", 3, YearMonth.of(2023, 11), YearMonth.of(2026, 12));
        Path a = run.write(dir.resolve("a"));
        RunReport.write(a, run.record());
        Path b = new SyntheticRun("escalation", 3, YearMonth.of(2024, 1), YearMonth.of(2026, 12))
                .tensionShift(15).write(dir.resolve("b"));
        Comparison.write(List.of(a, b), dir.resolve("cmp"));
        Files.createDirectories(dir.resolve("abc"));
        PosteriorCharts.write(dir.resolve("abc/charts"), UncertaintyFixture.posterior(500, 3), UncertaintyFixture.PRIORS,
                UncertaintyFixture.checks());
        BacktestCharts.write(dir.resolve("abc/charts"), UncertaintyFixture.backtest());
        Files.createDirectories(dir.resolve("abc-awkward"));
        BacktestCharts.write(dir.resolve("abc-awkward/charts"), UncertaintyFixture.awkwardBacktest());
        Files.createDirectories(dir.resolve("abc-wide"));
        PosteriorCharts.write(dir.resolve("abc-wide/charts"), UncertaintyFixture.posterior(300, 1),
                UncertaintyFixture.PRIORS, UncertaintyFixture.wideChecks());
        Files.createDirectories(dir.resolve("abc-five"));
        PosteriorCharts.write(dir.resolve("abc-five/charts"), UncertaintyFixture.posterior(1000, 5),
                UncertaintyFixture.PRIORS, List.of());
    }
}
