package org.durand.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.durand.scenario.Behaviour;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Self-excitation of attacks (ODD §7.19): a discrete-time Hawkes process per group. An attack with
 * D deaths triggers n × (1 + w × ln(1 + D/D₀)) attacks in all, spread over the following days by a
 * geometric kernel of mean delay memoryDays; a fighter killed by the host triggers perFighterKilled.
 */
class SelfExcitationTest {

    private final SmallScenario sc = new SmallScenario();

    @Test
    @DisplayName("one attack of 30 deaths: Σ intensity = n × (1 + w·ln(1 + 30/10)), mean delay = memoryDays")
    void oneAttackTriggersItsBranchingRatioAfterItsMemory() {
        Behaviour.Excitation e = SmallScenario.excitation().branchingRatio(0.4).memoryDays(12).sizeWeight(0.5).build();
        SelfExcitation x = new SelfExcitation();
        x.attack(30, e, 10);
        x.endOfDay(e);
        double total = 0;
        double delay = 0;
        for (int day = 1; day < 2000; day++) {
            total += x.intensity();
            delay += day * x.intensity();
            x.endOfDay(e);
        }
        double expected = 0.4 * (1 + 0.5 * Math.log(4));
        assertEquals(expected, total, 1e-9, "attacks triggered in all");
        assertEquals(12, delay / total, 1e-6, "mean delay, days");
    }

    @Test
    @DisplayName("a memory of one day: everything triggered lands the next day")
    void aMemoryOfOneDayActsTheNextDay() {
        Behaviour.Excitation e = SmallScenario.excitation().branchingRatio(0.5).memoryDays(1).build();
        SelfExcitation x = new SelfExcitation();
        x.attack(0, e, 10);
        x.endOfDay(e);
        assertEquals(0.5, x.intensity(), 1e-12);
        x.endOfDay(e);
        assertEquals(0, x.intensity(), 1e-12);
    }

    /** Daily attack counts of a group of ten full cells at 0.1 attacks a cell-day, deathless, for {@code days}. */
    private long[] dailyAttacks(Behaviour.Excitation e, boolean loop, int days, long seed) {
        sc.end = sc.start.plusDays(days - 1);
        sc.excitation = e;
        sc.loops = SmallScenario.loops().selfExcitation(loop).build();
        sc.groups.put("g", SmallScenario.group("Group", 1000, 100, false, 36.5));
        TensionModel m = sc.started(seed);
        long[] counts = new long[days];
        for (int d = 0; d < days; d++) {
            m.schedule.step(m);
            counts[d] = m.today().attacks();
        }
        return counts;
    }

    /** Variance over mean of the counts in consecutive windows of {@code width} days. */
    private static double dispersion(long[] daily, int width) {
        int n = daily.length / width;
        double[] sums = new double[n];
        for (int i = 0; i < n * width; i++) {
            sums[i / width] += daily[i];
        }
        double mean = java.util.Arrays.stream(sums).average().orElseThrow();
        double var = java.util.Arrays.stream(sums).map(s -> (s - mean) * (s - mean)).sum() / (n - 1);
        return var / mean;
    }

    @Test
    @DisplayName("n = 0.5: attacks μ/(1 − n) = 2 a day (from 1), clustered: 30-day variance/mean > 2 (≈1 without; 1/(1 − n)² = 4 for long windows)")
    void selfExcitationMultipliesAndClustersAttacks() {
        int days = 3000;
        Behaviour.Excitation e = SmallScenario.excitation().branchingRatio(0.5).memoryDays(10).build();
        long[] excited = dailyAttacks(e, true, days, 5);
        long total = java.util.Arrays.stream(excited).sum();
        // the count of a stationary Hawkes process: mean μT/(1 − n), variance ≈ μT/(1 − n)³
        double mean = days * 1.0 / (1 - 0.5);
        double sd = Math.sqrt(days * 1.0 / Math.pow(1 - 0.5, 3));
        assertEquals(mean, total, 4 * sd, "attacks in " + days + " days");
        assertTrue(dispersion(excited, 30) > 2, "clustered: " + dispersion(excited, 30));

        long[] poisson = dailyAttacks(e, false, days, 5);
        assertEquals(days, java.util.Arrays.stream(poisson).sum(), 4 * Math.sqrt(days), "loop cut: background only");
        assertTrue(dispersion(poisson, 30) < 1.6, "not clustered without the loop: " + dispersion(poisson, 30));
    }

    @Test
    @DisplayName("revenge: K fighters killed by operations trigger perFighterKilled × K attacks")
    void fightersKilledTriggerRevengeAttacks() {
        // operations kill 0.1 per fighter-day at tempo 1
        sc.violence = SmallScenario.violence().opsKillsPerFighterYear(36.5).build();
        sc.host.opsTempo = 0.001;                              // 0.0001 per fighter-day: ≈10 a day of 100,000
        sc.host.hawkishness = 0;
        int days = 1000;
        Behaviour.Excitation revenge = SmallScenario.excitation().perFighterKilled(2).memoryDays(5).build();
        sc.start = LocalDate.of(2024, 1, 1);
        sc.end = sc.start.plusDays(days - 1);
        sc.excitation = revenge;
        // a thousand cells, so that the revenge (≈20 attacks a day) stays far below one attack per cell-day
        sc.groups.put("g", SmallScenario.group("Group", 100_000, 100, false, 0));
        TensionModel m = sc.started(9);
        long attacks = 0;
        long killed = 0;
        for (int d = 0; d < days; d++) {
            m.schedule.step(m);
            attacks += m.today().attacks();
            killed += m.today().militant(0);
        }
        assertTrue(killed > 5_000, "operations killed " + killed);
        // the attacks of the last memory's days are still to come: within a few percent of 2 × killed
        assertEquals(2.0 * killed, attacks, 0.03 * 2 * killed, "revenge attacks for " + killed + " killed");
    }
}
