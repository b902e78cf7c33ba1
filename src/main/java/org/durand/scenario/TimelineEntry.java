package org.durand.scenario;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An event pinned to a date by the scenario (history replayed, or a counterfactual), optionally
 * repeated every {@code everyDays} until {@code until}.
 *
 * @param id             short name
 * @param date           first day it happens
 * @param type           what happens (see {@link #TYPES})
 * @param actor          "host" or "haven": who acts
 * @param subject        crossing id (closure) or group id (strike), else empty
 * @param magnitude      size relative to a typical event of its kind (1 = typical)
 * @param days           closure length in days (closures only)
 * @param share          share of remaining advanced equipment removed (interdiction only)
 * @param tradeMultiplier factor on trade from this day on (agreements only; 1 = none)
 * @param everyDays      repeat interval in days, 0 = once
 * @param until          last day a repetition may fall on
 * @param note           what happened, with its source
 */
public record TimelineEntry(
        String id,
        LocalDate date,
        String type,
        String actor,
        String subject,
        double magnitude,
        int days,
        double share,
        double tradeMultiplier,
        int everyDays,
        LocalDate until,
        String note) implements Serializable {

    /** The event types a timeline may pin. */
    public static final java.util.List<String> TYPES = java.util.List.of(
            "visit", "talks", "agreement", "closure", "strike", "clash", "accusation", "threat", "interdiction");
}
