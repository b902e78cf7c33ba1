package org.durand.output;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.durand.scenario.PolicyPhase;
import org.durand.scenario.Scenario;
import org.durand.scenario.TimelineEntry;

/**
 * What a run says about itself besides its results: the scenario's name and description, its
 * calendar, the names it gives the two governments, provinces, legal statuses and groups, the
 * events it pins to dates, and the base seed. Charts and tables take every name from here, so
 * nothing about a particular case study is written in their code. Written to and read back from
 * {@code manifest.json}.
 *
 * @param scenario    scenario name
 * @param description what the scenario represents (may be empty)
 * @param baseSeed    the base seed the replicate seeds derive from
 * @param start       first simulated day
 * @param end         last simulated day (inclusive)
 * @param host        display name of the host government (militants attack on its soil, refugees live there)
 * @param haven       display name of the government across the border
 * @param provinces   province ids to display names, in scenario order
 * @param statuses    legal status ids to display names, in scenario order
 * @param groups      militant group ids to display names, in scenario order
 * @param timeline    pinned events inside the calendar, repetitions expanded, by date
 */
public record RunInfo(String scenario, String description, long baseSeed, LocalDate start, LocalDate end,
                      String host, String haven, Map<String, String> provinces, Map<String, String> statuses,
                      Map<String, String> groups, List<PinnedEvent> timeline) {

    /**
     * An event the scenario pins to a day: a policy phase's start or a timeline entry.
     *
     * @param date the day
     * @param type {@code phase}, or the {@link org.durand.scenario.TimelineKind#id() id} of a timeline
     *             entry's kind ({@code visit}, {@code closure}, {@code strike}, ...)
     */
    public record PinnedEvent(LocalDate date, String type) {
        public PinnedEvent {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(type, "type");
        }
    }

    /** @throws NullPointerException when a component is null */
    public RunInfo {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(haven, "haven");
        provinces = ordered(provinces);
        statuses = ordered(statuses);
        groups = ordered(groups);
        timeline = List.copyOf(timeline);
    }

    /** The run information of {@code s} run from {@code baseSeed}. */
    public static RunInfo of(Scenario s, long baseSeed) {
        Map<String, String> statuses = new LinkedHashMap<>();
        s.refugees().statuses().forEach((id, st) -> statuses.put(id, st.name()));
        Map<String, String> groups = new LinkedHashMap<>();
        s.groups().forEach((id, g) -> groups.put(id, g.name()));
        return new RunInfo(s.name(), s.description() == null ? "" : s.description(), baseSeed, s.start(), s.end(),
                s.host().name(), s.haven().name(), s.provinces(), statuses, groups, pinned(s));
    }

    /** Phase starts and timeline entries (each repetition) that fall inside the calendar, sorted by date. */
    private static List<PinnedEvent> pinned(Scenario s) {
        List<PinnedEvent> out = new ArrayList<>();
        for (PolicyPhase p : s.phases()) {
            add(out, s, p.start(), "phase");
        }
        for (TimelineEntry e : s.timeline()) {
            LocalDate date = e.date();
            LocalDate until = e.until() != null ? e.until() : date;
            do {
                add(out, s, date, e.kind().id());
                date = date.plusDays(Math.max(1, e.everyDays()));
            } while (e.everyDays() > 0 && !date.isAfter(until));
        }
        out.sort((a, b) -> a.date().compareTo(b.date()));   // stable: same-day events keep scenario order
        return out;
    }

    private static void add(List<PinnedEvent> out, Scenario s, LocalDate date, String type) {
        if (!date.isBefore(s.start()) && !date.isAfter(s.end())) {
            out.add(new PinnedEvent(date, type));
        }
    }

    private static Map<String, String> ordered(Map<String, String> m) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }
}
