package org.durand.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ec.util.MersenneTwisterFast;
import org.durand.calibrate.BacktestRow;
import org.durand.calibrate.FitParameter;
import org.durand.calibrate.Predictive;
import org.durand.experiment.Posterior;
import org.durand.experiment.ReplicateStatistics;
import org.durand.scenario.Target;

/**
 * A plausible ABC posterior, predictive check and backtest of the reference case for chart tests:
 * up to five fitted parameters with correlated, unequally weighted particles; targets with the 2023–25
 * figures (2,546 fatalities in 2024, about 904,000 returns to April 2025, ...).
 */
final class UncertaintyFixture {

    static final List<FitParameter> PRIORS = List.of(
            new FitParameter("groups.ttp.attacksPerCellYear", 0.5, 2.5),
            new FitParameter("behaviour.returns.fearPerDay", 0.002, 0.03),
            new FitParameter("governments.host.hawkishness", 0.3, 0.9),
            new FitParameter("governments.haven.restraint", 0.2, 0.9),
            new FitParameter("groups.ttp.equipmentShare", 0.1, 0.6));
    static final String PICSS = "PICSS annual security report 2024";
    static final String UNHCR = "UNHCR / IOM flash update, May 2025";

    private UncertaintyFixture() {
    }

    /** {@code n} particles of the first {@code d} (up to five) parameters, seeded, deterministic. */
    static Posterior posterior(int n, int d) {
        MersenneTwisterFast random = new MersenneTwisterFast(new int[] {2025, 4});
        double[][] values = new double[n][d];
        double[] weights = new double[n];
        double[] distances = new double[n];
        for (int i = 0; i < n; i++) {
            double attacks = clamp(1.45 + 0.22 * random.nextGaussian(), PRIORS.get(0));
            double[] all = {attacks,
                clamp(0.011 + 0.006 * (attacks - 1.45) + 0.0025 * random.nextGaussian(), PRIORS.get(1)),
                clamp(0.3 + 0.6 * Math.sqrt(random.nextDouble()), PRIORS.get(2)),
                clamp(0.75 - 0.2 * (attacks - 1.45) + 0.08 * random.nextGaussian(), PRIORS.get(3)),
                clamp(0.1 + 0.5 * random.nextDouble(), PRIORS.get(4))};
            System.arraycopy(all, 0, values[i], 0, d);
            weights[i] = 0.4 + random.nextDouble() * random.nextDouble() * 2;
            distances[i] = 0.05 + 0.1 * random.nextDouble();
        }
        List<String> paths = PRIORS.subList(0, d).stream().map(FitParameter::path).toList();
        return new Posterior(paths, values, weights, distances);
    }

    private static double clamp(double v, FitParameter p) {
        return Math.max(p.low(), Math.min(p.high(), v));
    }

    /** The predictive check: six fitted targets, three held out. */
    static List<Predictive> checks() {
        List<Predictive> out = new ArrayList<>();
        out.add(predictive(target("fatalities-2024", "fatalities_total", "2024-01-01", "2024-12-31", 2546, PICSS),
                2443, 210, true, 1));
        out.add(predictive(target("security-2024", "fatalities_security", "2024-01-01", "2024-12-31", 685, PICSS),
                720, 95, true, 2));
        out.add(predictive(target("civilians-2024", "fatalities_civilian", "2024-01-01", "2024-12-31", 927, PICSS),
                845, 120, true, 3));
        out.add(predictive(target("returns-to-apr-2025", "returns_total", "2023-09-15", "2025-04-30", 904_000, UNHCR),
                873_000, 48_000, true, 4));
        out.add(predictive(target("returns-apr-2025", "returns_total", "2025-04-01", "2025-04-30", 107_000, UNHCR),
                96_000, 17_000, true, 5));
        out.add(predictive(target("deported-share-apr-2025", "returns_deported_share", "2025-04-01", "2025-04-30",
                0.31, UNHCR), 0.27, 0.035, true, 6));
        out.add(predictive(target("fatalities-2023", "fatalities_total", "2023-01-01", "2023-12-31", 1523, PICSS),
                1610, 190, false, 7));
        out.add(predictive(target("worst-month-2024", "fatalities_total", "2024-01-01", "2024-12-31", 450, PICSS),
                330, 40, false, 8));
        out.add(predictive(target("fatalities-q4-2024", "fatalities_total", "2024-10-01", "2024-12-31", 1012, PICSS),
                760, 95, false, 9));
        return out;
    }

