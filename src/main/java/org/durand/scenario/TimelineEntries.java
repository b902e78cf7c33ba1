package org.durand.scenario;

import static org.durand.scenario.TimelineParameters.ACTOR;
import static org.durand.scenario.TimelineParameters.ATTACK_FACTOR;
import static org.durand.scenario.TimelineParameters.CROSSING;
import static org.durand.scenario.TimelineParameters.DATE;
import static org.durand.scenario.TimelineParameters.DAYS;
import static org.durand.scenario.TimelineParameters.DEATHS;
import static org.durand.scenario.TimelineParameters.ENABLED;
import static org.durand.scenario.TimelineParameters.EVERY;
import static org.durand.scenario.TimelineParameters.GROUP;
import static org.durand.scenario.TimelineParameters.MAGNITUDE;
import static org.durand.scenario.TimelineParameters.NOTE;
import static org.durand.scenario.TimelineParameters.OUTCOME;
import static org.durand.scenario.TimelineParameters.PROVINCE;
import static org.durand.scenario.TimelineParameters.SET_PARAMETER;
import static org.durand.scenario.TimelineParameters.SET_VALUE;
import static org.durand.scenario.TimelineParameters.SHARE;
import static org.durand.scenario.TimelineParameters.TARGET;
import static org.durand.scenario.TimelineParameters.TEMPO;
import static org.durand.scenario.TimelineParameters.TRADE_MULTIPLIER;
import static org.durand.scenario.TimelineParameters.TYPE;
import static org.durand.scenario.TimelineParameters.UNTIL;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Reads a scenario's timeline: for each entry the keys every entry has, the keys its kind names
 * (which crossing, group, province or parameter), and the {@link TimelineAction} record of its
 * kind; then the scenarios that {@code set} entries switch to. An unknown kind is refused here,
 * with its file and line, so the model never meets one.
 */
final class TimelineEntries {

    private TimelineEntries() {
    }

    /** What an entry names besides its date, kind and actor (empty or false when its kind names nothing). */
    private record Named(String subject, String province, boolean onSecurity, boolean failed, String value) {
        static final Named NOTHING = new Named("", "", false, false, "");

        static Named subject(String subject) {
            return new Named(subject, "", false, false, "");
        }
    }

