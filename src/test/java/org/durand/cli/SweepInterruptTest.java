package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.durand.Cli;
import org.durand.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep or a merge interrupted by SIGINT (Ctrl-C) or SIGTERM leaves nothing hidden behind: no
 * lock, no temporary file, no staging folder, and a merge's new output folder is not left empty.
 * A sweep keeps its runs so far and resumes to the uninterrupted result.
 */
class SweepInterruptTest {

    @TempDir
    Path dir;

    private static List<String> sweep(Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("sweep", TestScenarios.BASELINE.toString(), "--set",
                TestScenarios.VERY_COARSE, "--vary", "governments.host.hawkishness=0.3:0.9", "--design", "lhs",
                "--samples", "40", "--reps", "1", "--seed", "3", "--threads", "1", "--out", out.toString()));
        args.addAll(List.of(more));
        return args;
    }

    /** Sends {@code signal} (INT or TERM) to the child, as Ctrl-C or kill would. */
    private static void signal(Process p, String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -" + signal);
    }

    private static void await(BooleanSupplier condition, Process p) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!condition.getAsBoolean() && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(p.isAlive(), "the command ended before it could be interrupted");
    }

    /** What {@code ls -a} lists in {@code folder} that begins with a dot (not . and ..), recursively. */
    private static List<String> hidden(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(p -> p.getFileName().toString().startsWith(".")).map(folder::relativize)
                    .map(Path::toString).sorted().toList();
        }
    }

    private static long rows(Path runs) throws IOException {
        return Files.exists(runs) ? Files.readAllLines(runs).size() - 1 : 0;
    }

    @Test
    void anInterruptedSweepLeavesNoLockAndResumes() throws Exception {
        Path whole = dir.resolve("whole");
        Cli.Result uninterrupted = Cli.run(sweep(whole, "--no-charts").toArray(new String[0]));
        assertEquals(0, uninterrupted.exit(), uninterrupted::all);
        for (String sig : List.of("INT", "TERM")) {
            Path out = dir.resolve("sweep-" + sig);
            Path log = dir.resolve("log-" + sig);
            Process p = RunFolderInterruptTest.child(sweep(out, "--no-charts"), null, log);
            await(() -> {
                try {
                    return rows(out.resolve("runs.csv")) >= 2;
                } catch (IOException e) {
                    return false;
                }
            }, p);
            signal(p, sig);
            int exit = p.waitFor();
            String said = Files.readString(log);
            assertEquals(sig.equals("INT") ? 130 : 143, exit, said);
            assertTrue(said.contains("durand: interrupted; " + out + " keeps the runs written so far in runs.csv"),
                    said);
            assertEquals(List.of(), hidden(out), "ls -a " + out + " after SIGINT: " + said);
            assertEquals(List.of(), hidden(dir).stream().filter(h -> !h.startsWith("whole")).toList());
            Cli.Result resumed = Cli.run(sweep(out, "--no-charts", "--resume").toArray(new String[0]));
            assertEquals(0, resumed.exit(), resumed::all);
            assertEquals(Files.readString(whole.resolve("runs.csv")), Files.readString(out.resolve("runs.csv")));
        }
    }

    /**
     * The analysis is staged beside the sweep folder: interrupted while its charts are drawn, the
     * folder holds its runs and no part of the analysis (no charts/, no sensitivity.csv), nothing
     * hidden, and no staging folder is left beside it.
     */
    @Test
    void aSweepInterruptedWhileDrawingItsChartsLeavesNoPartOfItsAnalysis() throws Exception {
        Path out = dir.resolve("charts");
        Path log = dir.resolve("log");
        Process p = RunFolderInterruptTest.child(sweep(out), null, log);
        Path staging = dir.resolve(org.durand.output.StagedFolder.PREFIX + out.getFileName());
        await(() -> Files.isDirectory(staging.resolve("charts")), p);
        signal(p, "INT");
        int exit = p.waitFor();
        String said = Files.readString(log);
        assertFalse(TestScenarios.withoutPaths(said, dir).contains("Exception"), said);
        assertEquals(List.of(), hidden(out), "ls -a " + out + " after SIGINT while drawing: " + said);
        assertFalse(Files.exists(staging), "no staging folder left: " + said);
        if (exit != 0) {
            assertFalse(Files.exists(out.resolve("charts")) || Files.exists(out.resolve("sensitivity.csv")),
                    "no part of the analysis: " + said);
        }
    }

    @Test
    void anInterruptedMergeLeavesNeitherItsFolderNorAnythingHidden() throws Exception {
        Path shard = dir.resolve("shard");
        Cli.Result s = Cli.run(sweep(shard, "--no-charts").toArray(new String[0]));
        assertEquals(0, s.exit(), s::all);
        int interrupted = 0;
        for (String sig : List.of("INT", "TERM")) {
            Path out = dir.resolve("merged-" + sig);
            Path log = dir.resolve("merge-log-" + sig);
            Process p = RunFolderInterruptTest.child(List.of("merge", shard.toString(), "--out", out.toString()),
                    null, log);
            Path staging = dir.resolve(org.durand.output.StagedFolder.PREFIX + out.getFileName());
            await(() -> Files.exists(staging.resolve("runs.csv")), p);   // the shard is read; charts are drawn
            signal(p, sig);
            int exit = p.waitFor();
            String said = Files.readString(log);
            if (exit == 0) {
                continue;   // the merge finished before the signal arrived: nothing was interrupted
            }
            interrupted++;
            assertTrue(said.contains("durand: interrupted; " + out + " keeps what it held before"), said);
            assertFalse(Files.exists(out), "the merge's new folder is gone: " + said);
            assertEquals(List.of(), hidden(dir).stream().filter(h -> !h.startsWith("shard")).toList(), said);
        }
        assertTrue(interrupted > 0, "no merge was interrupted while drawing its charts");
    }
}
