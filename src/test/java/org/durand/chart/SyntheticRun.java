package org.durand.chart;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** Writes a small, plausible run folder for tests: every metric, a timeline, targets and a manifest. */
final class SyntheticRun {

    static final String EVIL = "<script>alert(\"x\")</script> & 'quotes'";

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

    /** Writes the run into {@code dir} (created if needed) and returns it. */
    Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        Map<String, double[][]> data = simulate(months);
        try (PrintWriter w = writer(dir.resolve("timeseries.csv"))) {
            w.println("scenario,rep,seed,month,metric,value");
            for (int r = 0; r < reps; r++) {
                for (int t = 0; t < months.size(); t++) {
                    for (Map.Entry<String, double[][]> e : data.entrySet()) {
                        w.printf(Locale.ROOT, "%s,%d,%d,%s,%s,%.4f%n", scenario, r, 1000L + r, months.get(t),
                                e.getKey(), e.getValue()[r][t]);
                    }
                }
            }
        }
        writeSummary(dir, months, data);
        writeEvents(dir);
        writeManifest(dir);
        if (targets) {
            writeTargets(dir);
        }
        return dir;
    }

    private Map<String, double[][]> simulate(List<YearMonth> months) {
        Map<String, double[][]> d = new LinkedHashMap<>();
        String[] names = {"fatalities_security", "fatalities_civilian", "fatalities_militant", "fatalities_total",
            "fatalities_kp", "fatalities_balochistan", "attacks", "returns_deported", "returns_pressured",
            "returns_total", "border_closed_days", "trade_value_usd", "strikes", "clashes", "diplomatic_events",
            "refugees_remaining", "refugees_status_por", "refugees_status_acc", "refugees_status_undocumented",
            "trust_host", "trust_haven", "grievance_host", "grievance_haven", "pressure_host", "pressure_haven",
            "tension_index"};
        for (String n : names) {
            d.put(n, new double[reps][months.size()]);
        }
        for (int r = 0; r < reps; r++) {
            Random rnd = new Random(42 + r);
            double por = 1_300_000;
            double acc = 800_000;
            double undoc = 1_700_000;
            for (int t = 0; t < months.size(); t++) {
                double wave = Math.sin(t / 5.0) * 0.3 + 1 + t / 60.0;
                double sec = Math.round(60 * wave + rnd.nextGaussian() * 12);
                double civ = Math.round(45 * wave + rnd.nextGaussian() * 10);
                double mil = Math.round(90 * wave + rnd.nextGaussian() * 20);
                put(d, "fatalities_security", r, t, Math.max(0, sec));
                put(d, "fatalities_civilian", r, t, Math.max(0, civ));
                put(d, "fatalities_militant", r, t, Math.max(0, mil));
                double total = Math.max(0, sec) + Math.max(0, civ) + Math.max(0, mil);
                put(d, "fatalities_total", r, t, total);
                put(d, "fatalities_kp", r, t, Math.round(total * 0.6));
                put(d, "fatalities_balochistan", r, t, Math.round(total * 0.3));
                put(d, "attacks", r, t, Math.round(70 * wave + rnd.nextInt(20)));
                double dep = Math.round(25_000 * wave + rnd.nextGaussian() * 5_000);
                double pres = Math.round(40_000 * wave + rnd.nextGaussian() * 8_000);
                put(d, "returns_deported", r, t, Math.max(0, dep));
                put(d, "returns_pressured", r, t, Math.max(0, pres));
                put(d, "returns_total", r, t, Math.max(0, dep) + Math.max(0, pres));
                undoc = Math.max(0, undoc - Math.max(0, dep) - Math.max(0, pres) * 0.6);
                acc = Math.max(0, acc - Math.max(0, pres) * 0.4);
                por = Math.max(0, por - 2_000);
                put(d, "refugees_status_por", r, t, por);
                put(d, "refugees_status_acc", r, t, acc);
                put(d, "refugees_status_undocumented", r, t, undoc);
                put(d, "refugees_remaining", r, t, por + acc + undoc);
                double closed = t % 7 == 3 ? 10 + rnd.nextInt(21) : rnd.nextInt(3);
                put(d, "border_closed_days", r, t, closed);
                put(d, "trade_value_usd", r, t, (160e6 - closed * 4e6) * (1 + rnd.nextGaussian() * 0.05));
                put(d, "strikes", r, t, rnd.nextInt(3));
                put(d, "clashes", r, t, rnd.nextInt(5));
                put(d, "diplomatic_events", r, t, rnd.nextInt(4));
                put(d, "trust_host", r, t, Math.max(0, 0.5 - t * 0.008 + rnd.nextGaussian() * 0.03));
                put(d, "trust_haven", r, t, Math.max(0, 0.45 - t * 0.005 + rnd.nextGaussian() * 0.03));
                put(d, "grievance_host", r, t, 20 + t * 1.5 + rnd.nextGaussian() * 3);
                put(d, "grievance_haven", r, t, 15 + t * 1.1 + rnd.nextGaussian() * 3);
                put(d, "pressure_host", r, t, 0.3 + t * 0.01);
                put(d, "pressure_haven", r, t, 0.2 + t * 0.01);
                put(d, "tension_index", r, t, Math.min(100, 35 + 15 * wave + tensionShift + rnd.nextGaussian() * 4));
            }
        }
        return d;
    }

    private static void put(Map<String, double[][]> d, String metric, int r, int t, double v) {
        d.get(metric)[r][t] = v;
    }

    private void writeSummary(Path dir, List<YearMonth> months, Map<String, double[][]> data) throws IOException {
        try (PrintWriter w = writer(dir.resolve("summary.csv"))) {
            w.println("scenario,metric,period_type,period,mean,sd,median,p05,p95,ci95_low,ci95_high,n");
            for (Map.Entry<String, double[][]> e : data.entrySet()) {
                for (int year = from.getYear(); year <= to.getYear(); year++) {
                    summaryRow(w, e.getKey(), "year", Integer.toString(year), e.getValue(), months, year);
                }
                summaryRow(w, e.getKey(), "run", "all", e.getValue(), months, -1);
            }
        }
    }

    private void summaryRow(PrintWriter w, String metric, String type, String period, double[][] m,
                            List<YearMonth> months, int year) {
        double[] perRep = new double[reps];
        for (int r = 0; r < reps; r++) {
            for (int t = 0; t < months.size(); t++) {
                if (year < 0 || months.get(t).getYear() == year) {
                    perRep[r] += m[r][t];
                }
            }
        }
        double mean = java.util.Arrays.stream(perRep).average().orElse(0);
        w.printf(Locale.ROOT, "%s,%s,%s,%s,%.3f,1,%.3f,%.3f,%.3f,%.3f,%.3f,%d%n", scenario, metric, type, period,
                mean, mean, mean * 0.9, mean * 1.1, mean * 0.95, mean * 1.05, reps);
    }

    private void writeEvents(Path dir) throws IOException {
        String[][] timeline = {
            {"2023-11-01", "phase"}, {"2023-11-01", "deportation"}, {"2024-01-15", "visit"},
            {"2024-02-20", "closure"}, {"2024-03-18", "strike"}, {"2024-03-30", "reopening"},
            {"2024-06-10", "talks"}, {"2024-06-25", "talks"}, {"2024-08-05", "agreement"},
            {"2024-12-23", "strike"}, {"2025-02-21", "closure"}, {"2025-02-21", "strike"},
            {"2025-04-19", "visit"}, {"2025-10-09", "strike"}, {"2025-10-12", "closure"},
            {"2025-10-15", "talks"}, {"2025-10-19", "agreement"}, {"2026-01-01", "phase"},
            {"2026-05-03", "visit"}};
        try (PrintWriter w = writer(dir.resolve("events.csv"))) {
            w.println("rep,date,actor,target,type,cameo,goldstein,magnitude,province");
            for (int r = 0; r < reps; r++) {
                for (String[] e : timeline) {
                    w.printf("%d,%s,PAK,AFG,%s,040,1.0,1,%n", r, e[0], e[1]);
                }
                Random rnd = new Random(r);
                for (int i = 0; i < 400; i++) {
                    LocalDate day = from.atDay(1).plusDays(rnd.nextInt(28 * 30));
                    w.printf("%d,%s,TTP,PAK,attack,180,-9.0,%d,kp%n", r, day, 1 + rnd.nextInt(5));
                }
            }
        }
    }

    private void writeManifest(Path dir) throws IOException {
        StringBuilder seeds = new StringBuilder();
        for (int r = 0; r < reps; r++) {
            seeds.append(r == 0 ? "" : ",").append(1000L + r);
        }
        String json = "{\n  \"scenario\": {\"name\": \"" + scenario + "\", \"description\": "
                + "\"Synthetic test run <script>alert(\\\"x\\\")</script> & 'quotes'\", "
                + "\"file\": \"scenarios/" + scenario + ".yaml\", \"sha256\": \"abc123\"},\n"
                + "  \"seeds\": {\"base\": 7, \"reps\": [" + seeds + "]},\n  \"reps\": " + reps + ",\n"
                + "  \"parameters\": {\"start\": \"" + from + "\", \"deportation\": {\"rate\": 0.02, "
                + "\"phases\": [{\"name\": \"<b>phase 1</b>\", \"from\": \"2023-11-01\"}]}, "
                + "\"labels\": [\"a\", \"b\"]},\n"
                + "  \"version\": \"0.1.0\", \"started\": \"2026-01-01T00:00:00Z\", "
                + "\"finished\": \"2026-01-01T00:01:00Z\", \"wallSeconds\": 60.5, \"java\": \"17\", "
                + "\"extra\": null\n}\n";
        Files.writeString(dir.resolve("manifest.json"), json, StandardCharsets.UTF_8);
    }

    private void writeTargets(Path dir) throws IOException {
        try (PrintWriter w = writer(dir.resolve("targets.csv"))) {
            w.println("target,metric,window_start,window_end,observed,tolerance_low,tolerance_high,model_mean,"
                    + "ci95_low,ci95_high,relative_error,within_tolerance,source");
            w.println("fat2024,fatalities_total,2024-01-01,2024-12-31,2546,2000,3100,2400,2300,2500,-0.057,yes,"
                    + "PICSS annual report 2024");
            w.println("fatsec2024,fatalities_security,2024-01-01,2024-12-31,1100,900,1300,800,750,850,-0.27,no,"
                    + "PICSS annual report 2024");
            w.println("ret2024,returns_total,2023-11-01,2024-12-31,1100000,900000,1300000,1000000,950000,1050000,"
                    + "-0.09,yes,\"UNHCR / IOM flash update <2025>\"");
            w.println("ret2025,returns_total,2025-01-01,2025-12-31,900000,700000,1100000,950000,900000,1000000,"
                    + "0.05,yes,IOM border monitoring");
            w.println("depshare,returns_deported_share,2023-11-01,2024-12-31,0.35,0.25,0.45,0.38,0.36,0.40,"
                    + "0.08,yes,IOM border monitoring");
        }
    }

    private static PrintWriter writer(Path file) throws IOException {
        return new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }
}
