package org.durand.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.durand.TestScenarios;
import org.durand.model.Event;
import org.durand.model.EventType;
import org.durand.scenario.Scenario;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Patterns the baseline must show of its own accord (ODD §1 and §7.19–7.20), measured on 20
 * replicates with base seed 7: clustered violence, a tension index that scores the kinds of event
 * between the two governments rather than the volume of one, and counterfactuals that the index
 * separates.
 */
class DynamicsTest {

    private static final int REPS = 20;
    private static final long SEED = 7;

    private static final Map<String, List<RunResult>> RUNS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The replicates of a bundled scenario, with their events (run once per test class). */
    private static List<RunResult> runs(String scenario) {
        return RUNS.computeIfAbsent(scenario, name -> {
            Scenario s = TestScenarios.read(TestScenarios.SCENARIOS.resolve(name + ".yaml"), TestScenarios.VERY_COARSE);
            return Replicates.run(s, REPS, SEED, Runtime.getRuntime().availableProcessors(), true, r -> { });
        });
    }

    /**
     * Variance/mean and lag-1 autocorrelation of monthly attacks 2023–2026 after removing a
     * centred 12-month moving mean (2×12 weights), so that trends and policy steps do not count as
     * clustering (ODD §7.19): Poisson noise gives ≈0.92 and ≈−0.11 on this series.
     */
    static double[] clustering(double[] monthly) {
        int n = monthly.length;
        double[] resid = new double[n - 12];
        double meanLevel = 0;
        for (int i = 6; i < n - 6; i++) {
            double mm = 0.5 * monthly[i - 6] + 0.5 * monthly[i + 6];
            for (int k = i - 5; k <= i + 5; k++) {
                mm += monthly[k];
            }
            mm /= 12;
            resid[i - 6] = monthly[i] - mm;
            meanLevel += mm;
        }
        meanLevel /= resid.length;
        double mean = java.util.Arrays.stream(resid).average().orElseThrow();
        double ss = 0;
        double lag = 0;
        for (int i = 0; i < resid.length; i++) {
            ss += (resid[i] - mean) * (resid[i] - mean);
            lag += i + 1 < resid.length ? (resid[i] - mean) * (resid[i + 1] - mean) : 0;
        }
        return new double[] {ss / resid.length / meanLevel, lag / ss};
    }

    @Test
    @DisplayName("monthly attacks, detrended: variance/mean > 1.5 and lag-1 autocorrelation > 0.15 on average (ODD §7.19)")
    void violenceClusters() {
        double vm = 0;
        double lag1 = 0;
        for (RunResult r : runs("baseline")) {
            double[] c = clustering(r.series().values("attacks"));
            vm += c[0] / REPS;
            lag1 += c[1] / REPS;
        }
        assertTrue(vm > 1.5, "variance/mean " + vm);
        // on this measure Poisson noise gives ≈−0.11 and a Hawkes process with branching 0.5 and
        // a three-week memory ≈0.10; the baseline's few, deadly attacks trigger more (≈0.24 in
        // these replicates, 0.15–0.25 over other seeds; docs/ODD.md §7.19 and §10)
        assertTrue(lag1 > 0.15, "lag-1 autocorrelation " + lag1);
    }

    @Test
    @DisplayName("Poisson counts give the detrended measure ≈0.9 and ≈−0.1 (so the test above can fail)")
    void theClusteringMeasureSeesNoClusteringInPoissonCounts() {
        var rng = new org.apache.commons.math3.random.MersenneTwister(3);
        var poisson = new org.apache.commons.math3.distribution.PoissonDistribution(rng, 60,
                org.apache.commons.math3.distribution.PoissonDistribution.DEFAULT_EPSILON,
                org.apache.commons.math3.distribution.PoissonDistribution.DEFAULT_MAX_ITERATIONS);
        double vm = 0;
        double lag1 = 0;
        for (int r = 0; r < 200; r++) {
            double[] months = new double[48];
            for (int i = 0; i < 48; i++) {
                months[i] = poisson.sample();
            }
            double[] c = clustering(months);
            vm += c[0] / 200;
            lag1 += c[1] / 200;
        }
        assertTrue(vm < 1.1 && vm > 0.75, "variance/mean " + vm);
        assertTrue(lag1 < 0, "lag-1 " + lag1);
    }

    @Test
    @DisplayName("no kind of event is more than half of the index's intensity in any year of the baseline's history")
    void noEventKindDominatesTheIndex() {
        // 2023–2025 hold the record's dated events; in 2026, with nothing dated, the governments'
        // own accusations, clashes and strikes make the intensity (ODD §10)
        for (int year = 2023; year <= 2025; year++) {
            Map<EventType, Double> byKind = new EnumMap<>(EventType.class);
            double all = 0;
            for (RunResult r : runs("baseline")) {
                for (Event e : r.events()) {
                    if (e.date().getYear() == year && e.actor().matches("Pakistan|Afghan Taliban government")
                            && e.target().matches("Pakistan|Afghan Taliban government")) {
                        double units = Math.abs(e.type().goldstein()) * e.magnitude();
                        byKind.merge(e.type(), units, Double::sum);
                        all += units;
                    }
                }
            }
            for (Map.Entry<EventType, Double> k : byKind.entrySet()) {
                assertTrue(k.getValue() <= all / 2, year + ": " + k.getKey() + " is " + k.getValue() / all
                        + " of the index's intensity");
            }
        }
    }

    @Test
    @DisplayName("2025–26: the index orders dialogue < baseline < escalation, their 95% intervals apart")
    void theIndexSeparatesTheCounterfactuals() {
        double[] dialogue = meanIndex(runs("dialogue"));
        double[] baseline = meanIndex(runs("baseline"));
        double[] escalation = meanIndex(runs("escalation"));
        // [mean, half-width of its 95% interval]; the gaps are reported in docs/ODD.md §7.15
        assertTrue(baseline[0] - baseline[1] > dialogue[0] + dialogue[1],
                "baseline " + baseline[0] + " ± " + baseline[1] + ", dialogue " + dialogue[0] + " ± " + dialogue[1]);
        assertTrue(escalation[0] - escalation[1] > baseline[0] + baseline[1],
                "escalation " + escalation[0] + " ± " + escalation[1] + ", baseline " + baseline[0] + " ± " + baseline[1]);
    }

    /** Mean tension index over 2025–26 and the half-width of its 95% interval across replicates. */
    private static double[] meanIndex(List<RunResult> runs) {
        double[] perRun = new double[runs.size()];
        for (int r = 0; r < perRun.length; r++) {
            List<YearMonth> months = runs.get(r).series().months();
            double sum = 0;
            int n = 0;
            for (int i = 0; i < months.size(); i++) {
                if (months.get(i).getYear() >= 2025) {
                    sum += runs.get(r).series().value("tension_index", i);
                    n++;
                }
            }
            perRun[r] = sum / n;
        }
        ReplicateStatistics s = ReplicateStatistics.of(perRun);
        return new double[] {s.mean(), (s.ci95High() - s.ci95Low()) / 2};
    }
}
