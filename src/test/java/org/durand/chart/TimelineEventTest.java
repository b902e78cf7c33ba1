package org.durand.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.durand.output.RunInfo;
import org.junit.jupiter.api.Test;

/** Timeline markers: one per day, marked types only, in the order the scenario pins them. */
class TimelineEventTest {

    @Test
    void sameDayEventsMergeAndUnmarkedTypesAreLeftOut() {
        LocalDate april = LocalDate.of(2030, 4, 1);
        List<TimelineEvent> events = TimelineEvent.of(List.of(
                new RunInfo.PinnedEvent(LocalDate.of(2030, 2, 10), "visit"),
                new RunInfo.PinnedEvent(april, "phase"),
                new RunInfo.PinnedEvent(april, "clash"),
                new RunInfo.PinnedEvent(april, "strike"),
                new RunInfo.PinnedEvent(april, "strike")));
        assertEquals(List.of(LocalDate.of(2030, 2, 10), april), events.stream().map(TimelineEvent::date).toList());
        assertEquals(List.of("phase", "strike"), events.get(1).types());
        assertEquals("P/S", events.get(1).label());
    }
}
