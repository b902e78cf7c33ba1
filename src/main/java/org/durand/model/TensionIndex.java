package org.durand.model;

import org.durand.scenario.TensionSpec;

/**
 * The tension index, 0–100: 100 / (1 + exp(D / scale)), where D is the signed Goldstein intensity
 * of the events between the two governments (weight × magnitude: cooperative positive, hostile
 * negative) decayed with a half-life. It is 50 when hostile and cooperative intensity balance,
 * rises with hostility and falls with cooperation, and is a transform of the event series alone
 * (the monthly {@code goldstein_sum}), so it stays comparable across scenarios. No agent reads it.
 */
public final class TensionIndex implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private TensionSpec spec;
    private double decay;
    private double intensity;
    private double value = 50;

    TensionIndex(TensionSpec spec) {
        renew(spec);
    }

    /** A new definition from a scenario switched to during the run; the decayed intensity stays. */
    void renew(TensionSpec newSpec) {
        this.spec = newSpec;
        this.decay = Math.pow(0.5, 1.0 / newSpec.halfLifeDays());
    }

    /** An event between the governments: signed Goldstein weight × magnitude. */
    void add(double signedUnits) {
        intensity += signedUnits;
    }

    /** Computes today's value from the decayed intensity including today's events, then decays it for tomorrow. */
    void update() {
        value = 100 / (1 + Math.exp(intensity / spec.scale()));
        intensity *= decay;
    }

    /** Today's index, 0–100. */
    public double value() {
        return value;
    }

    /** The decayed signed intensity D, Goldstein units. */
    public double intensity() {
        return intensity;
    }
}
