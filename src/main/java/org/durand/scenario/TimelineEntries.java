package org.durand.scenario;

import static org.durand.scenario.TimelineParameters.CROSSING;
import static org.durand.scenario.TimelineParameters.GROUP;
import static org.durand.scenario.TimelineParameters.OUTCOME;
import static org.durand.scenario.TimelineParameters.PROVINCE;
import static org.durand.scenario.TimelineParameters.SET_PARAMETER;
import static org.durand.scenario.TimelineParameters.SET_VALUE;
import static org.durand.scenario.TimelineParameters.TARGET;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The keys of a timeline entry that depend on its type (which crossing, group, province or
 * parameter it names), and the scenarios that {@code set} entries switch to.
 */
final class TimelineEntries {

    private TimelineEntries() {
    }

    /** What an entry names besides its date, type and actor. */
    record Read(String subject, String province, boolean onSecurity, boolean failed, String value) {
    }

    /** Reads and checks the keys {@code type} needs; the others keep their fallbacks. */
    static Read subject(Section s, String type, Map<String, String> provinces, Map<String, GroupSpec> groups,
                        Map<String, Crossing> crossings) {
        String subject = "";
        String province = "";
        boolean onSecurity = false;
        boolean failed = false;
        String value = "";
        switch (type) {
            case "closure" -> {
                subject = s.reference(CROSSING, crossings.keySet());
                if (subject.isEmpty()) {
                    s.problemAtKey("crossing", "", "is missing; a closure names the crossing it closes ("
                            + Section.listOrNone(crossings.keySet()) + ")");
                }
            }
            case "reopen" -> subject = s.reference(CROSSING, crossings.keySet());
            case "strike", "interdiction" -> subject = s.reference(GROUP, groups.keySet());
            case "attack" -> {
                subject = required(s, "group", s.reference(GROUP, groups.keySet()), groups.keySet());
                province = required(s, "province", s.reference(PROVINCE, provinces.keySet()), provinces.keySet());
                onSecurity = s.choice(TARGET).equals("security");
            }
            case "talks" -> failed = s.has("outcome") && s.choice(OUTCOME).equals("failed");
            case "set" -> {
                subject = s.text(SET_PARAMETER);
                value = s.text(SET_VALUE);
                checkSetting(s, subject, value);
            }
            default -> {
                // visits, agreements, clashes, accusations, threats and ceasefires name nothing more
            }
        }
        return new Read(subject, province, onSecurity, failed, value);
    }

    private static String required(Section s, String key, String v, java.util.Set<String> allowed) {
        if (v.isEmpty()) {
            s.problemAtKey(key, "", "is missing; allowed: " + Section.listOrNone(allowed));
        }
        return v;
    }

    /** A {@code set} names a parameter that may change during a run, and a value within its range. */
    private static void checkSetting(Section s, String path, String value) {
        var entry = ParameterRegistry.find(path);
        if (entry.isEmpty() || path.startsWith("timeline.")) {
            s.problemAtKey("parameter", path, "names no parameter a run can change" + ParameterRegistry.suggestion(path)
                    + "; 'durand params SCENARIO' lists them (column LIVE)");
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
            if (!(v >= p.min() && v <= p.max()) || p.kind() == Parameter.Kind.INTEGER && v != Math.rint(v)) {
                s.problemAtKey("value", value, "out of range for " + path + ": allowed " + p.range());
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
    private static Scenario switchedTo(Path file, List<String> applied, TimelineEntry e, String assignment)
            throws ScenarioException {
        try {
            return ScenarioReader.readWithoutSettings(file, applied);
        } catch (ScenarioException ex) {
            String typed = "--set " + assignment;
            throw new ScenarioException(ex.problems().stream()
                    .map(p -> !p.where().equals(typed) ? p : new Problem(file + " (timeline entry '" + e.id() + "')",
                            "timeline." + e.id() + ".value", e.value(), "sets " + e.subject() + " from " + e.date()
                                    + ", and the scenario it switches to is invalid: " + p.message()))
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
            if (e.type().equals("set")) {
                String assignment = e.subject() + "=" + e.value();
                applied.add(assignment);
                timeline.add(e.withSetting(switchedTo(file, applied, e, assignment)));
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
