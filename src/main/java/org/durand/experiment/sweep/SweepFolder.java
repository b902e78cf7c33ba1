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
    private final Thread hook;
    private boolean released;

    private SweepFolder(Path dir, FolderLock lock, boolean created) {
        this.dir = dir;
        this.lock = lock;
        this.created = created;
        this.hook = new Thread(this::releaseAtExit, "durand-sweep-folder-release");
        Runtime.getRuntime().addShutdownHook(hook);
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
     * A {@code sweep.json} that is not the one a sweep writes: empty, cut short, not JSON, or
     * without the facts every sweep records. Its message names the file and says what to do; a
     * folder whose {@code sweep.json} is well formed but lacks {@code values} is no such case (an
     * older Durand wrote it, see {@link #olderValues}).
     */
    public static final class Damaged extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String problem;

        Damaged(Path file, String problem) {
            super(file + " " + problem + ": run that shard again with 'durand sweep ... --resume' into the same "
                    + "folder, which writes it anew");
            this.problem = problem;
        }

        /** What is wrong, after the file's name: "is empty; it was cut or edited", and so on. */
        public String problem() {
            return problem;
        }
    }

    /** The facts every {@code sweep.json} records, each with what a sweep writes there. */
    private static final Map<String, String> REQUIRED = requiredKeys();

    private static Map<String, String> requiredKeys() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("planHash", "the plan hash, 64 hexadecimal digits");
        m.put("runs", "a whole number from 1 to " + SweepPlan.MAX_RUNS);
        m.put("points", "a whole number from 1 to " + SweepPlan.MAX_RUNS);
        m.put("reps", "a whole number from 1 to " + SweepPlan.MAX_RUNS);
        m.put("shard", "the shard, k/N");
        m.put("columns", "the list of runs.csv's columns");
        return m;
    }

    /**
     * The {@code sweep.json} of {@code dir}, or null when it has none.
     *
     * @throws Damaged     when the file is empty, cut short, not JSON or lacks what a sweep records
     *                     there (the message names the file, the line where JSON breaks, and the
     *                     keys missing or wrong)
     * @throws IOException when the file cannot be read
     */
    public static Info readInfo(Path dir) throws IOException {
        Path f = dir.resolve(MANIFEST);
        if (!Files.exists(f)) {
            return null;
        }
        if (!Files.isRegularFile(f)) {
            throw new Damaged(f, "is a folder, not the file a sweep writes; it was put in its place");
        }
        String text = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw new Damaged(f, "is empty; it was cut or edited");
        }
        JsonNode n;
        try {
            n = JSON.reader().with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var at = e.getLocation();
            // a parser that stops at the end of the text found a file cut short, whatever it calls it
            if (e instanceof com.fasterxml.jackson.core.io.JsonEOFException
                    || at.getCharOffset() >= text.stripTrailing().length()) {
                throw new Damaged(f, "ends early, at line " + at.getLineNr() + "; it was cut or edited");
            }
            throw new Damaged(f, "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": not the JSON a "
                    + "sweep writes; it was edited or damaged");
        }
        if (!n.isObject()) {
            throw new Damaged(f, "is not the sweep.json a sweep writes (not a JSON object of keys); it was edited");
        }
        List<String> missing = new ArrayList<>();
        REQUIRED.keySet().forEach(k -> {
            if (!n.has(k)) {
                missing.add("'" + k + "'");
            }
        });
        if (!missing.isEmpty()) {
            throw new Damaged(f, "is not the sweep.json a sweep writes (no " + String.join(", ", missing)
                    + "); it was edited, or another file was put in its place");
        }
        List<String> wrong = new ArrayList<>();
        REQUIRED.forEach((k, written) -> {
            if (!fits(k, n.get(k))) {
                wrong.add("'" + k + "' is " + abbreviate(n.get(k)) + " (a sweep writes " + written + ")");
            }
        });
        if (n.has("values") && !count(n.get("values"))) {
            wrong.add("'values' is " + abbreviate(n.get("values")) + " (a sweep writes a whole number, "
                    + SweepPlan.VALUES + ")");
        }
        if (!wrong.isEmpty()) {
            throw new Damaged(f, "is not the sweep.json a sweep writes: " + String.join(", ", wrong) + "; it was edited");
        }
        List<String> cols = new ArrayList<>();
        n.get("columns").forEach(c -> cols.add(c.asText()));
        return new Info(n.get("planHash").asText(), n.get("runs").asInt(), n.get("points").asInt(),
                n.get("reps").asInt(), n.get("shard").asText(), cols, n.path("values").asInt(1));
    }

    /** Whether {@code v} is what a sweep writes at {@code key} of {@link #REQUIRED}. */
    private static boolean fits(String key, JsonNode v) {
        return switch (key) {
            case "planHash" -> v.isTextual() && v.asText().matches("[0-9a-f]{64}");
            case "shard" -> v.isTextual() && v.asText().matches("[0-9]{1,9}/[0-9]{1,9}");
            case "columns" -> v.isArray() && v.size() > 0 && java.util.stream.StreamSupport.stream(v.spliterator(), false)
                    .allMatch(JsonNode::isTextual);
            default -> count(v);
        };
    }

    /** A JSON value as a message quotes it: at most 40 characters, "empty" for JSON's null. */
    private static String abbreviate(JsonNode v) {
        String s = v.isNull() ? "empty" : v.toString();
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }

    /** Whether a JSON value is a whole number from 1 to {@link SweepPlan#MAX_RUNS}. */
    private static boolean count(JsonNode v) {
        return v.isIntegralNumber() && v.canConvertToInt() && v.asInt() >= 1 && v.asInt() <= SweepPlan.MAX_RUNS;
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
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // shutting down: the hook runs (or ran) and finds the folder released
        }
        release(false);
    }

    /**
     * The shutdown hook, run when the process ends (Ctrl-C, SIGTERM) before the command closed the
     * folder: the same release, after removing the temporary files of writes cut short (a plan, a
     * chart), so that an interrupted sweep or merge leaves no hidden file behind. Rows being
     * appended to {@code runs.csv} meanwhile stay whole or leave a torn last line, which a resume cuts.
     */
    private void releaseAtExit() {
        try {
            release(true);
        } catch (IOException | RuntimeException e) {
            // the process is ending: the lock goes with it, and a later command removes what is left
        }
    }

    /** Releases the lock once, whoever calls first: the command closing the folder or the shutdown hook. */
    private synchronized void release(boolean cutShort) throws IOException {
        if (released) {
            return;
        }
        released = true;
        try {
            if (cutShort) {
                AtomicFiles.removeLeftovers(dir);
                AtomicFiles.removeLeftovers(dir.resolve("charts"));
            }
        } finally {
            lock.close();
        }
        if (created && Files.isDirectory(dir)) {
            try (var left = Files.list(dir)) {
                if (left.findAny().isEmpty()) {
                    Files.delete(dir);
                }
            } catch (java.nio.file.DirectoryNotEmptyException e) {
                // another command has just locked it: the folder is its now
            }
        }
    }
}
