package org.durand.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.durand.experiment.TargetResult;
import org.durand.experiment.RunResult;
import org.durand.model.Event;
import org.durand.model.EventType;
import org.durand.observe.Aggregation;
import org.durand.observe.Metric;
import org.durand.observe.MetricSet;
import org.durand.observe.MonthlySeries;
import org.durand.output.EventsCsv;
import org.durand.output.Manifest;
import org.durand.output.RunInfo;
import org.durand.output.RunRecord;
import org.durand.output.SummaryCsv;
import org.durand.output.TargetsCsv;
import org.durand.output.TimeseriesCsv;
import org.durand.scenario.Target;

/** A small, plausible run for chart tests, in memory or written as a run folder: every metric, a timeline, targets. */
final class SyntheticRun {

    static final String EVIL = "<script>alert(\"x\")</script> & 'quotes'";

    private static final String[][] METRICS = {
        {"fatalities_security", "flow"}, {"fatalities_civilian", "flow"}, {"fatalities_militant", "flow"},
        {"fatalities_total", "flow"}, {"fatalities_north", "flow"}, {"fatalities_south", "flow"}, {"attacks", "flow"},
        {"returns_deported", "flow"}, {"returns_pressured", "flow"}, {"returns_total", "flow"},
        {"refugees_remaining", "stock"}, {"refugees_status_blue", "stock"}, {"refugees_status_green", "stock"},
        {"border_closed_days", "flow"}, {"trade_value_usd", "flow"}, {"trust_host", "stock"},
        {"trust_haven", "stock"}, {"grievance_host", "stock"}, {"grievance_haven", "stock"},
        {"tension_index", "level"}};

    private final String scenario;
    private final int reps;
    private final YearMonth from;
    private final YearMonth to;
    private double tensionShift;
    private boolean targets = true;

    SyntheticRun(String scenario, int reps, YearMonth from, YearMonth to) {
        this.scenario = scenario;
        this.reps = reps;
        this.from = from;
        this.to = to;
    }

    SyntheticRun tensionShift(double shift) {
        this.tensionShift = shift;
        return this;
    }

    SyntheticRun withoutTargets() {
        this.targets = false;
        return this;
    }

    static MetricSet metrics() {
        List<Metric> m = new ArrayList<>();
        for (String[] d : METRICS) {
            String unit = d[0].startsWith("trust") ? "0–1" : d[0].startsWith("tension") ? "index 0–100" : "people";
            m.add(new Metric(d[0], Aggregation.parse(d[1]), unit, d[0].replace('_', ' ')));
        }
        return MetricSet.of(m);
    }