    /** The checks with two that a linear axis cannot show: one 37 times too high, one observed as 0. */
    static List<Predictive> wideChecks() {
        List<Predictive> out = new ArrayList<>(checks().subList(0, 3));
        out.add(predictive(target("strikes-2024", "strikes", "2024-01-01", "2024-12-31", 2, PICSS), 74, 30, false, 21));
        out.add(predictive(target("clashes-2024", "clashes", "2024-01-01", "2024-12-31", 0, PICSS), 3, 1, false, 22));
        out.add(predictive(target("attacks-2024", "attacks", "2024-01-01", "2024-12-31", 1166, PICSS), 400, 260,
                false, 23));
        return out;
    }

    /** A backtest: fitted to 2024, scored on 2025; the deported share has no naive forecast. */
    static List<BacktestRow> backtest() {
        return List.of(
                new BacktestRow(predictive(target("fatalities-h1-2025", "fatalities_total", "2025-01-01", "2025-06-30",
                        1890, PICSS), 1720, 200, false, 11), 2024, 1273),
                new BacktestRow(predictive(target("security-h1-2025", "fatalities_security", "2025-01-01",
                        "2025-06-30", 512, PICSS), 430, 70, false, 12), 395, 342.5),
                new BacktestRow(predictive(target("returns-may-aug-2025", "returns_total", "2025-05-01", "2025-08-31",
                        436_000, UNHCR), 388_000, 52_000, false, 13), 428_000, 210_000),
                new BacktestRow(predictive(target("deported-share-jun-2025", "returns_deported_share", "2025-06-01",
                        "2025-06-30", 0.36, UNHCR), 0.29, 0.04, false, 14), Double.NaN, Double.NaN));
    }

    /**
     * Two targets whose charts are hard to lay out: a share of replicates that model and naive
     * forecasts all put at 0 (observed 1), and returns whose two naive forecasts lie level with each
     * other and close to the model's mean.
     */
    static List<BacktestRow> awkwardBacktest() {
        Target share = new Target("a-month-of-400-2025", "fatalities_total", LocalDate.parse("2025-01-01"),
                LocalDate.parse("2025-12-31"), 1, 0, 1, 1, PICSS, Target.MAX_MONTH, null, null, 400);
        return List.of(new BacktestRow(predictive(share, 0, 0, false, 31), 0, 0),
                new BacktestRow(predictive(target("returns-to-jun-2025", "returns_total", "2023-09-15",
                        "2025-06-30", 904_000, UNHCR), 1_050_000, 90_000, false, 32), 1_025_000, 1_021_000));
    }

    static Target target(String id, String metric, String from, String to, double observed, String source) {
        return new Target(id, metric, LocalDate.parse(from), LocalDate.parse(to), observed, observed * 0.9,
                observed * 1.1, 1, source);
    }

    /** 200 normal draws around {@code mean} with standard deviation {@code sd}, seeded by {@code seed}. */
    static Predictive predictive(Target t, double mean, double sd, boolean fitted, int seed) {
        MersenneTwisterFast random = new MersenneTwisterFast(new int[] {seed, 77});
        double[] draws = new double[200];
        for (int i = 0; i < draws.length; i++) {
            draws[i] = Math.max(0, mean + sd * random.nextGaussian());
        }
        return new Predictive(t, ReplicateStatistics.of(draws, 0, Double.POSITIVE_INFINITY), draws, fitted);
    }
}
