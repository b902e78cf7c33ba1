package org.durand.scenario;

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
    private static final double BIG = 1e12;

    private final List<Problem> problems = new ArrayList<>();

    private ScenarioReader() {
    }

    /** Loads {@code file}, applies {@code overrides} (PATH=VALUE) and validates the result. */
    public static Scenario read(Path file, List<String> overrides) throws ScenarioException {
        YamlNode.Mapping root = YamlLoader.load(file);
        Overrides.apply(root, overrides);
        return new ScenarioReader().scenario(root);
    }

    /**
     * The number written at dotted {@code path} of {@code file} after {@code overrides}, if it is
     * there and is a number (used to start a calibration from the scenario's own values).
     */
    public static java.util.OptionalDouble numberAt(Path file, List<String> overrides, String path)
            throws ScenarioException {
        YamlNode node = YamlLoader.load(file);
        Overrides.apply((YamlNode.Mapping) node, overrides);
        for (String seg : path.split("\\.")) {
            if (node instanceof YamlNode.Mapping m && m.get(seg) != null) {
                node = m.get(seg);
            } else {
                return java.util.OptionalDouble.empty();
            }
        }
        try {
            return node instanceof YamlNode.Scalar sc && !sc.isNull()
                    ? java.util.OptionalDouble.of(Double.parseDouble(sc.text().trim())) : java.util.OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return java.util.OptionalDouble.empty();
        }
    }

    private Scenario scenario(YamlNode.Mapping rootNode) throws ScenarioException {
        Section root = new Section(rootNode, "", problems);
        String name = root.text("name");
        if (!name.isEmpty() && !name.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            root.problemAtKey("name", name, "must be a simple name (letters, digits, '.', '-', '_'), it names the output folder");
        }
        String description = root.text("description", "");
        Section cal = root.section("calendar");
        LocalDate start = cal.date("start");
        LocalDate end = cal.date("end");
        if (!end.isAfter(start)) {
            cal.problemAtKey("end", end.toString(), "must be after calendar.start (" + start + ")");
        } else if (end.isAfter(start.plusYears(50))) {
            cal.problemAtKey("end", end.toString(), "runs may span at most 50 years");
        }
        cal.done();
        int personsPerAgent = root.optionalSection("resolution").integer("personsPerAgent", 0, 0, 1_000_000);
        Map<String, String> provinces = provinces(root);
        Section govs = root.section("governments");
        GovernmentSpec host = government(govs.section("host"));
        GovernmentSpec haven = government(govs.section("haven"));
        govs.done();
        Map<String, GroupSpec> groups = groups(root, provinces);
        RefugeeSpec refugees = refugees(root.section("refugees"), provinces);
        List<PolicyPhase> phases = phases(root, refugees);
        Map<String, Crossing> crossings = crossings(root, provinces);
        List<TimelineEntry> timeline = timeline(root, start, end, groups, crossings);
        Behaviour behaviour = BehaviourReader.read(root.section("behaviour"));
        TensionSpec tension = tension(root.section("tension"));
        String targets = root.text("targets", "");
        root.done();
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return new Scenario(name, description, start, end, personsPerAgent, provinces, host, haven, groups,
                refugees, phases, crossings, timeline, behaviour, tension, targets);
    }

    private Map<String, String> provinces(Section root) {
        Map<String, String> out = new LinkedHashMap<>();
        root.entries("provinces", true).forEach((id, s) -> {
            out.put(id, s.text("name"));
            s.done();
        });
        if (out.isEmpty()) {
            root.problemAtKey("provinces", "", "must list at least one province");
        }
        return out;
    }

    private GovernmentSpec government(Section s) {
        GovernmentSpec g = new GovernmentSpec(
                s.text("name"),
                s.number("trust", 0, 1),
                s.number("grievance", 0, BIG),
                s.number("pressure", 0, BIG),
                s.number("hawkishness", 0, 1),
                s.number("restraint", 0.5, 0, 1),
                s.number("engagementsPerYear", 0, 365),
                s.number("accusationsPerYear", 0, 365),
                s.number("closuresPerYear", 0, 365),
                s.number("closureMeanDays", 1, 3650),
                s.number("strikesPerYear", 0, 365),
                s.number("clashesPerYear", 0, 365),
                s.number("retaliationProbability", 0, 1),
                s.number("opsTempo", 0, 0, 100));
        s.done();
        return g;
    }

    private Map<String, GroupSpec> groups(Section root, Map<String, String> provinces) {
        Map<String, GroupSpec> out = new LinkedHashMap<>();
        root.entries("groups", true).forEach((id, s) -> {
            int cellSize = s.integer("cellSize", 1, 10_000);
            out.put(id, new GroupSpec(
                    s.text("name"),
                    s.integer("fighters", 0, 10_000_000),
                    cellSize,
                    s.bool("haven", false),
                    s.number("equipmentShare", 0, 1),
                    s.number("attacksPerCellYear", 0, 365),
                    s.number("securityTargetShare", 0, 1),
                    s.number("recruitmentPerYear", 0, 10),
                    shares(s, "provinces", provinces)));
            s.done();
        });
        return out;
    }

    private RefugeeSpec refugees(Section s, Map<String, String> provinces) {
        double size = s.number("householdSizeMean", 1, 30);
        Map<String, StatusSpec> statuses = new LinkedHashMap<>();
        s.entries("statuses", true).forEach((id, st) -> {
            double yearsMin = st.number("yearsMin", 0, 100);
            double yearsMean = st.number("yearsMean", 0, 100);
            if (yearsMean < yearsMin) {
                st.problemAtKey("yearsMean", String.valueOf(yearsMean), "must be at least yearsMin (" + yearsMin + ")");
            }
            statuses.put(id, new StatusSpec(st.text("name"), (long) st.number("persons", 0, 1e9),
                    yearsMin, yearsMean, st.number("livelihoodShare", 0, 1)));
            st.done();
        });
        if (statuses.values().stream().mapToLong(StatusSpec::persons).sum() <= 0) {
            s.problemAtKey("statuses", "", "the refugee population is empty: at least one status needs persons > 0");
        }
        Map<String, Double> where = shares(s, "provinces", provinces);
        s.done();
        return new RefugeeSpec(size, statuses, where);
    }

    private List<PolicyPhase> phases(Section root, RefugeeSpec refugees) {
        List<PolicyPhase> out = new ArrayList<>();
        root.entries("phases", false).forEach((id, s) -> {
            LocalDate from = s.date("start");
            List<String> targets = s.textList("targets");
            for (String t : targets) {
                if (!refugees.statuses().containsKey(t)) {
                    s.problemAtKey("targets", t, "names no legal status; allowed: "
                            + String.join(", ", refugees.statuses().keySet()) + Section.suggestion(t, refugees.statuses().keySet()));
                }
            }
            out.add(new PolicyPhase(id, from, targets, s.number("capacityPerDay", 0, 1e7)));
            s.done();
        });
        out.sort(Comparator.comparing(PolicyPhase::start));
        return out;
    }

    private Map<String, Crossing> crossings(Section root, Map<String, String> provinces) {
        Map<String, Crossing> out = new LinkedHashMap<>();
        Map<String, Section> entries = root.entries("crossings", true);
        entries.forEach((id, s) -> {
            out.put(id, new Crossing(s.text("name"), s.number("tradeShare", 0, 1),
                    reference(s, "province", provinces.keySet())));
            s.done();
        });
        double sum = out.values().stream().mapToDouble(Crossing::tradeShare).sum();
        if (out.isEmpty()) {
            root.problemAtKey("crossings", "", "must list at least one border crossing");
        } else if (Math.abs(sum - 1) > SHARE_TOLERANCE) {
            root.problemAtKey("crossings", String.format("%.3f", sum), "tradeShare values must sum to 1");
        }
        return out;
    }

    private List<TimelineEntry> timeline(Section root, LocalDate start, LocalDate end, Map<String, GroupSpec> groups,
                                         Map<String, Crossing> crossings) {
        List<TimelineEntry> out = new ArrayList<>();
        root.entries("timeline", false).forEach((id, s) -> {
            if (!s.bool("enabled", true)) {
                s.skip();
                return;
            }
            LocalDate date = s.date("date");
            if (date.isBefore(start)) {
                s.problemAtKey("date", date.toString(), "is before calendar.start (" + start
                        + "); entries after calendar.end are allowed and never happen");
            }
            String type = s.choice("type", TimelineEntry.TYPES);
            String actor = s.choice("actor", List.of("host", "haven"));
            String subject = "";
            if (type.equals("closure")) {
                subject = reference(s, "crossing", crossings.keySet());
            } else if (type.equals("strike") || type.equals("interdiction")) {
                subject = s.has("group") ? reference(s, "group", groups.keySet()) : "";
            }
            int every = s.integer("every", 0, 0, 3650);
            LocalDate until = s.date("until", every > 0 ? end : date);
            if (until.isBefore(date)) {
                s.problemAtKey("until", until.toString(), "must not be before date (" + date + ")");
            }
            out.add(new TimelineEntry(id, date, type, actor, subject,
                    s.number("magnitude", 1, 0, 100),
                    s.integer("days", type.equals("closure") ? 1 : 0, 0, 3650),
                    s.number("share", 0, 0, 1),
                    s.number("tradeMultiplier", 1, 0, 10),
                    every, until, s.text("note", "")));
            s.done();
        });
        out.sort(Comparator.comparing(TimelineEntry::date));
        return out;
    }

    private String reference(Section s, String key, java.util.Set<String> allowed) {
        String v = s.text(key);
        if (!v.isEmpty() && !allowed.contains(v)) {
            s.problemAtKey(key, v, "names nothing defined; allowed: " + String.join(", ", allowed)
                    + Section.suggestion(v, allowed));
        }
        return v;
    }

    private Map<String, Double> shares(Section s, String key, Map<String, String> provinces) {
        Map<String, Double> shares = s.numberMap(key, 0, 1);
        for (String p : shares.keySet()) {
            if (!provinces.containsKey(p)) {
                s.problemAtKey(key, p, "names no province; allowed: " + String.join(", ", provinces.keySet())
                        + Section.suggestion(p, provinces.keySet()));
            }
        }
        double sum = shares.values().stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(sum - 1) > SHARE_TOLERANCE) {
            s.problemAtKey(key, String.format("%.3f", sum), "province shares must sum to 1");
        }
        return shares;
    }

    private TensionSpec tension(Section s) {
        TensionSpec t = new TensionSpec(
                s.number("halfLifeDays", 1, 3650),
                s.number("scale", 1e-6, BIG),
                s.number("trustWeight", 0, 100),
                s.number("offset", -100, 100),
                s.number("initialHostile", 0, 0, BIG));
        s.done();
        return t;
    }
}