    /** The run in memory. */
    RunRecord record() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        MetricSet metrics = metrics();
        List<RunResult> results = new ArrayList<>();
        for (int r = 0; r < reps; r++) {
            results.add(new RunResult(r, 1000L + r, series(metrics, months, r), events(r)));
        }
        Map<String, String> provinces = new LinkedHashMap<>();
        provinces.put("north", "Northern Marches");
        provinces.put("south", "Southern Plain");
        Map<String, String> statuses = new LinkedHashMap<>();
        statuses.put("blue", "Blue card holders");
        statuses.put("green", "Green card holders");
        List<RunInfo.PinnedEvent> pinned = new ArrayList<>();
        String[][] timeline = {{"2023-11-01", "phase"}, {"2024-01-15", "visit"}, {"2024-02-20", "closure"},
            {"2024-03-18", "strike"}, {"2024-03-30", "clash"}, {"2024-06-10", "talks"}, {"2024-06-25", "talks"},
            {"2025-02-21", "closure"}, {"2025-02-21", "strike"}, {"2025-04-16", "talks"}, {"2025-04-17", "visit"},
            {"2025-04-19", "visit"}, {"2025-04-20", "agreement"}, {"2026-01-01", "phase"}};
        for (String[] e : timeline) {
            LocalDate d = LocalDate.parse(e[0]);
            if (!d.isBefore(from.atDay(1)) && !d.isAfter(to.atEndOfMonth())) {
                pinned.add(new RunInfo.PinnedEvent(d, e[1]));
            }
        }
        RunInfo info = new RunInfo(scenario, "Synthetic test run " + EVIL, 7, from.atDay(1), to.atEndOfMonth(),
                "Republic of Alba", "Emirate of Borea", provinces, statuses, Map.of("wolves", "Grey Wolves"), pinned);
        return new RunRecord(info, results, targets ? targets(results) : List.of());
    }

    /** Writes the run as a run folder into {@code dir} and returns it. */
    Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        RunRecord run = record();
        TimeseriesCsv.write(dir.resolve("timeseries.csv"), scenario, run.results());
        SummaryCsv.write(dir.resolve("summary.csv"), scenario, run.info().start(), run.info().end(), run.results());
        EventsCsv.write(dir.resolve("events.csv"), run.results());
        if (!run.targets().isEmpty()) {
            TargetsCsv.write(dir.resolve("targets.csv"), run.targets());
        }
        Manifest.write(dir.resolve("manifest.json"), run.info(), run.metrics(),
                new Manifest.Info("run", Path.of(scenario + ".yaml"), List.of(new Manifest.Input(scenario + ".yaml", "abc123")), List.of(), 7,
                        run.results().stream().map(RunResult::seed).toList(), 1, Instant.EPOCH, Instant.EPOCH),
                Map.of("note", "<b>phase 1</b>"));
        return dir;
    }

    private MonthlySeries series(MetricSet metrics, List<YearMonth> months, int r) {
        double[][] v = new double[metrics.size()][months.size()];
        Random rnd = new Random(42 + r);
        double blue = 1_300_000;
        double green = 1_700_000;
        for (int t = 0; t < months.size(); t++) {
            double wave = Math.sin(t / 5.0) * 0.3 + 1 + t / 60.0;
            double sec = Math.max(0, Math.round(60 * wave + rnd.nextGaussian() * 12));
            double civ = Math.max(0, Math.round(45 * wave + rnd.nextGaussian() * 10));
            double mil = Math.max(0, Math.round(90 * wave + rnd.nextGaussian() * 20));
            double dep = Math.max(0, Math.round(25_000 * wave + rnd.nextGaussian() * 5_000));
            double pres = Math.max(0, Math.round(40_000 * wave + rnd.nextGaussian() * 8_000));
            green = Math.max(0, green - dep - pres * 0.6);
            blue = Math.max(0, blue - pres * 0.4);
            double closed = t % 7 == 3 ? 10 + rnd.nextInt(21) : rnd.nextInt(3);
            double[] row = {sec, civ, mil, sec + civ + mil, Math.round((sec + civ + mil) * 0.6),
                Math.round((sec + civ + mil) * 0.3), Math.round(70 * wave + rnd.nextInt(20)), dep, pres, dep + pres,
                blue + green, blue, green, closed, (160e6 - closed * 4e6) * (1 + rnd.nextGaussian() * 0.05),
                Math.max(0, 0.5 - t * 0.008 + rnd.nextGaussian() * 0.03),
                Math.max(0, 0.45 - t * 0.005 + rnd.nextGaussian() * 0.03), 20 + t * 1.5 + rnd.nextGaussian() * 3,
                15 + t * 1.1 + rnd.nextGaussian() * 3,
                Math.min(100, 35 + 15 * wave + tensionShift + rnd.nextGaussian() * 4)};
            for (int k = 0; k < row.length; k++) {
                v[k][t] = row[k];
            }
        }
        return new MonthlySeries(metrics, months, v);
    }

    private List<Event> events(int r) {
        List<Event> out = new ArrayList<>();
        Random rnd = new Random(r);
        for (int i = 0; i < 50; i++) {
            LocalDate day = from.atDay(1).plusDays(rnd.nextInt(28));
            out.add(new Event(day, "Grey Wolves", "Republic of Alba", EventType.ATTACK_SECURITY, 1 + rnd.nextInt(5),
                    "north"));
        }
        out.add(new Event(from.atDay(2), "Republic of Alba", "Emirate of Borea", EventType.VISIT, 1.5, ""));
        return out;
    }

    private static List<TargetResult> targets(List<RunResult> results) {
        return List.of(
                target(results, new Target("fat2024", "fatalities_total", LocalDate.of(2024, 1, 1),
                        LocalDate.of(2024, 12, 31), 2546, 2000, 3100, 2, "PICSS annual report 2024")),
                target(results, new Target("fatsec2024", "fatalities_security", LocalDate.of(2024, 1, 1),
                        LocalDate.of(2024, 12, 31), 1100, 900, 1300, 1, "PICSS annual report 2024")),
                target(results, new Target("ret2024", "returns_total", LocalDate.of(2023, 11, 1),
                        LocalDate.of(2024, 12, 31), 1_100_000, 900_000, 1_300_000, 1, "UNHCR / IOM flash update <2025>")),
                target(results, new Target("ret-apr", "returns_total", LocalDate.of(2025, 4, 1),
                        LocalDate.of(2025, 4, 30), 80_000, 60_000, 100_000, 1, "IOM border monitoring")));
    }

    private static TargetResult target(List<RunResult> results, Target t) {
        return new TargetResult(t, SummaryCsv.statistics(results, t.metric(), YearMonth.from(t.from()),
                YearMonth.from(t.to())));
    }
}
