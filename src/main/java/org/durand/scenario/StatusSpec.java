package org.durand.scenario;

import java.io.Serializable;

/**
 * A legal status of refugees in the host country (PoR card, ACC card, undocumented).
 *
 * @param name            display name
 * @param persons         persons holding this status at the start
 * @param yearsMin        fewest years in the host country among them
 * @param yearsMean       mean years in the host country
 * @param livelihoodShare share of households with a stable livelihood, 0–1
 */
public record StatusSpec(String name, long persons, double yearsMin, double yearsMean,
        double livelihoodShare) implements Serializable {
}
