package org.durand.experiment.sweep;

import java.util.ArrayList;
import java.util.List;

import org.durand.experiment.Replicates;
import org.durand.scenario.Scenario;
import org.durand.scenario.ScenarioException;
import org.durand.scenario.ScenarioReader;

/**
 * Runs the model at a sweep point: reads the plan's scenario with its overrides and the point's
 * values as {@code --set} overrides (validated like any input), runs one replicate with the run's
 * seed and keeps the outcomes. A point whose values make the scenario invalid fails with the
 * reader's message.
 */
public final class ModelEvaluator implements SweepRunner.Evaluator {

    private final SweepPlan plan;
    private final Outcomes outcomes;

    /** An evaluator of {@code plan}'s runs keeping {@code outcomes}. */
    public ModelEvaluator(SweepPlan plan, Outcomes outcomes) {
        this.plan = plan;
        this.outcomes = outcomes;
    }

    /** The scenario at a point with the given varied values. */
    public Scenario scenario(String[] values) throws ScenarioException {
        List<String> sets = new ArrayList<>(plan.overrides());
        for (int d = 0; d < values.length; d++) {
            sets.add(plan.varied().get(d).path() + "=" + values[d]);
        }
        return ScenarioReader.read(plan.scenario(), sets);
    }

    @Override
    public double[] evaluate(RunSpec run, String[] values) throws ScenarioException {
        Scenario s = scenario(values);
        return outcomes.evaluate(Replicates.runOne(s, run.rep(), run.seed(), false).series());
    }
}
