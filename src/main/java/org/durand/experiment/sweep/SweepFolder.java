package org.durand.experiment.sweep;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.durand.output.AtomicFiles;
import org.durand.output.Manifest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The folder of a sweep (or of one shard of it): {@code plan.yaml} (the plan, re-readable, its
 * scenario path relative to the folder), {@code sweep.json} (plan hash, run count, shard, columns)
 * and {@code runs.csv}. A sweep holds a lock on {@code .sweep.lock} while it writes, so two
 * processes never append to the same file.
 */
public final class SweepFolder implements AutoCloseable {

    /** Name of the rows file. */
    public static final String RUNS = "runs.csv";
    /** Name of the plan copy. */
    public static final String PLAN = "plan.yaml";
    /** Name of the manifest. */
    public static final String MANIFEST = "sweep.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path dir;
    private static final String LOCK = ".sweep.lock";
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final boolean created;

    private SweepFolder(Path dir, FileChannel channel, FileLock lock, boolean created) {
        this.created = created;
        this.dir = dir;
        this.lockChannel = channel;
        this.lock = lock;
    }

    /**
     * The facts {@code sweep.json} records.
     *
     * @param planHash see {@link SweepPlan#hash}
     * @param runs     runs of the whole sweep
     * @param points   design points
     * @param reps     replicates per point
     * @param shard    the share of runs this folder holds, {@code k/N}
     * @param columns  the {@code runs.csv} header
     */
    public record Info(String planHash, int runs, int points, int reps, String shard, List<String> columns) {
    }

    /**
     * Opens (creating) {@code dir} and takes its lock. The lock file goes when the folder is closed,
     * and so does a folder this call created that is still empty then (a sweep or merge refused).
     *
     * @throws IllegalStateException when another process holds the lock, or the folder holds a run
     *                               ({@code manifest.json}) rather than a sweep
     */
    public static SweepFolder open(Path dir) throws IOException {
        if (Files.exists(dir.resolve("manifest.json"))) {
            throw new IllegalStateException(dir + " holds a run (manifest.json), not a sweep; choose another --out");
        }
        boolean created = !Files.isDirectory(dir);
        Files.createDirectories(dir);
        FileChannel ch = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            ch.close();
            throw new IllegalStateException(dir + " is in use by another sweep; wait for it or choose another --out");
        }
        return new SweepFolder(dir, ch, lock, created);
    }

    /** The folder. */
    public Path dir() {
        return dir;
    }

    /** The rows file. */
    public Path runs() {
        return dir.resolve(RUNS);
    }

    /** Writes {@code plan.yaml} and {@code sweep.json}, atomically. */
    public void writeHeader(SweepPlan plan, Info info) throws IOException {
        String scenario = dir.toAbsolutePath().relativize(plan.scenario().toAbsolutePath()).toString().replace('\\', '/');
        AtomicFiles.writeString(dir.resolve(PLAN), "# Durand sweep plan, as run (durand sweep --plan "
                + PLAN + " reruns it)\n" + plan.yaml(scenario));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("durand", Manifest.version());
        m.put("planHash", info.planHash());
        m.put("runs", info.runs());
        m.put("points", info.points());
        m.put("reps", info.reps());
        m.put("shard", info.shard());
        m.put("columns", info.columns());
        AtomicFiles.writeString(dir.resolve(MANIFEST), JSON.writeValueAsString(m) + "\n");
    }

    /** The {@code sweep.json} of {@code dir}, or null when it has none. */
    public static Info readInfo(Path dir) throws IOException {
        Path f = dir.resolve(MANIFEST);
        if (!Files.exists(f)) {
            return null;
        }
        JsonNode n = JSON.readTree(f.toFile());
        List<String> columns = new java.util.ArrayList<>();
        n.path("columns").forEach(c -> columns.add(c.asText()));
        return new Info(n.path("planHash").asText(), n.path("runs").asInt(), n.path("points").asInt(),
                n.path("reps").asInt(), n.path("shard").asText(), columns);
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(dir.resolve(LOCK));   // still held: a sweep waiting on it cannot take it meanwhile
        lock.release();
        lockChannel.close();
        if (created) {
            try (var left = Files.list(dir)) {
                if (left.findAny().isEmpty()) {
                    Files.delete(dir);
                }
            }
        }
    }
}
