package org.durand.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.durand.TestScenarios;
import org.durand.experiment.ReplicateStatistics;
import org.durand.experiment.Replicates;
import org.durand.experiment.RunResult;
import org.durand.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The model's mechanisms push the way the design says, on replicate means with common random
 * numbers (the same base seed in both arms). Tolerances leave room for noise, but each test
 * fails if the effect vanishes or reverses.
 */
class DirectionalTest {

    private static final int REPS = 16;
    private static final long SEED = 2024;
    private static final int THREADS = 2;

    private static List<RunResult> run(String... overrides) {
        return run(TestScenarios.baseline(overrides));
    }

    private static List<RunResult> run(Scenario s) {
        return Replicates.run(s, REPS, SEED, THREADS, false, r -> { });
    }

    private static double[] values(List<RunResult> runs, String metric, YearMonth from, YearMonth to) {
        return runs.stream().mapToDouble(r -> r.series().over(metric, from, to)).toArray();
    }

    private static ReplicateStatistics paired(List<RunResult> treated, List<RunResult> control, String metric,
                                              YearMonth from, YearMonth to) {
        double[] a = values(treated, metric, from, to);
        double[] b = values(control, metric, from, to);
        double[] d = new double[a.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = a[i] - b[i];
        }
        return ReplicateStatistics.of(d);
    }

    private static double mean(double[] v) {
        return java.util.Arrays.stream(v).average().orElse(Double.NaN);
    }

    @Test
    void aDatedStrikeRaisesTheHavensGrievanceAndTheTensionIndex() {
        LocalDate end = LocalDate.of(2024, 7, 31);
        List<RunResult> control = run(TestScenarios.truncated(TestScenarios.baseline(TestScenarios.VERY_COARSE), end));
        List<RunResult> strike = run(TestScenarios.truncated(TestScenarios.baseline(TestScenarios.VERY_COARSE,
                "timeline.extra-strike.date=2024-06-01", "timeline.extra-strike.type=strike",
                "timeline.extra-strike.actor=host", "timeline.extra-strike.group=ttp",
                "timeline.extra-strike.magnitude=2"), end));
        YearMonth may = YearMonth.of(2024, 5);
        YearMonth june = YearMonth.of(2024, 6);
        // common random numbers: identical until the strike
        for (String metric : List.of("grievance_haven", "tension_index", "fatalities_total")) {
            assertEquals(mean(values(control, metric, may, may)), mean(values(strike, metric, may, may)), 0.0,
                    metric + " before the strike");
        }
        for (double n : values(strike, "strikes", june, june)) {
            assertTrue(n >= 1, "the pinned strike happens in June 2024 in every replicate");
        }

        ReplicateStatistics grievance = paired(strike, control, "grievance_haven", june, june);
        ReplicateStatistics tension = paired(strike, control, "tension_index", june, june);
        System.out.printf("strike: grievance_haven +%.1f (CI %.1f..%.1f), tension +%.2f (CI %.2f..%.2f)%n",
                grievance.mean(), grievance.ci95Low(), grievance.ci95High(), tension.mean(), tension.ci95Low(),
                tension.ci95High());
        assertTrue(grievance.ci95Low() > 0, "grievance_haven in June 2024 rises with the strike: " + grievance);
        assertTrue(tension.ci95Low() > 0, "tension_index in June 2024 rises with the strike: " + tension);
    }

    @Test
    void moreDiplomaticEngagementLowersTension() {
        String[] base = {TestScenarios.VERY_COARSE};
        List<RunResult> control = run(base);
        List<RunResult> engaged = run(TestScenarios.plus(base, "governments.host.engagementsPerYear=150",
                "governments.haven.engagementsPerYear=150"));
        YearMonth from = YearMonth.of(2024, 1);
        YearMonth to = YearMonth.of(2026, 12);
        ReplicateStatistics diplomacy = paired(engaged, control, "diplomatic_events", from, to);
        ReplicateStatistics tension = paired(engaged, control, "tension_index", from, to);
        System.out.printf("engagement: diplomatic +%.1f, tension %.2f (CI %.2f..%.2f), control mean %.2f%n",
                diplomacy.mean(), tension.mean(), tension.ci95Low(), tension.ci95High(),
                mean(values(control, "tension_index", from, to)));
        assertTrue(diplomacy.mean() > 20, "more engagements happen: " + diplomacy);
        assertTrue(tension.ci95High() < 0, "mean tension 2024-2026 falls: " + tension);
    }

    @Test
    void zeroEnforcementMeansZeroDeportations() {
        String[] base = {TestScenarios.VERY_COARSE};
        List<RunResult> none = Replicates.run(TestScenarios.baseline(TestScenarios.plus(base,
                "phases.undocumented.capacityPerDay=0", "phases.acc.capacityPerDay=0")), 4, SEED, THREADS, false, r -> { });
        for (RunResult r : none) {
            double[] deported = r.series().values("returns_deported");
            for (int m = 0; m < deported.length; m++) {
                assertEquals(0.0, deported[m], "rep " + r.rep() + " month " + r.series().months().get(m));
            }
            // people still leave under pressure, so the metric is live
            assertTrue(r.series().over("returns_pressured", YearMonth.of(2023, 11), YearMonth.of(2026, 12)) > 0);
        }
        List<RunResult> enforced = Replicates.run(TestScenarios.baseline(base), 4, SEED, THREADS, false, r -> { });
        for (RunResult r : enforced) {
            assertTrue(r.series().over("returns_deported", YearMonth.of(2023, 11), YearMonth.of(2026, 12)) > 0,
                    "the baseline deports");
        }
    }
}
