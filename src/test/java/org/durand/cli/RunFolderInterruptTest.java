package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.durand.Cli;
import org.durand.FolderSnapshot;
import org.durand.TestScenarios;
import org.durand.output.StagedFolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run folder holds exactly one whole run: a run killed at any moment (in a child JVM) leaves
 * the folder as it was or holding the whole new run, two runs into one folder do not mix, and
 * files get the mode the umask allows.
 */
class RunFolderInterruptTest {

    @TempDir
    static Path shared;
    /** An uninterrupted run with the new seed: what a whole new run looks like. */
    static Path reference;

    @TempDir
    Path dir;

    static List<String> runArgs(Path out, String seed) {
        return List.of("run", TestScenarios.BASELINE.toString(), "--set", TestScenarios.VERY_COARSE, "--reps", "3",
                "--threads", "1", "--seed", seed, "--out", out.toString());
    }

    @BeforeAll
    static void referenceRun() {
        reference = shared.resolve("reference");
        Cli.Result r = Cli.run(runArgs(reference, "2").toArray(new String[0]));
        assertEquals(0, r.exit(), r::all);
    }

    /** {@code durand args} in a child JVM, its stderr and stdout to a file; under {@code sh -c} when a umask is given. */
    static Process child(List<String> args, String umask, Path log) throws IOException {
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        java.addAll(args);
        List<String> command = java;
        if (umask != null) {
            command = new ArrayList<>(List.of("sh", "-c", "umask " + umask + "; exec \"$@\"", "sh"));
            command.addAll(java);
        }
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void await(BooleanSupplier condition, Process p) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!condition.getAsBoolean() && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    private static boolean hidden(Path parent) {
        try (Stream<Path> s = Files.list(parent)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("."));
        } catch (IOException e) {
            return false;
        }
    }

    private Path earlierRun() {
        Path target = dir.resolve("run");
        Cli.Result r = Cli.run(runArgs(target, "1").toArray(new String[0]));
        assertEquals(0, r.exit(), r::all);
        return target;
    }

    /** The folder is exactly as before (then true), or holds every file of the whole new run and its data. */
    private static boolean assertBeforeOrWholeNew(Map<String, String> before, Path target) throws IOException {
        if (FolderSnapshot.of(target).equals(before)) {
            return true;
        }
        assertWholeNew(target);
        return false;
    }

    /** The folder holds the files of the reference run, with the same data. */
    private static void assertWholeNew(Path target) throws IOException {
        Map<String, String> now = FolderSnapshot.of(target);
        Map<String, String> whole = FolderSnapshot.of(reference);
        assertEquals(whole.keySet(), now.keySet(), "the folder holds neither the earlier run nor the whole new one");
        for (String data : List.of("timeseries.csv", "summary.csv", "events.csv", "targets.csv")) {
            assertEquals(whole.get(data), now.get(data), data);
        }
    }

    @Test
    void aRunKilledAtAnyMomentLeavesTheEarlierRunOrTheWholeNewOne() throws Exception {
        Path target = earlierRun();
        Map<String, String> before = FolderSnapshot.of(target);
        Path staging = dir.resolve(StagedFolder.PREFIX + "run");
        List<BooleanSupplier> moments = List.of(
                () -> Files.exists(staging.resolve(".spool")),                 // replicates under way
                () -> Files.exists(staging.resolve("events.csv")),             // data files written
                () -> Files.exists(staging.resolve("charts")),                 // charts being drawn
                () -> Files.exists(staging.resolve("report.html")));           // about to commit
        int n = 0;
        int keptEarlier = 0;
        for (BooleanSupplier moment : moments) {
            for (boolean hard : new boolean[] {true, false}) {
                Path log = dir.resolve("log-" + n++);
                Process p = child(runArgs(target, "2"), null, log);
                await(moment, p);
                if (hard) {
                    p.destroyForcibly();   // SIGKILL: no shutdown hook
                } else {
                    p.destroy();           // SIGTERM, as Ctrl-C: the shutdown hook removes the staging folder
                }
                int exit = p.waitFor();
                if (!hard) {
                    assertFalse(hidden(dir), "the shutdown hook leaves nothing hidden");
                    String said = Files.readString(log);
                    String words = TestScenarios.withoutPaths(said, dir);
                    boolean kept = FolderSnapshot.of(target).equals(before);
                    // a signal that lands after the command has returned interrupts nothing and says nothing:
                    // the process exits 0, or 143 when the signal's shutdown began before the command's own exit
                    boolean afterReturn = exit == 0 || exit == 143 && !words.contains("interrupted")
                            && said.contains("written to " + target + "\n");
                    if (afterReturn) {
                        assertFalse(words.contains("interrupted"), said);
                        assertWholeNew(target);
                    } else {
                        assertTrue(said.contains(kept ? "durand: interrupted; " + target + " keeps what it held before"
                                : "durand: interrupted after its files were written; " + target + " holds the whole "
                                + "new result"), said);
                    }
                    assertFalse(words.contains("Exception") || words.contains("internal error"), said);
                    Files.delete(log);
                }
                if (Files.exists(staging.resolve(".journal"))) {
                    StagedFolder.open(target, Set.of()).close();   // the next command finishes a cut-short commit
                }
                if (assertBeforeOrWholeNew(before, target)) {
                    keptEarlier++;
                }
                StagedFolder.open(target, Set.of()).close();       // and removes what a hard kill left
                assertFalse(hidden(dir));
                before = FolderSnapshot.of(target);
            }
        }
        assertTrue(keptEarlier >= 2, "runs killed while replicates ran left the earlier run: " + keptEarlier);
        Cli.Result again = Cli.run(runArgs(target, "2").toArray(new String[0]));
        assertEquals(0, again.exit(), again::all);
        assertFalse(hidden(dir), "a later run cleans up what a killed one left");
        assertWholeNew(target);
    }

    @Test
    void twoRunsIntoOneFolderDoNotMix() throws Exception {
        Path target = dir.resolve("run");
        Process first = child(runArgs(target, "2"), null, dir.resolve("log-first"));
        await(() -> Files.exists(dir.resolve(StagedFolder.PREFIX + "run").resolve(".lock")), first);
        Cli.Result second = Cli.run(runArgs(target, "1").toArray(new String[0]));
        assertEquals(0, first.waitFor(), () -> read(dir.resolve("log-first")));
        assertEquals(2, second.exit(), second::all);
        assertTrue(second.err().contains("is being written by another durand command"), second.err());
        assertWholeNew(target);
    }

    @Test
    void filesFollowTheUmask() throws Exception {
        Path target = dir.resolve("run");
        List<String> args = new ArrayList<>(runArgs(target, "2"));
        args.add("--no-charts");
        Process p = child(args, "027", dir.resolve("log"));
        assertEquals(0, p.waitFor(), () -> read(dir.resolve("log")));
        assertEquals(PosixFilePermissions.fromString("rw-r-----"),
                Files.getPosixFilePermissions(target.resolve("timeseries.csv")));
        assertEquals(PosixFilePermissions.fromString("rw-r-----"),
                Files.getPosixFilePermissions(target.resolve("manifest.json")));
        assertEquals(PosixFilePermissions.fromString("rwxr-x---"), Files.getPosixFilePermissions(target));
    }

    private static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
