package org.durand.calibrate;

import org.durand.experiment.ReplicateStatistics;
import org.durand.scenario.Target;

/**
 * A target beside the model's predictive distribution for it: one value per posterior draw, each
 * draw a parameter set from the posterior run once with its own seed (a posterior predictive check,
 * Gelman, Meng and Stern 1996, <i>Statistica Sinica</i> 6:733–807).
 *
 * @param target the observed figure
 * @param model  statistics over the draws; its p05–p95 is the 90% predictive interval
 * @param draws  the model's value at each draw, in draw order (NaN where it cannot be measured)
 * @param fitted whether the target was among those the posterior was fitted to
 */
public record Predictive(Target target, ReplicateStatistics model, double[] draws, boolean fitted) {

    public Predictive {
        draws = draws.clone();
    }

    /** The values per draw (a copy). */
    @Override
    public double[] draws() {
        return draws.clone();
    }

    /** Whether the observed value lies in the 90% predictive interval [p05, p95], bounds included. */
    public boolean within90() {
        return target.observed() >= model.p05() && target.observed() <= model.p95();
    }

    /**
     * The observed value's quantile in the predictive distribution: the share of draws at or below
     * it, 0–1 (the probability integral transform of the observation; near 0 or 1 when the observed
     * value lies in a tail of what the model predicts, uniform over many well-calibrated targets);
     * NaN without a measurable draw.
     */
    public double observedQuantile() {
        int n = 0;
        int below = 0;
        for (double d : draws) {
            if (!Double.isNaN(d)) {
                n++;
                below += d <= target.observed() ? 1 : 0;
            }
        }
        return n == 0 ? Double.NaN : below / (double) n;
    }

    /** (model mean − observed) / observed, as {@link org.durand.experiment.TargetResult#relativeError()}. */
    public double relativeError() {
        return (model.mean() - target.observed()) / target.observed();
    }
}
