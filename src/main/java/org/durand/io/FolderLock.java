package org.durand.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An exclusive lock on a lock file ({@link FileLock}), held by one command at a time, across
 * processes and within one process. The holder writes a token (process id, time, a random id)
 * into the file; a command that locked a file another holder had already deleted sees a different
 * token at the path and tries again, so removing the lock file on release is safe.
 *
 * <p>File locks belong to the process, and on POSIX systems closing any descriptor of the file
 * releases them. So within this process the lock files held are also kept in a set, checked before
 * the file is opened, and the descriptor that reads the token back stays open until release.
 *
 * <p>Every command that writes a folder takes its lock here: a run's staged output folder and a
 * sweep's folder alike, so two commands on one folder are refused with one message.
 */
public final class FolderLock implements AutoCloseable {

    private static final int ATTEMPTS = 20;
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileChannel check;
    private final FileLock lock;

    /** Another command holds the lock; the message names the holder and what to do, for the user. */
    public static final class Held extends Exception {
        private static final long serialVersionUID = 1L;

        private Held(String message) {
            super(message);
        }
    }

    private FolderLock(Path file, FileChannel channel, FileChannel check, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.check = check;
        this.lock = lock;
    }

    /**
     * Locks {@code file}, creating it and its folder when missing.
     *
     * @param file    the lock file
     * @param subject what the lock protects, for the message when it is held
     * @return the held lock
     * @throws Held        when another command (in this or another process) holds the lock
     * @throws IOException  when the file cannot be created or locked
     */
    public static FolderLock acquire(Path file, String subject) throws Held, IOException {
        Path key = file.toAbsolutePath().normalize();
        if (!HELD.add(key)) {
            throw refused(subject, "process " + ProcessHandle.current().pid());
        }
        try {
            FolderLock held = attempt(key, subject);
            if (held != null) {
                return held;
            }
        } catch (Held | IOException | RuntimeException e) {
            HELD.remove(key);
            throw e;
        }
        HELD.remove(key);
        throw new IOException("could not lock " + file + " after " + ATTEMPTS + " attempts");
    }

    private static FolderLock attempt(Path file, String subject) throws Held, IOException {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Files.createDirectories(file.getParent());
            FileChannel channel;
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
            } catch (NoSuchFileException e) {
                continue;   // the folder was removed by a holder that just finished
            }
            FileLock lock = channel.tryLock();
            if (lock == null) {
                String holder = holder(channel);
                channel.close();
                throw refused(subject, holder);
            }
            String token = "process " + ProcessHandle.current().pid() + ", since " + Instant.now() + ", id "
                    + UUID.randomUUID();
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(token.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            FileChannel check = null;
            try {
                check = FileChannel.open(file, StandardOpenOption.READ);
            } catch (NoSuchFileException e) {
                // removed by the holder we raced with: try again
            }
            if (check != null && token.equals(read(check))) {
                return new FolderLock(file, channel, check, lock);
            }
            lock.release();   // the file we locked is no longer the one at the path
            channel.close();
            if (check != null) {
                check.close();
            }
        }
        return null;
    }

    private static Held refused(String subject, String holder) {
        return new Held(subject + " is being written by another durand command"
                + (holder.isEmpty() ? "" : " (" + holder + ")") + "; wait until it has finished, or give another --out");
    }

    /** Deletes the lock file, then releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(file);
        } finally {
            try {
                lock.release();
            } finally {
                channel.close();
                check.close();
                HELD.remove(file);
            }
        }
    }

    /** Who holds the lock, from the token in the file: "process N, since T". */
    private static String holder(FileChannel channel) {
        String text = read(channel);
        int id = text.indexOf(", id ");
        return id < 0 ? text.strip() : text.substring(0, id);
    }

    private static String read(FileChannel channel) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(512);
            channel.read(buf, 0);
            return new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
