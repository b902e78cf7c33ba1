package org.durand.output;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.Set;
import java.util.stream.Stream;

import org.durand.io.FolderLock;

/**
 * A command's output folder, written whole or not at all.
 *
 * <p>{@link #open} locks the target folder and gives a private staging folder beside it (in the same
 * parent, named {@code .durand-staging-<name>}, so moving files from one to the other is a rename on
 * one file system). The command writes everything into {@link #path()}; {@link #commit()} then
 * replaces the command's earlier files in the target by the new ones ({@link FolderCommit}) and
 * removes the staging folder. Files of the target that the command does not own are left alone.
 * Until the commit the target is exactly as it was: closing without committing, or Ctrl-C (a
 * shutdown hook), removes the staging folder; after a hard kill the next command on the same
 * target removes it, or finishes a commit that was under way.
 *
 * <p>While a staged folder is open no other command (in this or another process) can open one for
 * the same target: {@link #open} refuses with {@link Refused}.
 */
public final class StagedFolder implements AutoCloseable {

    /** Prefix of the staging folder's name; the target's name follows it. */
    public static final String PREFIX = ".durand-staging-";
    private static final String LOCK = ".lock";
    private static final String SCRATCH = ".spool";

    private final Path target;
    private final Path given;
    private final Path staging;
    private final Set<String> owned;
    private final FolderLock lock;
    private final Thread hook;
    private boolean finished;
    private boolean committed;

    /** The target folder cannot be used: not a folder, locked by another command, not writable. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        /** @param message what is wrong with the folder and what to do, for the user */
        public Refused(String message) {
            super(message);
        }
    }

    private StagedFolder(Path target, Path given, Path staging, Set<String> owned, FolderLock lock) {
        this.target = target;
        this.given = given;
        this.staging = staging;
        this.owned = Set.copyOf(owned);
        this.lock = lock;
        this.hook = new Thread(this::abandonQuietly, "durand-staging-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * Locks {@code target} and prepares an empty staging folder for it. An earlier command's
     * leftovers (a staging folder after a kill) are cleaned up first, finishing its commit if one
     * was under way.
     *
     * @param target the folder the command's files are for; created at the commit if missing
     * @param owned  names of the files and folders the command writes into the target (for a run:
     *               its CSV files, manifest, report and {@code charts}); the commit replaces these
     * @return the open staging folder; close it (after {@link #commit()}, or to give up)
     * @throws Refused     when the target or one of its parents is a file, the target is the root,
     *                     another command is writing the target, or the parent folder is not writable
     * @throws IOException when an earlier command's leftovers cannot be cleaned up
     */
    public static StagedFolder open(Path target, Set<String> owned) throws Refused, IOException {
        if (target.toString().isEmpty()) {
            throw new Refused("the folder name is empty (\"\"); give a folder");
        }
        Path abs = target.toAbsolutePath().normalize();
        if (abs.getParent() == null || abs.getFileName() == null) {
            throw new Refused(target + " is the root folder; give a folder inside it");
        }
        for (Path p = abs; p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new Refused(p.equals(abs) ? target + " exists and is not a folder"
                        : target + " cannot be a folder: " + p + " is a file");
            }
        }
        Path staging = abs.getParent().resolve(PREFIX + abs.getFileName());
        FolderLock lock;
        try {
            lock = FolderLock.acquire(staging.resolve(LOCK), target.toString());
        } catch (FolderLock.Held e) {
            throw new Refused(e.getMessage());
        } catch (IOException e) {
            throw new Refused("cannot write into " + abs.getParent() + " (for " + target + "): " + reason(e));
        }
        try {
            FolderCommit.resume(staging, abs);
            clear(staging);
        } catch (IOException e) {
            lock.close();
            throw e;
        }
        return new StagedFolder(abs, target, staging, owned, lock);
    }

    /** The names of the files and folders the command writes into the target (and replaces there). */
    public Set<String> owned() {
        return owned;
    }

    /** The staging folder: write the command's files here. */
    public Path path() {
        return staging;
    }

    /** A scratch folder inside the staging folder, for temporary files that are not part of the result. */
    public Path scratch() throws IOException {
        return Files.createDirectories(staging.resolve(SCRATCH));
    }

    /** The target folder, absolute. */
    public Path target() {
        return target;
    }

    /** The target folder as the command was given it (relative when it was), for messages. */
    public Path given() {
        return given;
    }

    /**
     * Moves the staged files into the target, replacing the command's earlier files there, removes
     * the staging folder and releases the lock.
     *
     * @throws IOException when a file cannot be moved (the next command on the target finishes the commit)
     */
    public synchronized void commit() throws IOException {
        if (finished) {
            throw new IllegalStateException("already committed or abandoned: " + target);
        }
        FolderCommit.deleteTree(staging.resolve(SCRATCH));
        FolderCommit.apply(staging, target, owned);
        committed = true;
        release();
    }

    /**
     * Whether the staged files were moved into the target. A commit under way finishes before this
     * returns (both hold this object's monitor), so a shutdown hook can say truly what the target
     * holds.
     */
    public synchronized boolean committed() {
        return committed;
    }

    /** Abandons the staged files unless committed, and releases the lock. */
    @Override
    public synchronized void close() throws IOException {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // shutting down: the hook runs (or ran) and finds the folder released
        }
        if (!finished) {
            clear(staging);
            release();
        }
    }

    private void release() throws IOException {
        finished = true;
        lock.close();
        try {
            Files.deleteIfExists(staging);
        } catch (DirectoryNotEmptyException e) {
            // another command has just locked the same target: the folder is its now
        }
    }

    /**
     * The shutdown hook: removes the staging folder unless the commit has finished (a commit under
     * way finishes first: it holds this object's monitor). The command's threads still run while
     * the hook does; so the folder is first renamed away, after which their writes, which name
     * files by the staging folder's path, fail instead of adding files, and is then deleted.
     */
    private synchronized void abandonQuietly() {
        if (finished) {
            return;
        }
        finished = true;
        Path doomed = staging.resolveSibling(staging.getFileName() + ".abandoned-"
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36));
        try {
            Files.move(staging, doomed, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            doomed = staging;
        }
        for (int attempt = 0; attempt < 50; attempt++) {   // up to a second while late writes settle
            try {
                FolderCommit.deleteTree(doomed);
                break;
            } catch (IOException e) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        try {
            lock.close();
        } catch (IOException e) {
            // the lock goes with the process
        }
    }

    /** Deletes everything in the staging folder but its lock file. */
    private static void clear(Path staging) throws IOException {
        try (Stream<Path> s = Files.list(staging)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (!p.getFileName().toString().equals(LOCK)) {
                    FolderCommit.deleteTree(p);
                }
            }
        }
    }

    private static String reason(IOException e) {
        String name = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2");
        return e.getMessage() == null ? name.toLowerCase(java.util.Locale.ROOT)
                : name.toLowerCase(java.util.Locale.ROOT) + ": " + e.getMessage();
    }
}
