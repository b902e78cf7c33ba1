package org.durand.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.durand.TestScenarios;
import org.durand.scenario.Scenario;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Action and reaction (ODD §7.7, §7.20 and §7.21): a large attack on soldiers (150 dead, pinned
 * on 1 June 2025) is a shock to the dyad. At the baseline's values its effect on the acts of force
 * across the border (strikes and clashes) decays: nothing of it is left in November and December.
 * With the governments made more reactive inside their ranges from the day before (`set`s on 31
 * May 2025, in both arms, so both start calm: the host's retaliationProbability 0.3 → 1 and the
 * response's reactivity 1 → 3), the answers to answers exceed one per act once the shock has
 * alarmed both sides, and the same shock starts a spiral; a ceasefire a week after the shock, in
 * which the haven also halves its groups' attacks (a truce of the governments alone leaves the
 * revenge for fighters killed to carry the alarm through it, ODD §7.21), stops
 * it. Each comparison is paired, the same 60 replicate seeds with and without the shock, so the
 * difference is the shock's own (60, because a spiral is a chance, not a certainty).
 */
class ActionReactionTest {

    private static final int REPS = 60;
    private static final long SEED = 11;
    private static final LocalDate END = LocalDate.of(2025, 12, 31);
    private static final String TIMELINE = "timeline:                    # recorded events, replayed (observed §4 and §5)\n";
    private static final String SHOCK = """
              test-shock:
                date: 2025-06-01
                type: attack
                actor: host
                group: ttp
                province: kp
                deaths: 150
                target: security
                note: a large attack on soldiers, the shock of the test
            """;
    private static final String RAISED = """
              test-reactive-host:
                date: 2025-05-31
                type: set
                actor: host
                parameter: governments.host.retaliationProbability
                value: 1
                note: from the day before the shock the host answers every act of force it suffers
              test-reactive-both:
                date: 2025-05-31
                type: set
                actor: host
                parameter: behaviour.response.reactivity
                value: 3
                note: and both governments' responses to the deaths on their soil reach four times the calm level
            """;
    private static final String CEASEFIRE = """
              test-ceasefire:
                date: 2025-06-08
                type: ceasefire
                actor: host
                days: 60
                attackFactor: 0.5
                note: a ceasefire a week after the shock, the haven halving its groups' attacks
            """;

    @TempDir
    static Path dir;

    private static List<RunResult> runs(String name, String entries, String... overrides) {
        Path file = TestScenarios.baselineVariant(dir, name + ".yaml", TIMELINE, TIMELINE + entries);
        Scenario s = TestScenarios.truncated(
                TestScenarios.read(file, TestScenarios.plus(new String[] {TestScenarios.VERY_COARSE}, overrides)), END);
        return Replicates.run(s, REPS, SEED, Runtime.getRuntime().availableProcessors(), false, r -> { });
    }

    /** Paired differences (with − without) of strikes + clashes from {@code from} to {@code to}. */
    private static ReplicateStatistics excessForce(List<RunResult> without, List<RunResult> with, String from,
                                                   String to) {
        double[] d = new double[REPS];
        for (int r = 0; r < REPS; r++) {
            d[r] = force(with.get(r), from, to) - force(without.get(r), from, to);
        }
        return ReplicateStatistics.of(d);
    }

    /** The measured excesses, for docs/ODD.md §7.21 ({@code target/action-reaction.md}). */
    private static void writeMeasurements(ReplicateStatistics... s) {
        String[] rows = {"baseline, June 2025", "baseline, November–December",
            "more reactive from 31 May, July–December", "more reactive, and a ceasefire (8 June, 60 days, attacks halved), July–December"};
        StringBuilder out = new StringBuilder("| shock's excess of strikes + clashes | mean [95% CI] |\n|---|---:|\n");
        for (int i = 0; i < rows.length; i++) {
            out.append(String.format(java.util.Locale.ROOT, "| %s | %+.1f [%+.1f, %+.1f] |%n", rows[i], s[i].mean(),
                    s[i].ci95Low(), s[i].ci95High()));
        }
        try {
            java.nio.file.Files.writeString(Path.of("target", "action-reaction.md"), out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static double force(RunResult r, String from, String to) {
        YearMonth a = YearMonth.parse(from);
        YearMonth b = YearMonth.parse(to);
        return r.series().over("strikes", a, b) + r.series().over("clashes", a, b);
    }

    @Test
    @DisplayName("baseline: the shock's answers decay to nothing in half a year; raised answer to force: a spiral; a ceasefire stops it")
    void aShockDecaysAtTheBaselineAndSpiralsWhenTheAnswersExceedOne() {
        ReplicateStatistics calmFirst = excessForce(runs("calm", ""), runs("calm-shock", SHOCK), "2025-06", "2025-06");
        ReplicateStatistics calmLater = excessForce(runs("calm", ""), runs("calm-shock", SHOCK), "2025-11", "2025-12");
        assertTrue(calmFirst.mean() > 0.3, "the shock is answered at first: " + calmFirst.mean());
        assertTrue(Math.abs(calmLater.mean()) < 1 && calmLater.ci95Low() < 0,
                "at the baseline the answers decay: " + calmLater.mean() + " [" + calmLater.ci95Low() + ", "
                        + calmLater.ci95High() + "] acts of force in November–December");

        // a spiral is a chance, not a certainty: in some replicates the shock sets one off, in some
        // the unshocked run spirals of its own accord, so the excess is judged over half a year
        ReplicateStatistics spiral = excessForce(runs("hot", RAISED), runs("hot-shock", RAISED + SHOCK),
                "2025-07", "2025-12");
        assertTrue(spiral.ci95Low() > 2, "with the answer raised the shock spirals: " + spiral.mean() + " ["
                + spiral.ci95Low() + ", " + spiral.ci95High() + "] more acts of force in July–December");

        ReplicateStatistics stopped = excessForce(runs("hot-ceasefire", RAISED + CEASEFIRE),
                runs("hot-shock-ceasefire", RAISED + SHOCK + CEASEFIRE), "2025-07", "2025-12");
        writeMeasurements(calmFirst, calmLater, spiral, stopped);
        assertTrue(stopped.mean() < spiral.mean() / 3 && stopped.ci95Low() < 1, "a ceasefire stops the spiral: "
                + stopped.mean() + " [" + stopped.ci95Low() + ", " + stopped.ci95High() + "] against " + spiral.mean());
    }
}
