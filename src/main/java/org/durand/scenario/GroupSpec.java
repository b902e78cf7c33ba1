package org.durand.scenario;

import java.io.Serializable;
import java.util.Map;

/**
 * A militant group: its strength, where it fights, whether it has a haven across the border and
 * how well armed it is.
 *
 * @param name                display name
 * @param fighters            fighters at the start
 * @param cellSize            fighters per cell (the acting unit)
 * @param haven               whether the haven government hosts it (its restraint then matters)
 * @param equipmentShare      share of fighters with advanced (left-behind) equipment, 0–1
 * @param attacksPerCellYear  attacks per full-strength cell per year with a fully closed haven
 * @param securityTargetShare share of attacks aimed at security forces (rest at civilians)
 * @param recruitmentPerYear  recruits per fighter per year, before haven effects and the pool's limit
 * @param recruitmentPool     fighters the group's recruitment base can sustain: recruitment × (1 − fighters/pool)
 * @param provinces           share of the group's cells in each province (sums to 1)
 */
public record GroupSpec(
        String name,
        int fighters,
        int cellSize,
        boolean haven,
        double equipmentShare,
        double attacksPerCellYear,
        double securityTargetShare,
        double recruitmentPerYear,
        int recruitmentPool,
        Map<String, Double> provinces) implements Serializable {

    public GroupSpec {
        provinces = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(provinces));   // file order
    }
}
