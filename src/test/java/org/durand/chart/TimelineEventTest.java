package org.durand.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Timeline markers come from the scenario's pinned events in the manifest, repetitions expanded. */
class TimelineEventTest {

    @Test
    void pinnedEventsAndPhasesAreReadFromTheManifest(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("manifest.json");
        Files.writeString(file, """
                {"parameters": {"start": "2024-01-01", "end": "2024-12-31",
                  "phases": [{"id": "a", "start": "2023-11-01"}, {"id": "b", "start": "2024-04-01"}],
                  "timeline": [
                    {"date": "2024-02-10", "type": "visit", "everyDays": 30, "until": "2024-04-15"},
                    {"date": "2024-04-01", "type": "strike", "everyDays": 0, "until": "2024-04-01"},
                    {"date": "2025-06-01", "type": "closure", "everyDays": 0, "until": "2025-06-01"}]}}
                """);
        List<TimelineEvent> events = TimelineEvent.fromManifest(Manifest.read(file));
        assertEquals(List.of(LocalDate.of(2024, 2, 10), LocalDate.of(2024, 3, 11), LocalDate.of(2024, 4, 1),
                LocalDate.of(2024, 4, 10)), events.stream().map(TimelineEvent::date).toList(),
                "visits every 30 days to 15 April, the phase and strike of 1 April; nothing outside the calendar");
        TimelineEvent april = events.get(2);
        assertEquals(List.of("phase", "strike"), april.types());
        assertEquals("P/S", april.label());
    }

    @Test
    void aManifestWithoutATimelineGivesNoMarkers(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("manifest.json");
        Files.writeString(file, "{\"scenario\": {\"name\": \"x\"}}");
        assertTrue(TimelineEvent.fromManifest(Manifest.read(file)).isEmpty());
    }
}
