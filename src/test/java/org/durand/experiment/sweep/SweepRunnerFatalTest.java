package org.durand.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that runs out of heap ends the sweep at once, with that error, instead of leaving the
 * sweep waiting forever for a row that will never come; the rows before it stay, and a resumed
 * sweep ends with the same file as one that was never stopped.
 */
class SweepRunnerFatalTest {

    @TempDir
    Path dir;

    private static final List<String> OUTCOMES = List.of("a", "b");

    private static SweepPlan plan() {
        return new SweepPlan(Path.of("unused.yaml"), List.of(), List.of(
                Varied.of("governments.host.hawkishness", "0", "1", null, Spread.UNIFORM, "test")),
                Design.LHS, 20, 0, 2, 5, List.of());
    }

    private static double[] outcomes(RunSpec run, String[] values) {
        return new double[] {Double.parseDouble(values[0]), run.rep()};
    }

    @Test
    void aRunOutOfHeapEndsTheSweepAndTheResumeFinishesIt() throws Exception {
        SweepRunner runner = new SweepRunner(plan(), OUTCOMES);
        Path whole = dir.resolve("whole.csv");
        runner.run(whole, Shard.ALL, 2, SweepRunnerFatalTest::outcomes, (r, ok) -> { });

        Path cut = dir.resolve("cut.csv");
        OutOfMemoryError planned = new OutOfMemoryError("planned: Java heap space");
        AtomicInteger started = new AtomicInteger();
        for (int threads : new int[] {1, 2}) {
            Files.deleteIfExists(cut);
            OutOfMemoryError thrown = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThrows(
                    OutOfMemoryError.class, () -> runner.run(cut, Shard.ALL, threads, (run, values) -> {
                        started.incrementAndGet();
                        if (run.run() == 13) {
                            throw planned;
                        }
                        return outcomes(run, values);
                    }, (r, ok) -> { })), "a sweep whose run ran out of heap must end, not wait");
            assertSame(planned, thrown);
            List<String> rows = Files.readAllLines(cut);
            assertTrue(rows.size() >= 2 && rows.size() <= 14, "the header and a prefix of the rows before run 13: "
                    + rows.size());
            assertEquals(Files.readAllLines(whole).subList(0, rows.size()), rows, "the rows kept are whole and in order");
            assertTrue(rows.stream().noneMatch(l -> l.contains("OutOfMemoryError")), "no run is written as failed");

            SweepRunner.Tally resumed = runner.run(cut, Shard.ALL, threads, SweepRunnerFatalTest::outcomes, (r, ok) -> { });
            assertEquals(rows.size() - 1, resumed.done());
            assertArrayEquals(Files.readAllBytes(whole), Files.readAllBytes(cut), "resumed with " + threads + " threads");
        }
        assertTrue(started.get() < 2 * 40, "the sweep stops soon after the error, not after every run");
    }
}
