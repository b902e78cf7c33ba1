package org.durand.scenario;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The refugee population at the start: stock by legal status and where households live.
 *
 * @param householdSizeMean mean persons per household
 * @param statuses          legal statuses by id, in file order
 * @param provinces         share of households in each province (sums to 1)
 */
public record RefugeeSpec(double householdSizeMean, Map<String, StatusSpec> statuses, Map<String,
        Double> provinces) implements Serializable {

    public RefugeeSpec {
        statuses = Collections.unmodifiableMap(new LinkedHashMap<>(statuses));
        provinces = Collections.unmodifiableMap(new LinkedHashMap<>(provinces));
    }

    /** Persons of every status together. */
    public long totalPersons() {
        return statuses.values().stream().mapToLong(StatusSpec::persons).sum();
    }
}
