package org.durand.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.UUID;

/**
 * An exclusive lock on a lock file ({@link FileLock}), held by one command at a time, across
 * processes and within one process. The holder writes a token (process id, time, a random id)
 * into the file; a command that locked a file another holder had already deleted sees a different
 * token at the path and tries again, so removing the lock file on release is safe.
 */
final class FolderLock implements AutoCloseable {

    private static final int ATTEMPTS = 20;

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks {@code file}, creating it and its folder when missing.
     *
     * @param file    the lock file
     * @param subject what the lock protects, for the message when it is held
     * @return the held lock
     * @throws StagedFolder.Refused when another command holds the lock
     * @throws IOException          when the file cannot be created or locked
     */
    static FolderLock acquire(Path file, String subject) throws StagedFolder.Refused, IOException {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Files.createDirectories(file.getParent());
            FileChannel channel;
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
            } catch (NoSuchFileException e) {
                continue;   // the folder was removed by a holder that just finished
            }
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;   // held by another command in this process
            }
            if (lock == null) {
                String holder = holder(channel);
                channel.close();
                throw new StagedFolder.Refused(subject + " is being written by another durand command"
                        + (holder.isEmpty() ? "" : " (" + holder + ")")
                        + "; wait until it has finished, or give another --out");
            }
            String token = "process " + ProcessHandle.current().pid() + ", since " + Instant.now() + ", id "
                    + UUID.randomUUID();
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(token.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            if (token.equals(readQuietly(file))) {
                return new FolderLock(file, channel, lock);
            }
            lock.release();   // the file we locked is no longer the one at the path
            channel.close();
        }
        throw new IOException("could not lock " + file + " after " + ATTEMPTS + " attempts");
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
            }
        }
    }

    private static String holder(FileChannel channel) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(256);
            channel.read(buf, 0);
            String text = new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
            int id = text.indexOf(", id ");
            return id < 0 ? text.strip() : text.substring(0, id);
        } catch (IOException e) {
            return "";
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
