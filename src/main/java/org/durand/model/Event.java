package org.durand.model;

import java.time.LocalDate;

/**
 * One emitted event: who did what to whom, when, how big.
 *
 * @param date      the simulated day
 * @param actor     who acted (government or group name)
 * @param target    who it was aimed at
 * @param type      kind of event (gives CAMEO code and Goldstein weight)
 * @param magnitude size, dimensionless (1 = a typical single event; see {@link Magnitude})
 * @param province  host-side province where it happened, or empty
 */
public record Event(LocalDate date, String actor, String target, EventType type, double magnitude, String province)
        implements java.io.Serializable {
}
