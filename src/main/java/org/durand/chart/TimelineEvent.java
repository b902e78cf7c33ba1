package org.durand.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.durand.output.RunInfo;

/**
 * A scenario-timeline event drawn as a dated marker: one per date, with every marked type the
 * scenario pins to that date (timeline entries with their repetitions, and policy phase starts).
 *
 * @param date  the day of the event
 * @param types the event types on that day, in order of first appearance
 */
record TimelineEvent(LocalDate date, List<String> types) {

    /** Types pinned by the scenario timeline that are worth a marker, in legend order. */
    static final List<String> MARKED = List.of("phase", "closure", "strike", "visit", "talks", "agreement",
            "interdiction");

    private static final Set<String> MARKED_SET = Set.copyOf(MARKED);

    /** Short label for the marker: the type initials joined by '/', e.g. {@code "C/S"}. */
    String label() {
        StringBuilder b = new StringBuilder();
        for (String t : types) {
            if (b.length() > 0) {
                b.append('/');
            }
            b.append(Character.toUpperCase(t.charAt(0)));
        }
        return b.toString();
    }

    /** The first type, which picks the marker colour. */
    String primaryType() {
        return types.get(0);
    }

    /** One event per date from the scenario's pinned events, keeping only the marked types. */
    static List<TimelineEvent> of(List<RunInfo.PinnedEvent> pinned) {
        Map<LocalDate, List<String>> byDate = new TreeMap<>();
        for (RunInfo.PinnedEvent e : pinned) {
            if (MARKED_SET.contains(e.type())) {
                List<String> types = byDate.computeIfAbsent(e.date(), d -> new ArrayList<>(2));
                if (!types.contains(e.type())) {
                    types.add(e.type());
                }
            }
        }
        List<TimelineEvent> out = new ArrayList<>(byDate.size());
        byDate.forEach((d, t) -> out.add(new TimelineEvent(d, List.copyOf(t))));
        return out;
    }
}
