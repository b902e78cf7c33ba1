package org.durand.scenario;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An event pinned to a date by the scenario (history replayed, or a counterfactual), optionally
 * repeated every {@code everyDays} until {@code until}: when it happens, and what happens.
 *
 * @param id        short name (the key under {@code timeline:})
 * @param date      first day it happens
 * @param everyDays repeat interval in days, 0 = once
 * @param until     last day a repetition may fall on ({@code date} when it happens once)
 * @param note      what happened, with its source
 * @param action    what happens, with the values of its kind
 */
public record TimelineEntry(String id, LocalDate date, int everyDays, LocalDate until, String note,
                            TimelineAction action) implements Serializable {

    /** The kind of what happens. */
    public TimelineKind kind() {
        return action.kind();
    }

    /** This entry doing {@code other} instead (the reader attaches a {@code set}'s scenario this way). */
    TimelineEntry with(TimelineAction other) {
        return new TimelineEntry(id, date, everyDays, until, note, other);
    }
}
