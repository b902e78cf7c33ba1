package org.durand.scenario;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A phase of the host's repatriation policy. A phase lasts until the next one starts.
 *
 * @param id             short name
 * @param start          first day of the phase, when enforcement begins
 * @param targets        ids of the legal statuses it targets for deportation
 * @param capacityPerDay enforcement capacity, persons deported per day at zero pressure
 * @param announced      day its deadline is announced, on or before {@code deadline} (the start when
 *                       not stated): from then the households it will target fear it (ODD §7.10)
 * @param deadline       last day to leave before enforcement, on or before {@code start} (the day
 *                       before the start when not stated): their fear rises toward it
 */
public record PolicyPhase(String id, LocalDate start, List<String> targets,
        double capacityPerDay, LocalDate announced, LocalDate deadline) implements Serializable {

    public PolicyPhase {
        targets = List.copyOf(targets);
    }

    /** A phase announced the day it starts, without a deadline before it. */
    public PolicyPhase(String id, LocalDate start, List<String> targets, double capacityPerDay) {
        this(id, start, targets, capacityPerDay, start, start.minusDays(1));
    }

    /** Whether the deadline was announced before enforcement began. */
    public boolean announcedAhead() {
        return announced.isBefore(start);
    }
}
