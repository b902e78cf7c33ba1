package org.durand.scenario;

import static org.durand.scenario.ScenarioParameters.*;
import static org.durand.scenario.TimelineParameters.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and validates a scenario file (with its {@code extends} chain and {@code --set}
 * overrides) into an immutable {@link Scenario}. Every problem is collected, so one run of
 * {@code durand validate} lists them all. Ranges here are the physically or logically possible
 * ones; plausible ranges are documented in the scenario files and {@code docs/ODD.md}.
 */
public final class ScenarioReader {

    private static final double SHARE_TOLERANCE = 0.01;

    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, ParameterValues.Value> values = new LinkedHashMap<>();

    private ScenarioReader() {
    }

    /**
     * Loads {@code file}, applies {@code overrides} (PATH=VALUE) and validates the result.
     *
     * @throws ScenarioException listing every problem found, each with file, line, key and value
     */
    public static Scenario read(Path file, List<String> overrides) throws ScenarioException {
        return TimelineEntries.withSettings(readWithoutSettings(file, overrides), file, overrides);
    }

    /** {@link #read} without attaching the scenarios that {@code set} entries switch to. */
    static Scenario readWithoutSettings(Path file, List<String> overrides) throws ScenarioException {
        YamlNode.Mapping root = YamlLoader.load(file);
        java.util.Optional<String> kind = YamlLoader.otherKind(root);
        if (kind.isPresent()) {
            throw new ScenarioException(new Problem(file.toString(), "", "", "this is " + kind.get() + ", not a "
                    + "scenario (its top-level keys are " + String.join(", ", root.entries().keySet()) + ")"
                    + (kind.get().equals("a targets file") ? "; a scenario names it with 'targets: FILE'"
                    : kind.get().equals("a sweep plan") ? "; run it with 'durand sweep --plan FILE'"
                    : "; Durand wrote it into an output folder; give a scenario file (YAML)")));
        }
        Overrides.apply(root, overrides);
        return new ScenarioReader().scenario(root);
    }

