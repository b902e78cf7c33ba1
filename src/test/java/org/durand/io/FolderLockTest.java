package org.durand.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One lock per folder, whichever command (run, sweep, merge) writes it. */
class FolderLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondHolderIsRefusedByNameUntilTheFirstReleases() throws Exception {
        Path file = dir.resolve("out").resolve(".lock");
        try (FolderLock first = FolderLock.acquire(file, "results/out")) {
            assertTrue(Files.exists(file), "the lock file and its folder are made");
            assertTrue(Files.readString(file).startsWith("process " + ProcessHandle.current().pid() + ", since "),
                    "the file names its holder");
            FolderLock.Held e = assertThrows(FolderLock.Held.class, () -> FolderLock.acquire(file, "results/out"));
            assertEquals("results/out is being written by another durand command (process "
                    + ProcessHandle.current().pid() + "); wait until it has finished, or give another --out",
                    e.getMessage());
            assertThrows(FolderLock.Held.class, () -> FolderLock.acquire(dir.resolve("out/../out/.lock"), "again"),
                    "the same file by another path");
        }
        assertFalse(Files.exists(file), "released: the file goes");
        try (FolderLock again = FolderLock.acquire(file, "results/out")) {
            assertTrue(Files.exists(file), "free once the first has finished");
        }
    }
}
