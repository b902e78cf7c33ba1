package org.durand.io;

import java.io.BufferedOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file under a temporary name beside its target and renames it into place, so an
 * interrupted command never leaves a half-written file that looks whole. Files get the usual
 * mode (read and write for all, less the process's umask), as any other program's files would.
 * A run's output folder is moreover staged as a whole ({@code output.StagedFolder}); this class alone
 * keeps whole the files written in place (a sweep's plan and manifest, a README's tables).
 */
public final class AtomicFiles {

    /** Writes text. */
    @FunctionalInterface
    public interface Body {
        void write(Writer out) throws IOException;
    }

    /** Writes bytes. */
    @FunctionalInterface
    public interface StreamBody {
        void write(OutputStream out) throws IOException;
    }

    /** The temporary name {@link #writeStream} gives a file: "." + name + "." + base-36 id + ".tmp". */
    private static final java.util.regex.Pattern LEFTOVER = java.util.regex.Pattern.compile("\\..+\\.[0-9a-z]+\\.tmp");

    private AtomicFiles() {
    }

    /**
     * Deletes the temporary files a killed command left in {@code dir} (not in its subfolders):
     * files named as {@link #writeStream} names them before the rename. Call it only while holding
     * the folder's lock, so that no other command is writing one of them.
     *
     * @return how many were deleted; 0 when {@code dir} does not exist
     * @throws IOException when the folder cannot be listed or a file cannot be deleted
     */
    public static int removeLeftovers(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int n = 0;
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (LEFTOVER.matcher(f.getFileName().toString()).matches() && Files.isRegularFile(f)) {
                    Files.delete(f);
                    n++;
                }
            }
        }
        return n;
    }

    /** Writes UTF-8 text to {@code target} through {@code body}, atomically. */
    public static void write(Path target, Body body) throws IOException {
        writeStream(target, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            body.write(new FilterWriter(w) {
                @Override
                public void close() throws IOException {
                    flush();   // the rename needs the stream; writers that close only flush
                }
            });
            w.flush();
        });
    }

    /**
     * Makes {@code dir} (one level: its parent must exist) unless it is there, for a command's own
     * subfolder such as {@code charts/}. A missing parent is an error: a staging folder removed at
     * Ctrl-C is not made again through its subfolder.
     *
     * @throws java.nio.file.NoSuchFileException when the parent folder does not exist
     * @throws IOException when the folder cannot be made
     */
    public static void subfolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            try {
                Files.createDirectory(dir);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // made by another thread meanwhile
            }
        }
    }

    /** Writes {@code text} as UTF-8 to {@code target}, atomically. */
    public static void writeString(Path target, String text) throws IOException {
        writeStream(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes the bytes {@code body} produces to {@code target}, atomically where the file system allows. */
    public static void writeStream(Path target, StreamBody body) throws IOException {
        // the folder must exist: a write never makes one, so a staging folder that Ctrl-C removed
        // while the command's threads still write is not made again (their writes fail instead)
        Path dir = target.toAbsolutePath().getParent();
        String unique = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
        Path tmp = dir.resolve("." + target.getFileName() + "." + unique + ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE))) {
                body.write(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