    private Scenario scenario(YamlNode.Mapping rootNode) throws ScenarioException {
        Section root = new Section(rootNode, "", problems, values);
        String name = root.text(NAME);
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}") && (!name.isEmpty() || rootNode.get("name") != null)) {
            root.problemAtKey("name", name, "must be a simple name of at most 64 characters (letters, digits, '.', "
                    + "'-', '_'), it names the output folder");
        }
        String description = root.text(DESCRIPTION);
        root.text(EXTENDS);
        Section cal = root.section("calendar");
        int before = problems.size();
        LocalDate start = cal.date(START);
        LocalDate end = cal.date(END);
        boolean calendarRead = problems.size() == before;
        if (calendarRead && !end.isAfter(start)) {
            cal.problemAtKey("end", end.toString(), "must be after calendar.start (" + start + ")");
            calendarRead = false;   // dates are not judged against a calendar that is itself wrong
        } else if (calendarRead && end.isAfter(start.plusYears(50))) {
            cal.problemAtKey("end", end.toString(), "runs may span at most 50 years");
        }
        int spinUpDays = cal.integer(SPIN_UP);
        cal.done();
        Section resolution = root.optionalSection("resolution");
        int personsPerAgent = resolution.integer(PERSONS_PER_AGENT);
        resolution.done();
        Map<String, String> provinces = provinces(root);
        Section govs = root.section("governments");
        GovernmentSpec host = government(govs.section("host"), true);
        GovernmentSpec haven = government(govs.section("haven"), false);
        govs.done();
        Map<String, GroupSpec> groups = groups(root, provinces);
        RefugeeSpec refugees = refugees(root.section("refugees"), provinces);
        List<PolicyPhase> phases = phases(root, refugees, start, end, calendarRead);
        Map<String, Crossing> crossings = crossings(root, provinces);
        List<TimelineEntry> timeline = TimelineEntries.read(root, calendarRead ? start : null, end, provinces, groups,
                crossings);
        Behaviour behaviour = BehaviourReader.read(root.section("behaviour"));
        TensionSpec tension = tension(root.section("tension"));
        String targets = root.text(TARGETS);
        root.done();
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return new Scenario(name, description, start, end, personsPerAgent, provinces, host, haven, groups,
                refugees, phases, crossings, timeline, behaviour, tension, targets, new ParameterValues(values),
                spinUpDays);
    }

    /**
     * Optional map coordinates: both or neither (validated and recorded in the parameter values,
     * where the map reads them; the model does not use them).
     */
    private static void mapPoint(Section s, Parameter x, Parameter y) {
        boolean hasX = s.has(x.key());
        boolean hasY = s.has(y.key());
        if (hasX) {
            s.number(x);
        }
        if (hasY) {
            s.number(y);
        }
        if (hasX != hasY) {
            s.problemAtKey(hasX ? y.key() : x.key(), "", "is missing; give both " + x.key() + " and " + y.key()
                    + " (map units 0 to 100) or neither");
        }
    }

    private Map<String, String> provinces(Section root) {
        Map<String, String> out = new LinkedHashMap<>();
        root.entries("provinces", true).forEach((id, s) -> {
            out.put(id, s.text(PROVINCE_NAME));
            mapPoint(s, PROVINCE_X, PROVINCE_Y);
            s.done();
        });
        if (out.isEmpty()) {
            root.problemAtKey("provinces", "", "must list at least one province");
        }
        return out;
    }

    /** A government; {@code operates}: whether it runs operations (the haven runs none in the model). */
    private GovernmentSpec government(Section s, boolean operates) {
        GovernmentSpec g = new GovernmentSpec(s.text(GOV_NAME), s.number(GOV_TRUST), s.number(GOV_GRIEVANCE),
                s.number(GOV_PRESSURE), s.number(GOV_HAWKISHNESS), s.number(GOV_RESTRAINT),
                s.number(GOV_ENGAGEMENTS), s.number(GOV_ACCUSATIONS), s.number(GOV_CLOSURES),
                s.number(GOV_CLOSURE_DAYS), s.number(GOV_STRIKES), s.number(GOV_CLASHES),
                s.number(GOV_RETALIATION), s.number(GOV_OPS));
        if (!operates && g.opsTempo() != 0 && !s.hasProblem("opsTempo")) {
            s.problemAtKey("opsTempo", java.math.BigDecimal.valueOf(g.opsTempo()).stripTrailingZeros().toPlainString(),
                    "the haven runs no operations in the model (the groups it hosts have no soil of their own "
                    + "there), so 0 is its only value");
        }
        mapPoint(s, GOV_X, GOV_Y);
        s.done();
        return g;
    }

    private Map<String, GroupSpec> groups(Section root, Map<String, String> provinces) {
        Map<String, GroupSpec> out = new LinkedHashMap<>();
        root.entries("groups", true).forEach((id, s) -> {
            out.put(id, new GroupSpec(s.text(GROUP_NAME), s.integer(GROUP_FIGHTERS), s.integer(GROUP_CELL_SIZE),
                    s.bool(GROUP_HAVEN), s.number(GROUP_EQUIPMENT), s.number(GROUP_ATTACKS),
                    s.number(GROUP_SECURITY_SHARE), s.number(GROUP_RECRUITMENT), s.integer(GROUP_POOL),
                    shares(s, GROUP_PROVINCE, provinces)));
            s.done();
        });
        return out;
    }

    private RefugeeSpec refugees(Section s, Map<String, String> provinces) {
        double size = s.number(HOUSEHOLD_SIZE);
        Map<String, StatusSpec> statuses = new LinkedHashMap<>();
        s.entries("statuses", true).forEach((id, st) -> {
            String statusName = st.text(STATUS_NAME);
            long persons = (long) st.number(STATUS_PERSONS);
            double yearsMin = st.number(STATUS_YEARS_MIN);
            double yearsMean = st.number(STATUS_YEARS_MEAN);
            if (yearsMean < yearsMin) {
                st.problemAtKey("yearsMean", String.valueOf(yearsMean), "must be at least yearsMin (" + yearsMin + ")");
            }
            statuses.put(id, new StatusSpec(statusName, persons, yearsMin, yearsMean, st.number(STATUS_LIVELIHOOD)));
            st.done();
        });
        if (statuses.values().stream().mapToLong(StatusSpec::persons).sum() <= 0) {
            s.problemAtKey("statuses", "", "the refugee population is empty: at least one status needs persons > 0");
        }
        Map<String, Double> where = shares(s, REFUGEE_PROVINCE, provinces);
        s.done();
        return new RefugeeSpec(size, statuses, where);
    }

    private List<PolicyPhase> phases(Section root, RefugeeSpec refugees, LocalDate start, LocalDate end,
                                     boolean calendarRead) {
        List<PolicyPhase> out = new ArrayList<>();
        Map<LocalDate, String> byDate = new LinkedHashMap<>();
        root.entries("phases", false).forEach((id, s) -> {
            int before = problems.size();
            LocalDate from = s.date(PHASE_START);
            if (problems.size() == before && calendarRead && from.isBefore(start)) {
                s.problemAtKey("start", from.toString(), "is before calendar.start (" + start
                        + "); a phase must start within the calendar (from " + start + " to " + end + ")");
            }
            String other = byDate.putIfAbsent(from, id);
            if (other != null && problems.size() == before) {
                s.problemAtKey("start", from.toString(), "phase '" + other + "' starts on the same day; "
                        + "each phase needs its own start date");
            }
            List<String> targets = s.references(PHASE_TARGETS, refugees.statuses().keySet());
            LocalDate announced = s.date(PHASE_ANNOUNCED, from);
            LocalDate deadline = s.date(PHASE_DEADLINE, from.minusDays(1));
            // an unreadable date is reported where it is read, and not compared with the others
            boolean datesRead = !s.hasProblem("start") && !s.hasProblem("announced") && !s.hasProblem("deadline");
            if (datesRead && announced.isAfter(from)) {
                s.problemAtKey("announced", announced.toString(), "is after the phase's start (" + from
                        + "); a deadline is announced on or before the day enforcement begins");
            } else if (datesRead && (deadline.isBefore(announced.minusDays(1)) || !deadline.isBefore(from))) {
                s.problemAtKey("deadline", deadline.toString(), "must lie from the announcement (" + announced
                        + ") to the day before the phase's start (" + from.minusDays(1) + ")");
            }
            out.add(new PolicyPhase(id, from, targets, s.number(PHASE_CAPACITY), announced, deadline));
            s.done();
        });
        out.sort(Comparator.comparing(PolicyPhase::start));
        return out;
    }

    private Map<String, Crossing> crossings(Section root, Map<String, String> provinces) {
        Map<String, Crossing> out = new LinkedHashMap<>();
        Map<String, Section> entries = root.entries("crossings", true);
        entries.forEach((id, s) -> {
            out.put(id, new Crossing(s.text(CROSSING_NAME), s.number(CROSSING_TRADE),
                    s.reference(CROSSING_PROVINCE, provinces.keySet())));
            mapPoint(s, CROSSING_X, CROSSING_Y);
            s.done();
        });
        double sum = out.values().stream().mapToDouble(Crossing::tradeShare).sum();
        if (out.isEmpty()) {
            root.problemAtKey("crossings", "", "must list at least one border crossing");
        } else if (Math.abs(sum - 1) > SHARE_TOLERANCE) {
            root.problemAtKey("crossings", String.format(java.util.Locale.ROOT, "%.3f", sum),
                    "tradeShare values must sum to 1");
        }
        return out;
    }

    private Map<String, Double> shares(Section s, Parameter p, Map<String, String> provinces) {
        Map<String, Double> shares = s.numberMap(p);
        String key = p.path().split("\\.")[p.path().split("\\.").length - 2];
        for (String id : shares.keySet()) {
            if (!provinces.containsKey(id)) {
                s.problemAtEntry(key, id, "names no province; allowed: " + Section.listOrNone(provinces.keySet())
                        + Section.suggestion(id, provinces.keySet()));
            }
        }
        double sum = shares.values().stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(sum - 1) > SHARE_TOLERANCE) {
            s.problemAtKey(key, String.format(java.util.Locale.ROOT, "%.3f", sum), "province shares must sum to 1");
        }
        return shares;
    }

    private TensionSpec tension(Section s) {
        TensionSpec t = new TensionSpec(s.number(TENSION_HALF_LIFE), s.number(TENSION_SCALE));
        s.done();
        return t;
    }
}
