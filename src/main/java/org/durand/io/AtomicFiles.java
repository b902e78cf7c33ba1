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

    private AtomicFiles() {
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

    /** Writes {@code text} as UTF-8 to {@code target}, atomically. */
    public static void writeString(Path target, String text) throws IOException {
        writeStream(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes the bytes {@code body} produces to {@code target}, atomically where the file system allows. */
    public static void writeStream(Path target, StreamBody body) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            // one level only (charts/ in a run folder): a staging folder removed at Ctrl-C is not made again
            try {
                Files.createDirectory(dir);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // made by another thread meanwhile
            }
        }
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
