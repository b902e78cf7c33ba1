package org.durand.scenario;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A phase of the host's repatriation policy. A phase lasts until the next one starts.
 *
 * @param id             short name
 * @param start          first day of the phase
 * @param targets        ids of the legal statuses it targets for deportation
 * @param capacityPerDay enforcement capacity, persons deported per day at zero pressure
 */
public record PolicyPhase(String id, LocalDate start, List<String> targets,
        double capacityPerDay) implements Serializable {

    public PolicyPhase {
        targets = List.copyOf(targets);
    }
}
