package org.durand.scenario;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A complete, validated scenario: immutable, so one instance can feed any number of replicates
 * on any number of threads. Built only by {@link ScenarioReader}.
 *
 * @param name           short name (used for the default output folder)
 * @param description    what the scenario represents
 * @param start          first simulated day
 * @param end            last simulated day (inclusive)
 * @param personsPerAgent persons represented by one refugee agent; 0 = one agent per household
 * @param provinces      province ids to display names, in file order
 * @param host           the government on whose soil militants attack and refugees live
 * @param haven          the government across the border that hosts militants
 * @param groups         militant groups by id
 * @param refugees       the refugee population
 * @param phases         repatriation policy phases, by start date
 * @param crossings      border crossings by id
 * @param timeline       pinned events, by date
 * @param behaviour      mechanism parameters
 * @param tension        tension index definition
 * @param targets        observed targets file (relative to the scenario file), or empty for none
 * @param parameters     every resolved parameter value, by concrete dotted path (from the
 *                       {@link ParameterRegistry}); empty for a scenario built in code
 * @param spinUpDays     days the militants and governments are simulated before {@code start}
 *                       (0–3,650; ODD §5), none recorded
 */
public record Scenario(
        String name,
        String description,
        LocalDate start,
        LocalDate end,
        int personsPerAgent,
        Map<String, String> provinces,
        GovernmentSpec host,
        GovernmentSpec haven,
        Map<String, GroupSpec> groups,
        RefugeeSpec refugees,
        List<PolicyPhase> phases,
        Map<String, Crossing> crossings,
        List<TimelineEntry> timeline,
        Behaviour behaviour,
        TensionSpec tension,
        String targets,
        ParameterValues parameters,
        int spinUpDays) implements Serializable {

    /**
     * Days in a year, for converting the rates scenarios give per year into a day's chance or mean
     * (rate / 365), and the longest delays and memories the registry allows. 365 rather than
     * 365.25: the sources' yearly figures count calendar years, three in four of which have 365
     * days, and a rate of 365 a year, the ceiling of every per-year rate, is then exactly one a
     * day. A leap year's extra day adds 0.27% to that year's expected events (ODD §2.8).
     */
    public static final double DAYS_PER_YEAR = 365;

    /** A scenario without a spin-up. */
    public Scenario(String name, String description, LocalDate start, LocalDate end, int personsPerAgent,
                    Map<String, String> provinces, GovernmentSpec host, GovernmentSpec haven,
                    Map<String, GroupSpec> groups, RefugeeSpec refugees, List<PolicyPhase> phases,
                    Map<String, Crossing> crossings, List<TimelineEntry> timeline, Behaviour behaviour,
                    TensionSpec tension, String targets, ParameterValues parameters) {
        this(name, description, start, end, personsPerAgent, provinces, host, haven, groups, refugees, phases,
                crossings, timeline, behaviour, tension, targets, parameters, 0);
    }

    public Scenario {
        provinces = ordered(provinces);
        groups = ordered(groups);
        crossings = ordered(crossings);
        phases = List.copyOf(phases);
        timeline = List.copyOf(timeline);
    }

    /**
     * The timeline's entries that give the parameter {@code path} a new value from their dates, in
     * date order: {@code set} entries naming it, and for {@code governments.host.opsTempo} or
     * {@code governments.haven.opsTempo} that actor's {@code operations} entries. A value changed
     * at the start (a {@code --set}, a sweep's point) holds only until the first of them.
     *
     * @param path a concrete dotted path, such as {@code governments.host.opsTempo}
     * @return the entries, empty when the timeline never replaces the value
     */
    public List<TimelineEntry> replacing(String path) {
        return timeline.stream().filter(e -> e.action() instanceof TimelineAction.SetParameter set
                        ? set.parameter().equals(path)
                        : e.action() instanceof TimelineAction.Operations o
                                && path.equals("governments." + o.actor() + ".opsTempo"))
                .toList();
    }

    /** Number of simulated days, start and end included. */
    public int days() {
        return (int) ChronoUnit.DAYS.between(start, end) + 1;
    }

    private static <K, V> Map<K, V> ordered(Map<K, V> m) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }
}
