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

    // ---- the tension index: 100 / (1 + exp(D / scale)), D the decayed signed Goldstein intensity ----
    public static final Parameter TENSION_HALF_LIFE = number("tension.halfLifeDays", "days", 1, 3650, null, true,
            "half-life of event intensity in the tension index", "at least a day, at most ten years");
    public static final Parameter TENSION_SCALE = number("tension.scale", "Goldstein units", 1e-6, BIG, null, true,
            "decayed net intensity that moves the index's logit by one", "positive (it divides)");

    // ---- timeline entries --------------------------------------------------------------------
    public static final Parameter ENABLED = flag("timeline.*.enabled", "true", false,
            "false leaves the entry out (to run a counterfactual without it)");
    public static final Parameter DATE = date("timeline.*.date", null, false,
            "the day it happens (the first day, when repeated)");
    public static final Parameter TYPE = choice("timeline.*.type", TimelineKind.ids(), "what happens");
    public static final Parameter ACTOR = choice("timeline.*.actor", List.of("host", "haven"),
            "which government acts (for an attack or communal violence: host, on whose soil it happens)");
    public static final Parameter CROSSING = reference("timeline.*.crossing",
            "the crossing closed or reopened (closures; reopens, where leaving it out reopens every crossing)");
    public static final Parameter GROUP = reference("timeline.*.group", "whose bases are struck, whose equipment is "
            + "interdicted (all haven-based groups when left out), or who attacks (pinned attacks)");
    public static final Parameter MAGNITUDE = number("timeline.*.magnitude", "× typical event", 0, 100, "1", false,
            "size relative to a typical event of its kind", "1 (typical) when not stated");
    public static final Parameter DAYS = whole("timeline.*.days", "days", 0, 3650, "0", false,
            "how long a closure or a ceasefire lasts; a closure without it lasts until a reopen",
            "0 (until further notice) when not stated; ten years at most");
    public static final Parameter SHARE = number("timeline.*.share", "0–1", 0, 1, "0", false,
            "share of the remaining advanced equipment removed (interdictions)", "a share; 0 when not stated");
    public static final Parameter TRADE_MULTIPLIER = number("timeline.*.tradeMultiplier", "×", 0, 10, "1", false,
            "factor on bilateral trade from this day on (agreements)", "1 (no change) when not stated");
    public static final Parameter ATTACK_FACTOR = number("timeline.*.attackFactor", "×", 0, 1, "1", false,
            "factor on militant attack rates while a ceasefire holds", "1 (no change) when not stated; a ceasefire "
            + "never raises attack rates");
    public static final Parameter TEMPO = number("timeline.*.tempo", "× reference count", 0, 100, "1", false,
            "operations entries: the count of operations from that day, × the reference count (governments.*.opsTempo)",
            "the same range as governments.*.opsTempo");
    public static final Parameter PROVINCE = reference("timeline.*.province",
            "province where a pinned attack or communal violence happens");
    public static final Parameter DEATHS = whole("timeline.*.deaths", "deaths", 0, 10_000, "0", false,
            "people killed in a pinned attack (victims and attackers as the record gives them) or in communal violence",
            "a head count; ten thousand is beyond any single attack");
    public static final Parameter TARGET = ParameterRegistry.choice("timeline.*.target",
            List.of("security", "civilian"), "whom a pinned attack struck");
    public static final Parameter OUTCOME = ParameterRegistry.choice("timeline.*.outcome", List.of("held", "failed"),
            "whether talks were held or failed (failed talks count as a rejection, CAMEO 120)");
    public static final Parameter SET_PARAMETER = text("timeline.*.parameter", "",
            "the parameter a 'set' entry changes from its date on (a dotted path that may change during a run)");
    public static final Parameter SET_VALUE = text("timeline.*.value", "", "the value a 'set' entry gives it");
    public static final Parameter EVERY = whole("timeline.*.every", "days", 0, 3650, "0", false,
            "repeat every this many days; 0 = once", "0 (once) when not stated");
    public static final Parameter UNTIL = date("timeline.*.until", "", false,
            "last day a repetition may fall on (the calendar's end when repeated and not stated)");
    public static final Parameter NOTE = text("timeline.*.note", "", "what happened and where it is reported");

    /** Every entry of this class, in file order. */
    static List<Parameter> all() {
        return List.of(TENSION_HALF_LIFE, TENSION_SCALE, ENABLED, DATE, TYPE, ACTOR, CROSSING, GROUP, MAGNITUDE, DAYS,
                SHARE, TRADE_MULTIPLIER, ATTACK_FACTOR, TEMPO, PROVINCE, DEATHS, TARGET, OUTCOME, SET_PARAMETER, SET_VALUE,
                EVERY, UNTIL, NOTE);
    }
}
