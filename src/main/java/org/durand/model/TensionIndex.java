package org.durand.model;

import org.durand.scenario.TensionSpec;

/**
 * The tension index, 0–100: 100·σ((H − C)/scale + trustWeight·(1 − 2·T̄) − offset), where H and C
 * are the hostile and cooperative intensity of bilateral events (|Goldstein weight| × magnitude)
 * decayed with a half-life, and T̄ is mean mutual trust. It rises with hostility, falls with
 * cooperation and trust, and is an output only: no agent reads it.
 */
public final class TensionIndex implements java.io.Serializable {

    private static final long serialVersionUID = 1L;


    private TensionSpec spec;
    private double decay;
    private double hostile;
    private double cooperative;
    private double value;

    TensionIndex(TensionSpec spec) {
        this.spec = spec;
        this.decay = Math.pow(0.5, 1.0 / spec.halfLifeDays());
        this.hostile = spec.initialHostile();
    }

    /** New definition (a live change); the event intensity accumulated so far is kept. */
    void renew(TensionSpec next) {
        spec = next;
        decay = Math.pow(0.5, 1.0 / next.halfLifeDays());
    }

    void addHostile(double units) {
        hostile += units;
    }

    void addCooperative(double units) {
        cooperative += units;
    }

    /** Computes today's value from today's events and trust, then decays for tomorrow. */
    void update(double meanTrust) {
        double x = (hostile - cooperative) / spec.scale() + spec.trustWeight() * (1 - 2 * meanTrust) - spec.offset();
        value = 100 / (1 + Math.exp(-x));
        hostile *= decay;
        cooperative *= decay;
    }

    /** Today's index, 0–100. */
    public double value() {
        return value;
    }
}
