package org.durand.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.durand.output.RunInfo;

/**
 * A scenario-timeline event drawn as a dated marker: one per date, with every marked kind the
 * scenario pins to that date (timeline entries with their repetitions, and policy phase starts).
 *
 * @param date  the day of the event
 * @param kinds the marked kinds on that day, in order of first appearance
 */
record TimelineEvent(LocalDate date, List<MarkedKind> kinds) {

    /** Short label for the marker: the kinds' initials joined by '/', e.g. {@code "C/S"}. */
    String label() {
        return kinds.stream().map(k -> String.valueOf(k.initial())).collect(Collectors.joining("/"));
    }

    /** The first kind, which picks the marker colour. */
    MarkedKind primary() {
        return kinds.get(0);
    }

    /** One event per date from the scenario's pinned events, keeping only the marked kinds. */
    static List<TimelineEvent> of(List<RunInfo.PinnedEvent> pinned) {
        Map<LocalDate, List<MarkedKind>> byDate = new TreeMap<>();
        for (RunInfo.PinnedEvent e : pinned) {
            MarkedKind.of(e).ifPresent(kind -> {
                List<MarkedKind> kinds = byDate.computeIfAbsent(e.date(), d -> new ArrayList<>(2));
                if (!kinds.contains(kind)) {
                    kinds.add(kind);
                }
            });
        }
        List<TimelineEvent> out = new ArrayList<>(byDate.size());
        byDate.forEach((d, k) -> out.add(new TimelineEvent(d, List.copyOf(k))));
        return out;
    }
}
