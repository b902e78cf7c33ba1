package org.durand.scenario;

import java.io.Serializable;

/**
 * Definition of the tension index: 100·σ((H − C)/scale + trustWeight·(1 − 2·meanTrust) − offset),
 * where H and C are hostile and cooperative event intensity (|Goldstein| × magnitude) decayed
 * with {@code halfLifeDays}; H starts at {@code initialHostile} (the decayed intensity of the events
 * before the start), so the index does not begin cold.
 */
public record TensionSpec(double halfLifeDays, double scale, double trustWeight, double offset,
        double initialHostile) implements Serializable {
}
