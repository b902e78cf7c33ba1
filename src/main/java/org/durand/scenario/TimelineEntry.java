package org.durand.scenario;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * An event pinned to a date by the scenario (history replayed, or a counterfactual), optionally
 * repeated every {@code everyDays} until {@code until}.
 *
 * @param id              short name
 * @param date            first day it happens
 * @param type            what happens (see {@link #TYPES})
 * @param actor           "host" or "haven": who acts
 * @param subject         crossing id (closure, reopen; empty = every crossing for a reopen), group id
 *                        (strike, interdiction, attack), or the registry path a {@code set} changes
 * @param magnitude       size relative to a typical event of its kind (1 = typical)
 * @param days            closure length in days, 0 = until a reopen ("until further notice");
 *                        ceasefire length in days
 * @param share           share of remaining advanced equipment removed (interdiction only)
 * @param tradeMultiplier factor on trade from this day on (agreements only; 1 = none)
 * @param attackFactor    factor on militant attack rates during a ceasefire (1 = none)
 * @param province        province of a pinned attack, else empty
 * @param deaths          deaths of a pinned attack, else 0
 * @param onSecurity      whether a pinned attack was aimed at security forces (else civilians)
 * @param failed          whether talks failed (they then count as a rejection, CAMEO 120)
 * @param value           the value a {@code set} gives its parameter, as written, else empty
 * @param setting         for a {@code set}: the scenario with every {@code set} up to this one applied,
 *                        whose live parameters the model takes from this day on; else null
 * @param everyDays       repeat interval in days, 0 = once
 * @param until           last day a repetition may fall on
 * @param note            what happened, with its source
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
        double attackFactor,
        String province,
        int deaths,
        boolean onSecurity,
        boolean failed,
        String value,
        Scenario setting,
        int everyDays,
        LocalDate until,
        String note) implements Serializable {

    /** The event types a timeline may pin. */
    public static final List<String> TYPES = List.of("visit", "talks", "agreement", "closure", "reopen", "strike",
            "clash", "accusation", "threat", "interdiction", "ceasefire", "attack", "set");

    /** This entry with {@code setting} attached (used by the reader for {@code set} entries). */
    TimelineEntry withSetting(Scenario s) {
        return new TimelineEntry(id, date, type, actor, subject, magnitude, days, share, tradeMultiplier, attackFactor,
                province, deaths, onSecurity, failed, value, s, everyDays, until, note);
    }
}
