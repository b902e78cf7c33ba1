package org.durand.experiment.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.durand.io.AtomicFiles;
import org.durand.io.FolderLock;
import org.durand.io.Version;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The folder of a sweep (or of one shard of it): {@code plan.yaml} (the plan, re-readable, its
 * scenario path relative to the folder), {@code sweep.json} (plan hash, run count, shard, columns)
 * and {@code runs.csv}. A sweep or merge holds the folder's lock ({@link FolderLock} on
 * {@code .sweep.lock}) while it writes, so two commands, in one process or two, never append to the
 * same file.
 */
public final class SweepFolder implements AutoCloseable {

    /** Name of the rows file. */
    public static final String RUNS = "runs.csv";
    /** Name of the plan copy. */
    public static final String PLAN = "plan.yaml";
    /** Name of the manifest. */
    public static final String MANIFEST = "sweep.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Name of the lock file, present while a command writes the folder. */
    private static final String LOCK = ".sweep.lock";

    private final Path dir;
    private final FolderLock lock;
    private final boolean created;

    private SweepFolder(Path dir, FolderLock lock, boolean created) {
        this.dir = dir;
        this.lock = lock;
        this.created = created;
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
     * @param values   how the design's values were computed, {@link SweepPlan#VALUES} when this
     *                 Durand wrote the folder; 1 for a folder written before the field existed
     */
    public record Info(String planHash, int runs, int points, int reps, String shard, List<String> columns,
                       int values) {
    }

    /**
     * Opens (creating) {@code dir} and takes its lock. The lock file goes when the folder is closed,
     * and so does a folder this call created that is still empty then (a sweep or merge refused).
     *
     * @throws IllegalStateException when another command holds the lock (the message names it and
     *                               what to do), or the folder holds a run ({@code manifest.json})
     *                               rather than a sweep
     * @throws IOException           when the folder or its lock file cannot be created
     */
    public static SweepFolder open(Path dir) throws IOException {
        if (Files.exists(dir.resolve("manifest.json"))) {
            throw new IllegalStateException(dir + " holds a run (manifest.json), not a sweep; choose another --out");
        }
        boolean created = !Files.isDirectory(dir);
        Files.createDirectories(dir);
        try {
            return new SweepFolder(dir, FolderLock.acquire(dir.resolve(LOCK), dir.toString()), created);
        } catch (FolderLock.Held e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
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
        writeHeader(dir, plan, info);
    }

    /**
     * Writes {@code plan.yaml} and {@code sweep.json} into {@code dir}, atomically: a sweep's own
     * folder, or the staging folder beside it (in the same parent, so the scenario's path relative
     * to it is the same).
     */
    public static void writeHeader(Path dir, SweepPlan plan, Info info) throws IOException {
        String scenario = dir.toAbsolutePath().relativize(plan.scenario().toAbsolutePath()).toString().replace('\\', '/');
        AtomicFiles.writeString(dir.resolve(PLAN), "# Durand sweep plan, as run (durand sweep --plan "
                + PLAN + " reruns it)\n" + plan.yaml(scenario));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("durand", Version.current());
        m.put("planHash", info.planHash());
        m.put("runs", info.runs());
        m.put("points", info.points());
        m.put("reps", info.reps());
        m.put("shard", info.shard());
        m.put("columns", info.columns());
        m.put("values", info.values());
        AtomicFiles.writeString(dir.resolve(MANIFEST), JSON.writeValueAsString(m) + "\n");
    }

    /**
     * The {@code sweep.json} of {@code dir}, or null when it has none.
     *
     * @throws IllegalArgumentException when the file is not JSON (naming it and the line)
     */
    public static Info readInfo(Path dir) throws IOException {
        Path f = dir.resolve(MANIFEST);
        if (!Files.exists(f)) {
            return null;
        }
        JsonNode n;
        try {
            n = JSON.readTree(f.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(f + " line " + e.getLocation().getLineNr() + ": not the JSON a sweep "
                    + "writes (" + e.getOriginalMessage().replaceAll("\\s+", " ") + "); it was edited or cut, "
                    + "run that shard again with 'durand sweep ... --resume'");
        }
        List<String> columns = new ArrayList<>();
        n.path("columns").forEach(c -> columns.add(c.asText()));
        return new Info(n.path("planHash").asText(), n.path("runs").asInt(), n.path("points").asInt(),
                n.path("reps").asInt(), n.path("shard").asText(), columns, n.path("values").asInt(1));
    }

    /**
     * Why the sweep in {@code dir} cannot be resumed or merged by this Durand, or an empty string
     * when it can: a folder written under another {@link SweepPlan#VALUES} ran design points that
     * differ from this Durand's in their last digits.
     *
     * @param info the folder's {@code sweep.json}, as {@link #readInfo} read it
     */
    public static String olderValues(Path dir, Info info) {
        if (info.values() == SweepPlan.VALUES) {
            return "";
        }
        return dir + " holds a sweep begun by a Durand that computed its design values another way (values "
                + info.values() + "; this one writes values " + SweepPlan.VALUES + ", each varied number rounded to 12 "
                + "significant digits), so the points it would run now differ from its rows in the last digits; "
                + "finish it with the Durand that began it, or run the sweep again in a new --out";
    }

    /** Releases the lock (removing its file) and removes the folder if this open created it and it is empty. */
    @Override
    public void close() throws IOException {
        lock.close();
        if (created) {
            try (var left = Files.list(dir)) {
                if (left.findAny().isEmpty()) {
                    Files.delete(dir);
                }
            }
        }
    }
}
