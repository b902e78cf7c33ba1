package org.durand.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.durand.FolderSnapshot;
import org.durand.io.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A staged folder replaces the command's files whole, keeps other files, and leaves nothing hidden behind. */
class StagedFolderTest {

    static final Set<String> OWNED = Set.of("a.csv", "b.csv", "charts", "report.html");

    @TempDir
    Path parent;

    /** Every file under {@code dir} by relative path, with its text (the test's files are all text). */
    static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (String name : FolderSnapshot.of(dir).keySet()) {
            files.put(name, Files.readString(dir.resolve(name), StandardCharsets.UTF_8));
        }
        return files;
    }

    static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private Path earlierRun() throws IOException {
        Path target = parent.resolve("run");
        write(target.resolve("a.csv"), "old a");
        write(target.resolve("b.csv"), "old b");
        write(target.resolve("report.html"), "old report");
        write(target.resolve("charts/x.png"), "old chart");
        write(target.resolve("notes.txt"), "the user's own notes");
        return target;
    }

    private static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return new TreeSet<>(s.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void commitReplacesTheCommandsFilesAndKeepsTheOthers() throws Exception {
        Path target = earlierRun();
        try (StagedFolder staged = StagedFolder.open(target, OWNED)) {
            write(staged.path().resolve("a.csv"), "new a");
            write(staged.scratch().resolve("part-1"), "scratch");
            assertEquals("old a", Files.readString(target.resolve("a.csv")), "the target is untouched until the commit");
            staged.commit();
        }
        assertEquals(Map.of("a.csv", "new a", "notes.txt", "the user's own notes"), snapshot(target),
                "b.csv, report.html and charts/ of the earlier run are gone; notes.txt stays");
        assertEquals(Set.of("run"), names(parent), "no staging folder is left");
    }

    @Test
    void closingWithoutCommitLeavesTheTargetAsItWas() throws Exception {
        Path target = earlierRun();
        Map<String, String> before = snapshot(target);
        try (StagedFolder staged = StagedFolder.open(target, OWNED)) {
            write(staged.path().resolve("a.csv"), "new a");
            write(staged.path().resolve("charts/.x.png.tmp"), "half");
        }
        assertEquals(before, snapshot(target));
        assertEquals(Set.of("run"), names(parent));
    }

    @Test
    void aMissingTargetIsCreatedAtTheCommit() throws Exception {
        Path target = parent.resolve("new/deeper/run");
        try (StagedFolder staged = StagedFolder.open(target, OWNED)) {
            write(staged.path().resolve("charts/c.svg"), "chart");
            assertFalse(Files.exists(target));
            staged.commit();
        }
        assertEquals(Map.of("charts/c.svg", "chart"), snapshot(target));
        assertEquals(Set.of("run"), names(target.getParent()));
    }

    @Test
    void aSecondCommandOnTheSameTargetIsRefusedWhileTheFirstWrites() throws Exception {
        Path target = parent.resolve("run");
        try (StagedFolder first = StagedFolder.open(target, OWNED)) {
            StagedFolder.Refused e = assertThrows(StagedFolder.Refused.class, () -> StagedFolder.open(target, OWNED));
            assertTrue(e.getMessage().contains("is being written by another durand command (process "
                    + ProcessHandle.current().pid()), e.getMessage());
            first.commit();
        }
        try (StagedFolder again = StagedFolder.open(target, OWNED)) {
            assertTrue(Files.isDirectory(again.path()), "free again once the first has finished");
        }
    }

    @Test
    void aFileOnThePathIsRefused() throws Exception {
        Path file = write(parent.resolve("afile"), "x");
        StagedFolder.Refused sub = assertThrows(StagedFolder.Refused.class,
                () -> StagedFolder.open(file.resolve("sub"), OWNED));
        assertTrue(sub.getMessage().contains(file + " is a file"), sub.getMessage());
        StagedFolder.Refused self = assertThrows(StagedFolder.Refused.class, () -> StagedFolder.open(file, OWNED));
        assertTrue(self.getMessage().contains("is not a folder"), self.getMessage());
        assertThrows(StagedFolder.Refused.class, () -> StagedFolder.open(Path.of(""), OWNED));
        assertEquals(Set.of("afile"), names(parent));
    }

    @Test
    void aCommitCutShortIsFinishedByTheNextCommand() throws Exception {
        Path target = earlierRun();
        Path staging = parent.resolve(StagedFolder.PREFIX + "run");
        write(staging.resolve("a.csv"), "new a");
        write(staging.resolve("charts/y.png"), "new chart");
        write(staging.resolve(FolderCommit.JOURNAL), "out a.csv\nout b.csv\nout charts\nout report.html\n"
                + "in a.csv\nin charts\n");
        // killed after moving the first two old files out
        Files.createDirectories(staging.resolve(FolderCommit.OLD));
        Files.move(target.resolve("a.csv"), staging.resolve(FolderCommit.OLD).resolve("a.csv"));
        Files.move(target.resolve("b.csv"), staging.resolve(FolderCommit.OLD).resolve("b.csv"));
        write(staging.resolve(".spool/events-0.part"), "left over");

        try (StagedFolder next = StagedFolder.open(target, OWNED)) {
            assertEquals(Map.of("a.csv", "new a", "charts/y.png", "new chart", "notes.txt", "the user's own notes"),
                    snapshot(target), "the cut-short commit is finished before anything else");
            assertEquals(Set.of(".lock"), snapshot(next.path()).keySet(), "leftovers are gone; the lock is held");
        }
        assertEquals(Set.of("run"), names(parent));
    }

    /**
     * A write never makes a folder: once Ctrl-C's shutdown hook has removed the staging folder, the
     * command's threads still writing its files fail instead of making it again, and a subfolder
     * is made one level only.
     */
    @Test
    void aWriteIntoARemovedStagingFolderFailsAndMakesNothing() throws Exception {
        Path gone = parent.resolve(".durand-staging-gone");
        assertThrows(java.nio.file.NoSuchFileException.class, () -> AtomicFiles.writeString(gone.resolve("runs.csv"), "x"));
        assertThrows(java.nio.file.NoSuchFileException.class, () -> AtomicFiles.subfolder(gone.resolve("charts")));
        assertThrows(java.nio.file.NoSuchFileException.class,
                () -> AtomicFiles.writeString(gone.resolve("charts").resolve("a.png"), "x"));
        assertFalse(Files.exists(gone), "nothing made the removed folder again");
    }

    @Test
    void filesGetTheModeTheUmaskAllows() throws Exception {
        Process p = new ProcessBuilder("sh", "-c", "umask").start();
        int umask = Integer.parseInt(new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim(), 8);
        p.waitFor();
        Path target = parent.resolve("run");
        try (StagedFolder staged = StagedFolder.open(target, OWNED)) {
            AtomicFiles.subfolder(staged.path().resolve("charts"));
            AtomicFiles.writeString(staged.path().resolve("charts/a.svg"), "x");
            staged.commit();
        }
        assertEquals(permissions(0666 & ~umask), Files.getPosixFilePermissions(target.resolve("charts/a.svg")));
        assertEquals(permissions(0777 & ~umask), Files.getPosixFilePermissions(target.resolve("charts")));
    }

    static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = PosixFilePermission.values();   // OWNER_READ .. OTHERS_EXECUTE, bit 8 .. 0
        for (int i = 0; i < order.length; i++) {
            if ((mode & (1 << (8 - i))) != 0) {
                set.add(order[i]);
            }
        }
        return set;
    }

    @Test
    void permissionsHelperReadsOctal() {
        assertEquals(PosixFilePermissions.fromString("rw-r-----"), permissions(0640));
    }
}
