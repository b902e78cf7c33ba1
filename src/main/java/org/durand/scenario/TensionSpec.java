package org.durand.scenario;

import java.io.Serializable;

/**
 * Definition of the tension index: 100 / (1 + exp(D / scale)), where D is the signed Goldstein
 * intensity of the events between the two governments (weight × magnitude, cooperative positive,
 * hostile negative) decayed with {@code halfLifeDays}. It is 50 when hostile and cooperative
 * intensity balance, and a transform of the {@code goldstein_sum} series alone.
 *
 * @param halfLifeDays half-life of event intensity, days
 * @param scale        decayed intensity, in Goldstein units, that moves the index's logit by one
 */
public record TensionSpec(double halfLifeDays, double scale) implements Serializable {
}
