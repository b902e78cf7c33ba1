package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.durand.Cli;
import org.durand.TestScenarios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk is said plainly ("the disk is full at ..."), with exit code 3, and leaves every file
 * whole: a run leaves nothing of itself; a sweep keeps the rows it wrote, and a resume on a disk
 * with room finishes it; a merge leaves no half-written runs.csv. The disk is a small tmpfs, which
 * only root may mount: elsewhere the test is skipped and says so.
 */
class DiskFullTest {

    @TempDir
    Path tmp;
    private Path mount;

    /** Mounts a tmpfs of {@code kilobytes} at a new folder, or skips the test when that is not allowed. */
    private Path smallDisk(int kilobytes) throws IOException, InterruptedException {
        mount = Files.createDirectory(tmp.resolve("disk"));
        int exit;
        try {
            exit = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k", "tmpfs", mount.toString())
                    .redirectErrorStream(true).start().waitFor();
        } catch (IOException e) {
            exit = -1;
        }
        if (exit != 0) {
            mount = null;
        }
        Assumptions.assumeTrue(exit == 0, "skipped: mounting a small tmpfs needs root (and the mount command)");
        return mount;
    }

    @AfterEach
    void unmount() throws IOException, InterruptedException {
        if (mount == null) {
            return;
        }
        for (int attempt = 0; attempt < 50; attempt++) {   // a moment while the command's last file handles close
            if (new ProcessBuilder("umount", mount.toString()).redirectErrorStream(true).start().waitFor() == 0) {
                return;
            }
            Thread.sleep(100);
        }
        new ProcessBuilder("umount", "-l", mount.toString()).start().waitFor();
    }

    private static void assertSaid(Cli.Result r, Path at) {
        assertEquals(Faults.RESOURCES, r.exit(), r::all);
        assertTrue(r.err().contains("error: the disk is full at " + at), r::all);
        assertFalse(r.err().contains("Exception") || r.err().contains("internal error"), r::all);
    }

    private static List<String> hidden(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".")).map(Path::toString).toList();
        }
    }

    @Test
    void aRunOnAFullDiskLeavesNothingOfItself() throws Exception {
        Path disk = smallDisk(64);
        Path out = disk.resolve("run");
        Cli.Result r = Cli.run("run", TestScenarios.BASELINE.toString(), "--set", TestScenarios.VERY_COARSE, "--reps", "2",
                "--out", out.toString());
        assertSaid(r, out);
        assertFalse(Files.exists(out), "nothing of the run is left");
        assertEquals(List.of(), hidden(disk));
    }

    @Test
    void aSweepOnAFullDiskKeepsItsRowsAndResumesElsewhereWhole() throws Exception {
        Path whole = tmp.resolve("whole");
        assertEquals(0, Main.execute(SweepCommandTest.lhs(whole)));
        Path disk = smallDisk(24);
        Path out = disk.resolve("sweep");
        Cli.Result r = Cli.run(SweepCommandTest.lhs(out, "--threads", "1"));
        assertSaid(r, out);
        List<String> rows = Files.readAllLines(out.resolve("runs.csv"));
        List<String> all = Files.readAllLines(whole.resolve("runs.csv"));
        assertEquals(all.subList(0, rows.size()), rows, "the rows written are whole and in order");

        Path moved = tmp.resolve("moved");
        try (Stream<Path> files = Files.walk(out)) {
            for (Path p : files.toList()) {
                Path to = moved.resolve(out.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        Cli.Result resumed = Cli.run(SweepCommandTest.lhs(moved, "--resume"));
        assertEquals(0, resumed.exit(), resumed::all);
        assertEquals(all, Files.readAllLines(moved.resolve("runs.csv")));
        assertEquals(List.of(), hidden(moved), "the resume leaves no temporary file");
    }

    @Test
    void aMergeOnAFullDiskSaysSo() throws Exception {
        for (int k = 0; k < 2; k++) {
            assertEquals(0, Main.execute(SweepCommandTest.lhs(tmp.resolve("shard-" + k), "--shard", k + "/2")));
        }
        Path disk = smallDisk(8);
        Path out = disk.resolve("merged");
        Cli.Result r = Cli.run("merge", tmp.resolve("shard-0").toString(), tmp.resolve("shard-1").toString(), "--out",
                out.toString());
        assertSaid(r, out);
        assertEquals(List.of(), hidden(disk));
    }
}
