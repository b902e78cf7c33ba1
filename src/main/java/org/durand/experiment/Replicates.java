package org.durand.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

import org.durand.model.TensionModel;
import org.durand.observe.EventLog;
import org.durand.observe.MetricSet;
import org.durand.observe.MonthlyRecorder;
import org.durand.scenario.Scenario;

/**
 * Runs replicates of a scenario, in parallel when asked. Each replicate owns its model and
 * generator, seeded from (base seed, index), so results do not depend on the thread count; they
 * come back in replicate order.
 */
public final class Replicates {

    private Replicates() {
    }

    /**
     * Told how a replicate advances, so a command can show progress within long replicates; called
     * on the replicate's own thread (the model itself does no I/O).
     */
    public interface Steps {
        /** Nothing to be told. */
        Steps NONE = new Steps() {
        };

        /** Replicate {@code rep} starts building its agents (the refugee population above all). */
        default void building(int rep) {
        }

        /** Replicate {@code rep} has simulated {@code days} days (1 to the scenario's length). */
        default void day(int rep, int days) {
        }
    }

    /** Runs one replicate to the end. */
    public static RunResult runOne(Scenario scenario, int rep, long seed, boolean keepEvents) {
        return runOne(scenario, rep, seed, keepEvents, Steps.NONE);
    }

    /**
     * Runs one replicate to the end, telling {@code steps} when it builds its agents and after each
     * simulated day. Steps the model's schedule as {@link TensionModel#runToEnd()} does, so the
     * result is the same.
     */
    public static RunResult runOne(Scenario scenario, int rep, long seed, boolean keepEvents, Steps steps) {
        TensionModel model = new TensionModel(seed, scenario);
        EventLog events = new EventLog();
        if (keepEvents) {
            model.setEventListener(events);
        }
        steps.building(rep);
        model.start();
        MonthlyRecorder recorder = new MonthlyRecorder(MetricSet.of(scenario), model);
        model.attach(recorder);
        model.runToEnd(day -> steps.day(rep, day));
        return new RunResult(rep, seed, recorder.series(), events.events());
    }

    /**
     * Runs replicates 0..reps-1 on {@code threads} threads.
     *
     * @param onDone called with the replicate index as each one finishes (any thread)
     */
    public static List<RunResult> run(Scenario scenario, int reps, long baseSeed, int threads, boolean keepEvents,
                                      IntConsumer onDone) {
        return execute(scenario, reps, baseSeed, threads, keepEvents, keepEvents, r -> onDone.accept(r.rep()),
                Steps.NONE);
    }

    /**
     * Runs replicates 0..reps-1 on {@code threads} threads, handing each whole result, events
     * included, to {@code whenDone} as soon as it finishes (on its worker thread, in any order), so
     * event logs can be streamed to disk; the returned results, in replicate order, hold no
     * events, so memory does not grow with the event logs.
     */
    public static List<RunResult> stream(Scenario scenario, int reps, long baseSeed, int threads,
                                         Consumer<RunResult> whenDone) {
        return stream(scenario, reps, baseSeed, threads, whenDone, Steps.NONE);
    }

    /** As {@link #stream(Scenario, int, long, int, Consumer)}, telling {@code steps} how each replicate advances. */
    public static List<RunResult> stream(Scenario scenario, int reps, long baseSeed, int threads,
                                         Consumer<RunResult> whenDone, Steps steps) {
        return execute(scenario, reps, baseSeed, threads, true, false, whenDone, steps);
    }

    /**
     * As {@link #stream(Scenario, int, long, int, Consumer, Steps)} with a scenario per replicate:
     * replicate r runs {@code scenarioOf.apply(r)} (for example the scenario at the parameter set r
     * draws from a posterior, {@link ParameterDraws}) with the same seed it would have otherwise.
     *
     * @param scenarioOf the scenario of each replicate index, called on the replicate's own thread
     */
    public static List<RunResult> stream(IntFunction<Scenario> scenarioOf, int reps, long baseSeed, int threads,
                                         Consumer<RunResult> whenDone, Steps steps) {
        return execute(scenarioOf, reps, baseSeed, threads, true, false, whenDone, steps);
    }

    /** As {@link #run(Scenario, int, long, int, boolean, IntConsumer)} with a scenario per replicate. */
    public static List<RunResult> run(IntFunction<Scenario> scenarioOf, int reps, long baseSeed, int threads) {
        return execute(scenarioOf, reps, baseSeed, threads, false, false, r -> { }, Steps.NONE);
    }

    private static List<RunResult> execute(Scenario scenario, int reps, long baseSeed, int threads, boolean record,
                                           boolean keepEvents, Consumer<RunResult> whenDone, Steps steps) {
        return execute(r -> scenario, reps, baseSeed, threads, record, keepEvents, whenDone, steps);
    }

    private static List<RunResult> execute(IntFunction<Scenario> scenarioOf, int reps, long baseSeed, int threads,
                                           boolean record, boolean keepEvents, Consumer<RunResult> whenDone,
                                           Steps steps) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, reps)), r -> {
            Thread t = new Thread(r, "durand-replicate");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<RunResult>> futures = new ArrayList<>();
            for (int rep = 0; rep < reps; rep++) {
                int r = rep;
                futures.add(pool.submit(() -> {
                    RunResult result = runOne(scenarioOf.apply(r), r, Seeds.forReplicate(baseSeed, r), record, steps);
                    whenDone.accept(result);
                    return keepEvents ? result : new RunResult(r, result.seed(), result.series(), List.of(), result.draw());
                }));
            }
            List<RunResult> out = new ArrayList<>();
            for (Future<RunResult> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running replicates", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a replicate failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
