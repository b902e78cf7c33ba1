package org.durand.experiment.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Runs a sweep's missing runs on a thread pool and streams their rows to {@code runs.csv} in run
 * order, whatever the thread count: a run that finishes early waits in a small buffer until the
 * runs before it are written. At most {@code 4 × threads} runs are in flight or buffered, so
 * memory stays flat however many runs there are. A run that throws is written as failed, with its
 * message, and the sweep goes on. A run that ends in a {@link VirtualMachineError} (the heap ran
 * out) ends the sweep instead, at once and with that error: the runs before it stay written, and
 * a resumed sweep runs the rest.
 *
 * <p>Because rows are written in run order and flushed one by one, a sweep killed at any moment
 * leaves a prefix of its rows (and at most one torn line, cut off by {@link RunsCsv#repair}), so a
 * resumed sweep ends with the same file as an uninterrupted one.
 */
public final class SweepRunner {

    /** Computes one run's outcomes; may throw, which marks the run as failed. */
    @FunctionalInterface
    public interface Evaluator {
        /**
         * @param run    the run (point, replicate, seed)
         * @param values the varied parameters' values at its point, as written in {@code runs.csv}
         * @return the outcomes, in column order
         */
        double[] evaluate(RunSpec run, String[] values) throws Exception;
    }

    /** Told about each run as its row is written (on a worker thread, one call at a time). */
    @FunctionalInterface
    public interface Listener {
        void written(RunSpec run, boolean ok);
    }

    /**
     * What a call did.
     *
     * @param done    runs already in the file before
     * @param ran     runs run now
     * @param failed  of those, how many failed
     */
    public record Tally(int done, int ran, int failed) {
    }

    private final SweepPlan plan;
    private final List<String> outcomes;
    private final UnitDesign design;

    /** A runner for {@code plan}, writing the outcomes named {@code outcomes}. */
    public SweepRunner(SweepPlan plan, List<String> outcomes) {
        this.plan = plan;
        this.outcomes = List.copyOf(outcomes);
        this.design = plan.unitDesign();
    }

    /** The {@code runs.csv} header of this sweep. */
    public List<String> header() {
        return RunsCsv.header(plan.paths(), outcomes);
    }

    /**
     * Why {@code row} of a runs file is not this sweep's run of its id: the point, replicate, seed
     * or a varied value differs from what this plan runs for that id (a row of another sweep, or
     * edited), or an empty string when it is this sweep's. The run id must be a whole number.
     */
    public String foreign(org.apache.commons.csv.CSVRecord row) {
        RunSpec spec = RunSpec.of(Integer.parseInt(row.get(0)), plan.reps(), plan.seed());
        String[] expected = {Integer.toString(spec.point()), Integer.toString(spec.rep()), Long.toString(spec.seed())};
        for (int c = 0; c < expected.length; c++) {
            if (!row.get(c + 1).equals(expected[c])) {
                return "has " + RunsCsv.FIXED.get(c + 1) + " " + row.get(c + 1) + " where this sweep has "
                        + expected[c] + " (a row of another sweep, or edited)";
            }
        }
        String[] values = values(spec.point());
        int first = RunsCsv.FIXED.size();
        for (int d = 0; d < values.length; d++) {
            if (!row.get(first + d).equals(values[d])) {
                return "has " + plan.varied().get(d).path() + " " + row.get(first + d) + " where this sweep has "
                        + values[d] + " (a row of another sweep, or edited)";
            }
        }
        return "";
    }

    /** The varied values at {@code point}, as run and as written. */
    public String[] values(int point) {
        double[] u = design.point(point);
        String[] out = new String[u.length];
        for (int d = 0; d < u.length; d++) {
            Varied v = plan.varied().get(d);
            out[d] = v.text(v.value(u[d]));
        }
        return out;
    }

    /**
     * The runs {@code runsCsv} already holds, after repairing a torn last line and checking that each
     * row is this sweep's run of its id ({@link RunsCsv#repair}).
     *
     * @throws IllegalStateException when the file holds rows of another sweep
     */
    public BitSet done(Path runsCsv) throws IOException {
        return RunsCsv.repair(runsCsv, header(), plan.runs(), this::foreign);
    }

    /** The runs of {@code shard} not among {@code done} ({@link #done}). */
    public int missing(BitSet done, Shard shard) {
        int n = 0;
        for (int run = shard.index(); run < plan.runs(); run += shard.count()) {
            n += done.get(run) ? 0 : 1;
        }
        return n;
    }

    /**
     * Runs every run of {@code shard} missing from {@code runsCsv} and appends their rows.
     *
     * @throws IOException when the file cannot be written (the sweep stops; rows written so far stay)
     * @throws IllegalStateException when the file holds rows of another sweep
     * @throws VirtualMachineError the first such error of a run (typically {@link OutOfMemoryError}),
     *         rethrown on the calling thread; the rows written before it stay whole, and none is written after
     */
    public Tally run(Path runsCsv, Shard shard, int threads, Evaluator evaluator, Listener listener)
            throws IOException, InterruptedException {
        return run(runsCsv, done(runsCsv), shard, threads, evaluator, listener);
    }

    /** As {@link #run(Path, Shard, int, Evaluator, Listener)}, with the runs the file holds already read ({@link #done}). */
    public Tally run(Path runsCsv, BitSet done, Shard shard, int threads, Evaluator evaluator, Listener listener)
            throws IOException, InterruptedException {
        int window = 4 * Math.max(1, threads);
        Semaphore slots = new Semaphore(window);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "durand-sweep");
            t.setDaemon(true);
            return t;
        });
        // the writer closes the file under its lock: a sweep ended by one run's fatal error is never
        // closed in the middle of a row another worker is writing
        try (Writer writer = new Writer(RunsCsv.append(runsCsv, header()), slots, listener)) {
            int position = 0;
            for (int run = shard.index(); run < plan.runs(); run += shard.count()) {
                if (done.get(run)) {
                    continue;
                }
                while (!slots.tryAcquire(1, TimeUnit.SECONDS)) {
                    writer.rethrow();
                }
                writer.rethrow();
                RunSpec spec = RunSpec.of(run, plan.reps(), plan.seed());
                String[] values = values(spec.point());
                int pos = position++;
                pool.execute(() -> {
                    try {
                        writer.accept(pos, spec, values, attempt(evaluator, spec, values));
                    } catch (VirtualMachineError e) {
                        writer.fatal(e);
                    }
                });
            }
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                writer.rethrow();
            }
            writer.rethrow();
            return new Tally(done.cardinality(), position, writer.failed);
        } finally {
            pool.shutdownNow();
        }
    }

    private Object attempt(Evaluator evaluator, RunSpec spec, String[] values) {
        try {
            double[] out = evaluator.evaluate(spec, values);
            if (out.length != outcomes.size()) {
                return new IllegalStateException("the run gave " + out.length + " outcomes, expected " + outcomes.size());
            }
            return out;
        } catch (Exception | StackOverflowError e) {
            return e;
        }
    }

    /**
     * Writes rows in position order; runs on whichever worker finishes a run. Closing it waits for
     * the row being written, and no row is written after.
     */
    private final class Writer implements java.io.Closeable {
        private final RunsCsv csv;
        private final Semaphore slots;
        private final Listener listener;
        private final Map<Integer, Object[]> waiting = new HashMap<>();
        private int next;
        private int failed;
        private volatile IOException error;
        private volatile VirtualMachineError fatal;
        private boolean closed;

        Writer(RunsCsv csv, Semaphore slots, Listener listener) {
            this.csv = csv;
            this.slots = slots;
            this.listener = listener;
        }

        synchronized void accept(int position, RunSpec spec, String[] values, Object result) {
            waiting.put(position, new Object[] {spec, values, result});
            Object[] row;
            while (!closed && error == null && fatal == null && (row = waiting.remove(next)) != null) {
                RunSpec s = (RunSpec) row[0];
                boolean ok = row[2] instanceof double[];
                try {
                    if (ok) {
                        csv.write(s, RunsCsv.OK, "", (String[]) row[1], (double[]) row[2]);
                    } else {
                        Throwable t = (Throwable) row[2];
                        csv.write(s, RunsCsv.FAILED, t.getClass().getSimpleName() + ": " + t.getMessage(),
                                (String[]) row[1], missing());
                        failed++;
                    }
                } catch (IOException e) {
                    error = e;
                    slots.release(waiting.size() + 1);
                    return;
                }
                next++;
                slots.release();
                listener.written(s, ok);
            }
        }

        private double[] missing() {
            double[] nan = new double[outcomes.size()];
            java.util.Arrays.fill(nan, Double.NaN);
            return nan;
        }

        @Override
        public synchronized void close() throws IOException {
            closed = true;
            csv.close();
        }

        /** A run's fatal error: no more rows are written, and the sweep ends with it. */
        void fatal(VirtualMachineError e) {
            if (fatal == null) {
                fatal = e;
            }
            slots.release(Integer.MAX_VALUE / 2);
        }

        void rethrow() throws IOException {
            if (fatal != null) {
                throw fatal;
            }
            if (error != null) {
                throw error;
            }
        }
    }
}