    /**
     * The enabled entries under {@code timeline}, by date. Every problem is recorded in the
     * sections' problem list with its file, line, key, value and what is allowed.
     *
     * @param start the calendar's first day: no entry may come before it (null when the calendar is
     *              wrong, so that its entries are not judged against it)
     * @param end   the calendar's last day: where repetitions stop when {@code until} is not given
     */
    static List<TimelineEntry> read(Section root, LocalDate start, LocalDate end, Map<String, String> provinces,
                                    Map<String, GroupSpec> groups, Map<String, Crossing> crossings) {
        List<TimelineEntry> out = new ArrayList<>();
        root.entries("timeline", false).forEach((id, s) -> {
            if (!s.bool(ENABLED)) {
                s.skip();
                return;
            }
            LocalDate date = s.date(DATE);
            boolean dateRead = !s.hasProblem("date");   // an unreadable date is reported once, not compared
            if (dateRead && start != null && date.isBefore(start)) {
                s.problemAtKey("date", date.toString(), "is before calendar.start (" + start
                        + "); entries after calendar.end are allowed and never happen");
            }
            String type = s.choice(TYPE);
            if (s.hasProblem(TYPE.key())) {
                s.skip();      // which keys an entry needs depends on its kind: they wait for a known one
                return;
            }
            TimelineKind kind = TimelineKind.byId(type).orElseThrow();   // TYPE allows the kinds' ids alone
            // violence on the host's soil and the host's operations need no actor: host is the only
            // one they can have; a set changes a parameter, whoever it belongs to
            boolean hostOnly = kind == TimelineKind.ATTACK || kind == TimelineKind.COMMUNAL
                    || kind == TimelineKind.OPERATIONS;
            String actor = (hostOnly || kind == TimelineKind.SET) && !s.has("actor") ? "host" : s.choice(ACTOR);
            if (hostOnly && actor.equals("haven")) {
                s.problemAtKey("actor", actor, switch (kind) {
                    case ATTACK -> "an attack is violence on the host's soil, so its actor is host (the model has no "
                            + "violence on the haven's soil but strikes and clashes)";
                    case COMMUNAL -> "communal violence is violence on the host's soil, so its actor is host (the "
                            + "model has no violence on the haven's soil but strikes and clashes)";
                    default -> "operations are the host's against the militants on its soil, so their actor is "
                            + "host (the haven runs none in the model: its groups have no soil of their own)";
                });
            }
            Named named = named(s, kind, provinces, groups, crossings);
            int every = s.integer(EVERY);
            // unwritten, a repetition runs to the calendar's end (none when the entry lies beyond it, or
            // when the calendar itself is wrong)
            LocalDate until = s.date(UNTIL, every > 0 && dateRead && start != null && end.isAfter(date) ? end : date);
            if (dateRead && !s.hasProblem("until") && until.isBefore(date)) {
                s.problemAtKey("until", until.toString(), "must not be before date (" + date + ")");
            }
            int days = s.integer(DAYS);
            if (kind == TimelineKind.CEASEFIRE && days == 0) {
                s.problemAtKey("days", "", "a ceasefire needs its length in days (1 to 3650)");
            }
            double magnitude = s.number(MAGNITUDE);
            double share = s.number(SHARE);
            double tradeMultiplier = s.number(TRADE_MULTIPLIER);
            double attackFactor = s.number(ATTACK_FACTOR);
            int deaths = s.integer(DEATHS);
            double tempo = s.number(TEMPO);
            if (kind == TimelineKind.OPERATIONS && !s.has("tempo") && !s.hasProblem("tempo")) {
                s.problemAtKey("tempo", "", "is missing; an operations entry gives the count of operations from its "
                        + "date, × the reference count (0 to 100)");
            }
            if (kind == TimelineKind.COMMUNAL && deaths == 0 && !s.hasProblem("deaths")) {
                s.problemAtKey("deaths", s.has("deaths") ? "0" : "", (s.has("deaths") ? "must be at least 1"
                        : "is missing") + "; communal violence is its dead (1 to 10000), an entry without them "
                        + "changes nothing");
            }
            TimelineAction action = switch (kind) {
                case VISIT -> new TimelineAction.Visit(actor, magnitude);
                case TALKS -> new TimelineAction.Talks(actor, magnitude, named.failed());
                case AGREEMENT -> new TimelineAction.Agreement(actor, magnitude, tradeMultiplier);
                case CLOSURE -> new TimelineAction.Closure(actor, named.subject(), days, magnitude);
                case REOPEN -> new TimelineAction.Reopen(actor, named.subject(), magnitude);
                case STRIKE -> new TimelineAction.Strike(actor, named.subject(), magnitude);
                case CLASH -> new TimelineAction.Clash(actor, magnitude);
                case ACCUSATION -> new TimelineAction.Accusation(actor, magnitude);
                case THREAT -> new TimelineAction.Threat(actor, magnitude);
                case INTERDICTION -> new TimelineAction.Interdiction(actor, named.subject(), share);
                case CEASEFIRE -> new TimelineAction.Ceasefire(actor, days, attackFactor, magnitude);
                case ATTACK -> new TimelineAction.Attack(named.subject(), named.province(), deaths, named.onSecurity());
                case COMMUNAL -> new TimelineAction.Communal(named.province(), deaths);
                case OPERATIONS -> new TimelineAction.Operations(actor, tempo);
                case SET -> new TimelineAction.SetParameter(named.subject(), named.value(), null);
            };
            out.add(new TimelineEntry(id, date, every, until, s.text(NOTE), action));
            s.done();
        });
        out.sort(Comparator.comparing(TimelineEntry::date));
        return out;
    }

    /** Reads and checks the keys {@code kind} needs to name what it acts on. */
    private static Named named(Section s, TimelineKind kind, Map<String, String> provinces,
                               Map<String, GroupSpec> groups, Map<String, Crossing> crossings) {
        return switch (kind) {
            case CLOSURE -> {
                String crossing = s.reference(CROSSING, crossings.keySet());
                if (crossing.isEmpty()) {
                    s.problemAtKey("crossing", "", "is missing; a closure names the crossing it closes ("
                            + Section.listOrNone(crossings.keySet()) + ")");
                }
                yield Named.subject(crossing);
            }
            case REOPEN -> Named.subject(s.reference(CROSSING, crossings.keySet()));
            case STRIKE, INTERDICTION -> Named.subject(s.reference(GROUP, groups.keySet()));
            case ATTACK -> {
                String group = required(s, "group", s.reference(GROUP, groups.keySet()), groups.keySet());
                String province = required(s, "province", s.reference(PROVINCE, provinces.keySet()),
                        provinces.keySet());
                yield new Named(group, province, s.choice(TARGET).equals("security"), false, "");
            }
            case COMMUNAL -> new Named("", required(s, "province", s.reference(PROVINCE, provinces.keySet()),
                    provinces.keySet()), false, false, "");
            case TALKS -> new Named("", "", false, s.has("outcome") && s.choice(OUTCOME).equals("failed"), "");
            case SET -> {
                String path = s.text(SET_PARAMETER);
                String value = s.text(SET_VALUE);
                checkSetting(s, path, value);
                yield new Named(path, "", false, false, value);
            }
            case VISIT, AGREEMENT, CLASH, ACCUSATION, THREAT, CEASEFIRE, OPERATIONS -> Named.NOTHING;
        };
    }

