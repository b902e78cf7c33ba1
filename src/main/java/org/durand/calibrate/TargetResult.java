package org.durand.calibrate;

import org.durand.experiment.ReplicateStatistics;
import org.durand.scenario.Target;

/**
 * A target beside the model's replicate statistics for it.
 *
 * @param target the observed figure
 * @param model  statistics of the model's value across replicates
 */
public record TargetResult(Target target, ReplicateStatistics model) {

    /** (model mean − observed) / observed. */
    public double relativeError() {
        return (model.mean() - target.observed()) / target.observed();
    }

    /** Whether the model mean falls within the target's tolerance. */
    public boolean within() {
        return model.mean() >= target.low() && model.mean() <= target.high();
    }
}
