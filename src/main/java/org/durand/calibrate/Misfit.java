package org.durand.calibrate;

import java.util.List;

import org.durand.experiment.TargetResult;

/**
 * How far runs miss their observed targets, as one number a fit minimises: the weighted squared
 * relative error of the replicate means (the objective of {@link Calibration}) and its root mean
 * square (the distance of {@link AbcSmc}). A target the runs cannot measure (no returns at all for
 * a deported share, so its model mean is NaN) counts as a relative error of {@value #UNMEASURABLE},
 * so a search moves away from such points.
 */
public final class Misfit {

    /** Relative error charged for a target the runs cannot measure. */
    static final double UNMEASURABLE = 1000;

    private Misfit() {
    }

    /**
     * Σ w·e² over the targets, e = (model mean − observed) / observed and w the target's weight:
     * dimensionless, ≥ 0, 0 when every mean hits its target.
     */
    public static double objective(List<TargetResult> results) {
        double sum = 0;
        for (TargetResult r : results) {
            double e = r.relativeError();
            sum += r.target().weight() * (Double.isNaN(e) ? UNMEASURABLE * UNMEASURABLE : e * e);
        }
        return sum;
    }

    /**
     * The weighted root mean square relative error, √(Σ w·e² / Σ w) (see {@link #objective}):
     * dimensionless, ≥ 0; 0.1 means the model misses the targets by about 10%. NaN without targets.
     */
    public static double distance(List<TargetResult> results) {
        double weights = results.stream().mapToDouble(r -> r.target().weight()).sum();
        return weights > 0 ? Math.sqrt(objective(results) / weights) : Double.NaN;
    }
}
