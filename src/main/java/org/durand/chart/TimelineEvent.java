package org.durand.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A scenario-timeline event drawn as a dated marker: one per date, with every marked type pinned
 * to that date by the scenario (its resolved timeline and policy phases in {@code manifest.json});
 * for run folders without them, the marked types that occurred in replicate 0.
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

    /**
     * The scenario's pinned events from the manifest's resolved parameters (timeline entries with
     * their repetitions, and phase starts), within the calendar; empty when the manifest has none.
     */
    static List<TimelineEvent> fromManifest(Manifest manifest) {
        JsonNode p = manifest.parameters();
        if (!p.has("timeline") || !p.has("start") || !p.has("end")) {
            return List.of();
        }
        LocalDate start = LocalDate.parse(p.get("start").asText());
        LocalDate end = LocalDate.parse(p.get("end").asText());
        Map<LocalDate, List<String>> byDate = new java.util.TreeMap<>();
        for (JsonNode phase : p.path("phases")) {
            add(byDate, LocalDate.parse(phase.get("start").asText()), "phase", start, end);
        }
        for (JsonNode e : p.get("timeline")) {
            String type = e.path("type").asText();
            LocalDate date = LocalDate.parse(e.get("date").asText());
            int every = e.path("everyDays").asInt(0);
            LocalDate until = e.hasNonNull("until") ? LocalDate.parse(e.get("until").asText()) : date;
            do {
                add(byDate, date, type, start, end);
                date = date.plusDays(Math.max(1, every));
            } while (every > 0 && !date.isAfter(until));
        }
        List<TimelineEvent> out = new ArrayList<>(byDate.size());
        byDate.forEach((d, t) -> out.add(new TimelineEvent(d, List.copyOf(t))));
        return out;
    }

    private static void add(Map<LocalDate, List<String>> byDate, LocalDate date, String type, LocalDate start,
                            LocalDate end) {
        if (MARKED_SET.contains(type) && !date.isBefore(start) && !date.isAfter(end)) {
            List<String> types = byDate.computeIfAbsent(date, d -> new ArrayList<>(2));
            if (!types.contains(type)) {
                types.add(type);
            }
        }
    }

    /**
     * Streams {@code events.csv} keeping only rep-0 rows of the marked types; returns one event per
     * distinct date in date order. A missing file gives an empty list.
     */
    static List<TimelineEvent> read(Path file) throws IOException {
        Map<LocalDate, List<String>> byDate = new java.util.TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        Csv.forEach(file, r -> {
            String type = Csv.get(r, "type");
            if (!MARKED_SET.contains(type) || !"0".equals(Csv.get(r, "rep"))) {
                return;
            }
            LocalDate date = LocalDate.parse(Csv.get(r, "date"));
            List<String> types = byDate.computeIfAbsent(date, d -> new ArrayList<>(2));
            if (!types.contains(type)) {
                types.add(type);
            }
        });
        Map<LocalDate, List<String>> ordered = new LinkedHashMap<>(byDate);
        List<TimelineEvent> out = new ArrayList<>(ordered.size());
        ordered.forEach((d, t) -> out.add(new TimelineEvent(d, List.copyOf(t))));
        return out;
    }
}
