package org.durand.scenario;

import static org.durand.scenario.ParameterRegistry.choice;
import static org.durand.scenario.ParameterRegistry.date;
import static org.durand.scenario.ParameterRegistry.flag;
import static org.durand.scenario.ParameterRegistry.number;
import static org.durand.scenario.ParameterRegistry.reference;
import static org.durand.scenario.ParameterRegistry.text;
import static org.durand.scenario.ParameterRegistry.whole;

import java.util.List;

/**
 * Registry entries for the tension index and for the timeline's pinned events. A timeline entry
 * is written under an id of the user's choosing ({@code timeline.<id>.date}, ...).
 */
public final class TimelineParameters {

    private TimelineParameters() {
    }

    private static final double BIG = ScenarioParameters.BIG;

    // ---- the tension index: 100·σ((H − C)/scale + trustWeight·(1 − 2·mean trust) − offset) ----
    public static final Parameter TENSION_HALF_LIFE = number("tension.halfLifeDays", "days", 1, 3650, null, true,
            "half-life of event intensity in the tension index", "at least a day, at most ten years");
    public static final Parameter TENSION_SCALE = number("tension.scale", "Goldstein units", 1e-6, BIG, null, true,
            "net hostile intensity that moves the index's logit by one", "positive (it divides)");
    public static final Parameter TENSION_TRUST_WEIGHT = number("tension.trustWeight", "logit units", 0, 100, null, true,
            "how much low mutual trust raises the index", "not negative: distrust never lowers tension");
    public static final Parameter TENSION_OFFSET = number("tension.offset", "logit units", -100, 100, null, true,
            "shift of the index's logit", "beyond ±100 the index is pinned at 0 or 100");
    public static final Parameter TENSION_INITIAL = number("tension.initialHostile", "Goldstein units", 0, BIG, "0",
            false, "decayed hostile intensity of the events before the start",
            "not negative; 0 (a cold start) when not stated");

    // ---- timeline entries --------------------------------------------------------------------
    public static final Parameter ENABLED = flag("timeline.*.enabled", "true", false,
            "false leaves the entry out (to run a counterfactual without it)");
    public static final Parameter DATE = date("timeline.*.date", null, false,
            "the day it happens (the first day, when repeated)");
    public static final Parameter TYPE = choice("timeline.*.type", TimelineEntry.TYPES, "what happens");
    public static final Parameter ACTOR = choice("timeline.*.actor", List.of("host", "haven"), "which government acts");
    public static final Parameter CROSSING = reference("timeline.*.crossing", "the crossing closed (closures)");
    public static final Parameter GROUP = reference("timeline.*.group", "whose bases are struck or whose equipment is "
            + "interdicted (strikes and interdictions; all haven-based groups when left out)");
    public static final Parameter MAGNITUDE = number("timeline.*.magnitude", "× typical event", 0, 100, "1", false,
            "size relative to a typical event of its kind", "1 (typical) when not stated");
    public static final Parameter DAYS = whole("timeline.*.days", "days", 0, 3650, "1", false,
            "how long a closure lasts", "1 day when not stated; ten years at most");
    public static final Parameter SHARE = number("timeline.*.share", "0–1", 0, 1, "0", false,
            "share of the remaining advanced equipment removed (interdictions)", "a share; 0 when not stated");
    public static final Parameter TRADE_MULTIPLIER = number("timeline.*.tradeMultiplier", "×", 0, 10, "1", false,
            "factor on bilateral trade from this day on (agreements)", "1 (no change) when not stated");
    public static final Parameter EVERY = whole("timeline.*.every", "days", 0, 3650, "0", false,
            "repeat every this many days; 0 = once", "0 (once) when not stated");
    public static final Parameter UNTIL = date("timeline.*.until", "", false,
            "last day a repetition may fall on (the calendar's end when repeated and not stated)");
    public static final Parameter NOTE = text("timeline.*.note", "", "what happened and where it is reported");

    /** Every entry of this class, in file order. */
    static List<Parameter> all() {
        return List.of(TENSION_HALF_LIFE, TENSION_SCALE, TENSION_TRUST_WEIGHT, TENSION_OFFSET, TENSION_INITIAL,
                ENABLED, DATE, TYPE, ACTOR, CROSSING, GROUP, MAGNITUDE, DAYS, SHARE, TRADE_MULTIPLIER, EVERY, UNTIL,
                NOTE);
    }
}