    private static String required(Section s, String key, String v, java.util.Set<String> allowed) {
        if (v.isEmpty() && !s.hasProblem(key)) {   // an empty or unknown value is reported where it is read
            s.problemAtKey(key, "", "is missing; allowed: " + Section.listOrNone(allowed));
        }
        return v;
    }

    /** A {@code set} names a parameter that may change during a run, and a value within its range. */
    private static void checkSetting(Section s, String path, String value) {
        if (path.isEmpty()) {
            if (!s.hasProblem("parameter")) {
                s.problemAtKey("parameter", "", "is missing; a set entry names the parameter it changes "
                        + "('durand params SCENARIO' lists those a run can change, column LIVE)");
            }
            return;
        }
        var entry = ParameterRegistry.find(path);
        if (entry.isEmpty() || path.startsWith("timeline.")) {
            String hint = path.startsWith("timeline.") ? "" : ParameterRegistry.suggestion(path);
            s.problemAtKey("parameter", path, "names no parameter a run can change" + hint
                    + "; 'durand params SCENARIO' lists them (column LIVE)"
                    + (path.startsWith("timeline.") ? "; the timeline's own entries are not parameters" : ""));
            return;
        }
        if (value.isEmpty()) {
            if (!s.hasProblem("value")) {
                s.problemAtKey("value", "", "is missing; a set entry gives " + path + " its new value: allowed "
                        + entry.get().range());
            }
            return;
        }
        Parameter p = entry.get();
        if (!p.live()) {
            s.problemAtKey("parameter", path, "shapes the initial state only, so it cannot change during a run; "
                    + "parameters with LIVE = yes in 'durand params' can");
            return;
        }
        if (p.numeric()) {
            if (!Section.plainNumber(value)) {
                s.problemAtKey("value", value, "must be a plain number (such as 12, 0.5 or 1e-3) for " + path
                        + ": allowed " + p.range());
                return;
            }
            double v = Double.parseDouble(value.trim());
            if (!(v >= p.min() && v <= p.max())) {
                s.problemAtKey("value", value, "out of range for " + path + ": allowed " + p.range());
            } else if (p.kind() == Parameter.Kind.INTEGER && v != Math.rint(v)) {
                s.problemAtKey("value", value, "must be a whole number for " + path + ": allowed " + p.range());
            }
        } else if (p.kind() == Parameter.Kind.BOOLEAN && !value.equals("true") && !value.equals("false")) {
            s.problemAtKey("value", value, "must be true or false for " + path);
        }
    }

    /**
     * The scenario a {@code set} entry switches to; a problem its value causes (one that only the
     * scenario as a whole can show, such as the excitation's stability bound) is laid at the
     * entry's door, not at a command-line {@code --set} the user never typed.
     */
    private static Scenario switchedTo(Path file, List<String> applied, TimelineEntry e,
                                       TimelineAction.SetParameter set) throws ScenarioException {
        try {
            return ScenarioReader.readWithoutSettings(file, applied);
        } catch (ScenarioException ex) {
            // the scenario read without the entry is valid, so every problem is the entry's doing:
            // laid at its door, with the value it clashes with where that is elsewhere
            String typed = "--set " + set.parameter() + "=" + set.value();
            String entry = file + " (timeline entry '" + e.id() + "')";
            String sets = "sets " + set.parameter() + " from " + e.date() + ", and the scenario it switches to is invalid: ";
            throw new ScenarioException(ex.problems().stream()
                    .map(p -> new Problem(entry, "timeline." + e.id() + ".value", set.value(),
                            sets + (p.where().equals(typed) ? p.message() : "it clashes with " + p.describe())))
                    .toList());
        }
    }

    /**
     * The timeline of {@code base} with every {@code set} entry carrying the scenario it switches
     * to: the file read again with the overrides and every {@code set} up to that entry applied.
     */
    static Scenario withSettings(Scenario base, Path file, List<String> overrides) throws ScenarioException {
        List<TimelineEntry> timeline = new ArrayList<>();
        List<String> applied = new ArrayList<>(overrides);
        boolean any = false;
        for (TimelineEntry e : base.timeline()) {
            if (e.action() instanceof TimelineAction.SetParameter set) {
                applied.add(set.parameter() + "=" + set.value());
                Scenario setting = switchedTo(file, applied, e, set);
                timeline.add(e.with(new TimelineAction.SetParameter(set.parameter(), set.value(), setting)));
                any = true;
            } else {
                timeline.add(e);
            }
        }
        return !any ? base : new Scenario(base.name(), base.description(), base.start(), base.end(),
                base.personsPerAgent(), base.provinces(), base.host(), base.haven(), base.groups(), base.refugees(),
                base.phases(), base.crossings(), timeline, base.behaviour(), base.tension(), base.targets(),
                base.parameters(), base.spinUpDays());
    }
}
