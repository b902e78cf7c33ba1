package org.durand.output;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.durand.io.AtomicFiles;

/**
 * Moves a staged folder's files into their target folder, replacing the command's earlier files
 * and leaving every other file alone, so that the target holds one whole run.
 *
 * <p>A journal names the files to move out (the earlier run's) and in (the new run's) before any
 * file moves. The moves are renames on one file system; a command killed among them leaves the
 * journal, and the next command on that folder finishes them ({@link #resume}) before it does
 * anything else. Replaying the journal is idempotent: a file moved out has its copy in the
 * staging folder's {@code .old}, a file moved in is no longer in the staging folder.
 */
final class FolderCommit {

    /** The journal in the staging folder. */
    static final String JOURNAL = ".journal";
    /** Where the earlier run's files go until the commit is complete. */
    static final String OLD = ".old";

    private FolderCommit() {
    }

    /**
     * Replaces, in {@code target}, the entries named {@code owned} (those present) by the staged entries.
     *
     * @param staging the staging folder; its entries whose names do not start with a dot are the new run
     * @param target  the target folder, created when missing
     * @param owned   names of the entries the command writes; only these are removed from the target
     * @throws IOException when a file cannot be moved; the journal then lets the next command finish
     */
    static void apply(Path staging, Path target, Set<String> owned) throws IOException {
        Files.createDirectories(target);
        Set<String> in = new TreeSet<>(visibleNames(staging));
        Set<String> out = new TreeSet<>();
        for (String name : owned) {
            if (Files.exists(target.resolve(name), NOFOLLOW_LINKS)) {
                out.add(name);
            }
        }
        for (String name : in) {
            if (Files.exists(target.resolve(name), NOFOLLOW_LINKS)) {
                out.add(name);   // a staged name always replaces what the target holds under it
            }
        }
        List<String> lines = new ArrayList<>();
        out.forEach(n -> lines.add("out " + n));
        in.forEach(n -> lines.add("in " + n));
        AtomicFiles.writeString(staging.resolve(JOURNAL), String.join("\n", lines) + "\n");
        resume(staging, target);
    }

    /**
     * Finishes the moves a journal in {@code staging} names, if there is one, then removes the
     * journal and the earlier run's files.
     *
     * @return whether there was a journal to finish
     */
    static boolean resume(Path staging, Path target) throws IOException {
        Path journal = staging.resolve(JOURNAL);
        List<String> lines;
        try {
            lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return false;
        }
        Path old = Files.createDirectories(staging.resolve(OLD));
        for (String line : lines) {
            if (line.startsWith("out ")) {
                String name = line.substring(4);
                Path from = target.resolve(name);
                if (!Files.exists(old.resolve(name), NOFOLLOW_LINKS)
                        && Files.exists(from, NOFOLLOW_LINKS)) {
                    move(from, old.resolve(name));
                }
            }
        }
        for (String line : lines) {
            if (line.startsWith("in ")) {
                Path from = staging.resolve(line.substring(3));
                if (Files.exists(from, NOFOLLOW_LINKS)) {
                    move(from, target.resolve(line.substring(3)));
                }
            }
        }
        Files.delete(journal);
        deleteTree(old);
        return true;
    }

    /** Renames {@code from} to {@code to}; across file systems (a target that is a mount point) copies, then deletes. */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            copyTree(from, to);
            deleteTree(from);
        }
    }

    /** Deletes a file or a folder and everything in it; nothing when it is missing. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Names in {@code dir} that do not start with a dot, sorted. */
    static List<String> visibleNames(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
