package org.durand.experiment;

import org.durand.scenario.Target;

/**
 * A target beside the model's replicate statistics for it.
 *
 * @param target the observed figure
 * @param model  statistics of the model's value across replicates
 */
public record TargetResult(Target target, ReplicateStatistics model) {

    /**
     * (model mean − observed) / observed: dimensionless, 0 when the mean hits the target, +0.1 for
     * 10% above. NaN when the model mean is NaN (a target the runs cannot measure); infinite when
     * the observed value is 0.
     */
    public double relativeError() {
        return (model.mean() - target.observed()) / target.observed();
    }

    /** Whether the model mean falls within the target's tolerance [low, high], bounds included; false for NaN. */
    public boolean within() {
        return model.mean() >= target.low() && model.mean() <= target.high();
    }
}
