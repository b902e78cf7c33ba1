package org.durand.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.durand.output.StagedFolder;

/**
 * What a command says when the machine, not the input, ends it: the heap or the disk ran out, or
 * the process was interrupted (SIGINT, SIGTERM). Each gets one plain sentence that says what
 * happened, what the output folder holds now and what to do, never a Java exception name; the
 * exit codes are documented in the README and in {@code durand --help}.
 *
 * <p>A command announces its output folder and what an interruption would leave in it with
 * {@link #writing}; {@link Main} prints that notice from a shutdown hook when the process ends
 * before the command returned.
 */
final class Faults {

    /** Exit code when the heap or the disk ran out. */
    static final int RESOURCES = 3;

    private static volatile Path folder;
    private static volatile String keeps;
    private static volatile StagedFolder staged;
    private static volatile boolean stopping;

    private Faults() {
    }

    /**
     * The command's output folder from now on, and what it keeps if the command ends early from
     * now on: a noun phrase printed after "DIR keeps ", such as "the earlier run; this one was
     * discarded".
     */
    static void writing(Path dir, String whatItKeeps) {
        folder = dir;
        keeps = whatItKeeps;
    }

    /**
     * As {@link #writing(Path, String)} for a folder written through a staged folder: once its
     * files are committed the folder holds the whole new result, which an interruption then says.
     */
    static void writing(Path dir, StagedFolder stagedFolder) {
        writing(dir, "what it held before; nothing of this command was kept");
        staged = stagedFolder;
    }

    /** Forgets the folder (a new command in the same process, as in tests). */
    static void reset() {
        folder = null;
        keeps = null;
        staged = null;
    }

    /**
     * Marks the process as shutting down before its command returned: a command's threads that
     * still run then fail on files the shutdown removed, which is no internal error to report.
     */
    static void stopping() {
        stopping = true;
    }

    /**
     * Whether the process is shutting down before its command returned: the notice was printed, or
     * the JVM refuses a new shutdown hook, which it does once shutdown has begun, before any hook
     * has had a chance to run.
     */
    static boolean isStopping() {
        if (stopping) {
            return true;
        }
        Thread probe = new Thread(() -> { }, "durand-shutdown-probe");
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    /** The sentence for an interruption, or a general one when no folder was announced. */
    static String interrupted() {
        Path dir = folder;
        StagedFolder s = staged;
        if (dir != null && s != null && s.committed()) {
            return "durand: interrupted after its files were written; " + dir + " holds the whole new result";
        }
        return "durand: interrupted; " + (dir == null ? "nothing was written" : dir + " keeps " + keeps());
    }

    /**
     * Prints the message for {@code ex} if the heap or disk ran out somewhere in its causes.
     *
     * @return {@link #RESOURCES} when it did, -1 otherwise (nothing printed)
     */
    static int report(Throwable ex, PrintWriter err) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                err.println("error: " + heapMessage());
                return RESOURCES;
            }
            if (t instanceof IOException io && diskFull(io)) {
                err.println("error: " + diskMessage(io));
                return RESOURCES;
            }
        }
        return -1;
    }

    static String heapMessage() {
        long max = Runtime.getRuntime().maxMemory();
        Path dir = folder;
        return String.format(Locale.ROOT, "Java ran out of heap (at most %d MB)", max >> 20)
                + (dir == null ? "" : "; " + dir + " keeps " + keeps())
                + ". Give Java more heap (for example JAVA_TOOL_OPTIONS=-Xmx4g), run fewer --threads, or "
                + "raise resolution.personsPerAgent (coarser refugees, for example --set resolution.personsPerAgent=50)";
    }

    private static String diskMessage(IOException io) {
        Path at = io instanceof FileSystemException fs && fs.getFile() != null ? Path.of(fs.getFile()) : folder;
        return "the disk is full" + (at == null ? "" : " at " + at) + (folder == null ? "" : "; " + folder + " keeps "
                + keeps()) + ". Free some space (or write to another disk with --out) and run the command again";
    }

    private static String keeps() {
        String k = keeps;
        return k == null ? "what it held before" : k;
    }

    /**
     * Whether {@code e} says the device has no space (ENOSPC) or the quota is exceeded (EDQUOT), as
     * the JDK reports them on Linux and macOS, or the folder's file store has no usable space left.
     */
    static boolean diskFull(IOException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (m.contains("no space left") || m.contains("disk quota exceeded") || m.contains("not enough space")) {
            return true;
        }
        Path dir = folder;
        try {
            return dir != null && Files.getFileStore(Files.exists(dir) ? dir : dir.toAbsolutePath().getParent())
                    .getUsableSpace() == 0;
        } catch (IOException | RuntimeException ignored) {
            return false;
        }
    }
}
