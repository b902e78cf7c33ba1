package org.durand.calibrate;

import java.util.ArrayList;
import java.util.List;

import org.durand.experiment.Replicates;
import org.durand.experiment.RunResult;
import org.durand.experiment.Seeds;
import org.durand.experiment.TargetEvaluator;
import org.durand.experiment.TargetResult;
import org.durand.scenario.Scenario;
import org.durand.scenario.ScenarioException;
import org.durand.scenario.Target;

/**
 * The model as ABC sees it ({@link AbcSmc.Simulator}): at a parameter set, reads the scenario with
 * the values as overrides, runs {@code reps} replicates on the calling thread with seeds derived
 * from the simulation's seed, and measures the distance of the replicate means from the targets
 * ({@link Misfit#distance}).
 */
public final class TargetSimulator implements AbcSmc.Simulator {

    /** Reads the scenario at a parameter set. */
    @FunctionalInterface
    public interface ScenarioAt {
        /**
         * @param values one value per fitted parameter, in its own unit
         * @throws ScenarioException when the values make the scenario invalid
         */
        Scenario at(double[] values) throws ScenarioException;
    }

    private final ScenarioAt scenarioAt;
    private final List<Target> targets;
    private final int reps;

    /**
     * @param scenarioAt the scenario at a parameter set
     * @param targets    the targets fitted to; those the scenario does not cover are ignored
     * @param reps       replicates per simulation, ≥ 1 (their mean is compared with the targets)
     * @throws IllegalArgumentException if {@code reps} is below 1
     */
    public TargetSimulator(ScenarioAt scenarioAt, List<Target> targets, int reps) {
        if (reps < 1) {
            throw new IllegalArgumentException("at least one replicate per simulation, got " + reps);
        }
        this.scenarioAt = scenarioAt;
        this.targets = List.copyOf(targets);
        this.reps = reps;
    }

    /**
     * {@inheritDoc}
     *
     * @return the distance and, as summaries, the replicate mean of each applicable target in order
     * @throws ScenarioException when the values make the scenario invalid
     */
    @Override
    public AbcSmc.Simulation simulate(double[] values, long seed) throws ScenarioException {
        Scenario scenario = scenarioAt.at(values);
        List<RunResult> runs = new ArrayList<>();
        for (int r = 0; r < reps; r++) {
            runs.add(Replicates.runOne(scenario, r, Seeds.forReplicate(seed, r), false));
        }
        List<TargetResult> results = TargetEvaluator.evaluate(targets, scenario, runs);
        return new AbcSmc.Simulation(Misfit.distance(results),
                results.stream().mapToDouble(t -> t.model().mean()).toArray());
    }
}
