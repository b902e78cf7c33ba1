package org.durand.experiment.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.durand.experiment.Replicates;
import org.durand.scenario.Scenario;
import org.durand.scenario.ScenarioException;
import org.durand.scenario.ScenarioReader;

/**
 * Runs the model at a sweep point: reads the plan's scenario with its overrides and the point's
 * values as {@code --set} overrides (validated like any input), runs one replicate with the run's
 * seed and keeps the outcomes. A point whose values make the scenario invalid fails each of its
 * runs with the reader's message.
 *
 * <p>A point's scenario is read once and shared by its replicates (a {@link Scenario} is
 * immutable): reading and validating the file cost as much as a coarse run. The runner hands out
 * runs point by point, so the last {@value #POINTS_KEPT} points' scenarios are kept, which covers
 * every run in flight (at most four per thread) on up to 16 threads; a point read again after
 * being dropped is read to the same scenario. The evaluator is safe to call from many threads;
 * two threads needing the same point wait for one reading.
 */
public final class ModelEvaluator implements SweepRunner.Evaluator {

    /** Points whose scenarios are kept; the least recently used is dropped first. */
    static final int POINTS_KEPT = 64;

    private final SweepPlan plan;
    private final Outcomes outcomes;
    private final Map<Integer, FutureTask<Scenario>> kept = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, FutureTask<Scenario>> eldest) {
            return size() > POINTS_KEPT;
        }
    };
    private long reads;

    /** An evaluator of {@code plan}'s runs keeping {@code outcomes}. */
    public ModelEvaluator(SweepPlan plan, Outcomes outcomes) {
        this.plan = plan;
        this.outcomes = outcomes;
    }

    /**
     * The scenario at a point with the given varied values, read and validated now.
     *
     * @param values the varied parameters' values, in the plan's order, as written in {@code runs.csv}
     * @throws ScenarioException when the file, the plan's overrides or these values are invalid
     */
    public Scenario scenario(String[] values) throws ScenarioException {
        List<String> sets = new ArrayList<>(plan.overrides());
        for (int d = 0; d < values.length; d++) {
            sets.add(plan.varied().get(d).path() + "=" + values[d]);
        }
        synchronized (kept) {
            reads++;
        }
        return ScenarioReader.read(plan.scenario(), sets);
    }

    /** How many times a scenario has been read so far (for tests and diagnostics). */
    public long reads() {
        synchronized (kept) {
            return reads;
        }
    }

    /**
     * Runs {@code run} at its point's scenario.
     *
     * @return the outcomes in the order of the {@link Outcomes} given
     * @throws ScenarioException when the point's values make the scenario invalid
     */
    @Override
    public double[] evaluate(RunSpec run, String[] values) throws ScenarioException {
        Scenario s = scenarioAt(run.point(), values);
        return outcomes.evaluate(Replicates.runOne(s, run.rep(), run.seed(), false).series());
    }

    private Scenario scenarioAt(int point, String[] values) throws ScenarioException {
        FutureTask<Scenario> task;
        synchronized (kept) {
            task = kept.computeIfAbsent(point, p -> new FutureTask<>(() -> scenario(values)));
        }
        task.run();     // reads on the first call only; later calls return at once
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the scenario of point " + point, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ScenarioException se) {
                throw se;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
