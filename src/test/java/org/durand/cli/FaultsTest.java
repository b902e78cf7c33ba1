package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The heap or the disk running out is said plainly, with what the output folder keeps and what
 * to do, and exit code 3; anything else is left to the internal-error path.
 */
class FaultsTest {

    private final StringWriter text = new StringWriter();
    private final PrintWriter err = new PrintWriter(text, true);

    @AfterEach
    void forget() {
        Faults.reset();
    }

    private static void assertPlain(String message) {
        assertFalse(message.matches("(?s).*\\b\\w+(Exception|Error)\\b.*"), "no Java class names: " + message);
        assertFalse(message.contains("\tat "), "no stack trace: " + message);
    }

    @Test
    void aHeapRunOutDeepInTheCausesIsSaidWithTheFolderAndWhatToDo() {
        Faults.writing(Path.of("results", "sweep"), "the runs written so far in runs.csv; run the same command with "
                + "--resume to go on");
        Throwable wrapped = new IllegalStateException("a replicate failed", new OutOfMemoryError("Java heap space"));
        assertEquals(Faults.RESOURCES, Faults.report(wrapped, err));
        String said = text.toString();
        assertTrue(said.startsWith("error: Java ran out of heap (at most "), said);
        assertTrue(said.contains(Path.of("results", "sweep") + " keeps the runs written so far"), said);
        assertTrue(said.contains("-Xmx") && said.contains("--threads") && said.contains("resolution.personsPerAgent"), said);
        assertPlain(said);
    }

    @Test
    void aFullDiskIsSaidWithTheFileWhenTheErrorNamesOne() {
        Faults.writing(Path.of("out"), "what it held before; nothing of this command was kept");
        IOException full = new FileSystemException("out/.durand-staging-out/events.csv", null, "No space left on device");
        assertEquals(Faults.RESOURCES, Faults.report(new java.io.UncheckedIOException(full), err));
        String said = text.toString();
        assertTrue(said.startsWith("error: the disk is full at out/.durand-staging-out/events.csv; out keeps what it "
                + "held before"), said);
        assertPlain(said);
    }

    @Test
    void aFullDiskWithoutAFileNamesTheFolder() {
        Faults.writing(Path.of("runs"), "what it held before; nothing of this command was kept");
        assertEquals(Faults.RESOURCES, Faults.report(new IOException("Disk quota exceeded"), err));
        assertTrue(text.toString().startsWith("error: the disk is full at runs;"), text.toString());
    }

    @Test
    void otherFaultsAreNotTakenForAFullDiskOrHeap() {
        Faults.writing(Path.of("does-not-exist-" + System.nanoTime(), "x"), "what it held before");
        assertEquals(-1, Faults.report(new IOException("Permission denied"), err));
        assertEquals(-1, Faults.report(new IllegalStateException("bug", new StackOverflowError()), err));
        assertEquals("", text.toString());
    }

    @Test
    void anInterruptionSaysWhatTheFolderKeeps() {
        assertEquals("durand: interrupted; nothing was written", Faults.interrupted());
        Faults.writing(Path.of("results", "a"), "what it held before; nothing of this command was kept");
        assertEquals("durand: interrupted; " + Path.of("results", "a") + " keeps what it held before; nothing of this "
                + "command was kept", Faults.interrupted());
    }
}
