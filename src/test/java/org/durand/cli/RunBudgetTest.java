package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.durand.Cli;
import org.durand.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values that validate but cannot run are refused before anything is written. */
class RunBudgetTest {

    @Test
    void aBillionPersonsPerStatusAtOneAgentPerHouseholdIsRefusedAtOnce(@TempDir Path dir) {
        Path out = dir.resolve("huge");
        long t0 = System.nanoTime();
        Cli.Result r = Cli.run("run", TestScenarios.BASELINE.toString(), "--set", "resolution.personsPerAgent=0",
                "--set", "refugees.statuses.por.persons=1000000000", "--set", "refugees.statuses.acc.persons=1000000000",
                "--set", "refugees.statuses.undocumented.persons=1000000000", "--reps", "1", "--out", out.toString());
        assertEquals(2, r.exit(), r::all);
        assertTrue(r.err().contains("refugees.statuses.por.persons=1000000000 with resolution.personsPerAgent=0"),
                r::all);
        assertTrue(r.err().contains("18 bytes per household at the peak") && r.err().contains("allowed: at most the JVM's maximum "
                + "heap"), r::all);
        assertFalse(r.err().contains("Exception"), r::all);
        assertFalse(Files.exists(out), "nothing is written");
        // refused within a second or two (the first check in a JVM measures the heap the program holds after a
        // full garbage collection); the bound leaves room for a busy machine
        assertTrue((System.nanoTime() - t0) / 1e9 < 120, "refused before any replicate runs");
    }

    @Test
    void tenMillionFightersInCellsOfOneAreRefusedForTheirRunTime(@TempDir Path dir) {
        Path out = dir.resolve("cells");
        Cli.Result r = Cli.run("run", TestScenarios.BASELINE.toString(), "--set", TestScenarios.VERY_COARSE,
                "--set", "groups.ttp.fighters=10000000", "--set", "groups.ttp.cellSize=1", "--reps", "1",
                "--out", out.toString());
        assertEquals(2, r.exit(), r::all);
        assertTrue(r.err().contains("groups.ttp.fighters=10000000 in groups.ttp.cellSize=1"), r::all);
        assertTrue(r.err().contains("per replicate") && r.err().contains("allowed: at most 10 min"), r::all);
        assertFalse(Files.exists(out), "nothing is written");
    }

    @Test
    void theBaselineFitsAndAHeapTooSmallIsNamed() throws Exception {
        RunBudget.check(TestScenarios.baseline(), 2, 512L << 20, 0);
        Main.BadInput e = assertThrows(Main.BadInput.class,
                () -> RunBudget.check(TestScenarios.baseline(), 2, 8L << 20, 0));
        assertTrue(e.getMessage().contains("for 2 at once") && e.getMessage().contains("8 MB"), e.getMessage());
    }

    @Test
    void whatTheProgramAlreadyHoldsCounts() throws Exception {
        org.durand.scenario.Scenario s = TestScenarios.baseline();
        long heap = 24L << 20;   // one household-resolution replicate needs about 12 MB
        RunBudget.check(s, 1, heap, 0);
        Main.BadInput e = assertThrows(Main.BadInput.class, () -> RunBudget.check(s, 1, heap, 16L << 20));
        assertTrue(e.getMessage().contains("with the 16 MB the program already holds (measured)")
                && e.getMessage().contains("at most the JVM's maximum heap, 24 MB"), e.getMessage());
        assertTrue(RunBudget.held() > 0 && RunBudget.held() < Runtime.getRuntime().maxMemory());
    }

    @Test
    void aCoarseResolutionNeedsFarLessHeap() throws Exception {
        org.durand.scenario.Scenario household = TestScenarios.baseline("resolution.personsPerAgent=0",
                "refugees.statuses.por.persons=400000000");
        org.durand.scenario.Scenario coarse = TestScenarios.baseline("resolution.personsPerAgent=200",
                "refugees.statuses.por.persons=400000000");
        long heap = 1_000_000_000L;   // 1 GB: 2 million coarse agents fit, 77 million households do not
        org.junit.jupiter.api.Assertions.assertThrows(Main.BadInput.class, () -> RunBudget.check(household, 1, heap, 0));
        RunBudget.check(coarse, 1, heap, 0);
    }
}
