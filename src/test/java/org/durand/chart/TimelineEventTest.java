package org.durand.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.durand.output.RunInfo;
import org.durand.scenario.TimelineKind;
import org.junit.jupiter.api.Test;

/** Timeline markers: one per day, marked kinds only, in the order the scenario pins them. */
class TimelineEventTest {

    @Test
    void sameDayEventsMergeAndUnmarkedKindsAreLeftOut() {
        LocalDate april = LocalDate.of(2030, 4, 1);
        List<TimelineEvent> events = TimelineEvent.of(List.of(
                new RunInfo.PinnedEvent(LocalDate.of(2030, 2, 10), "visit"),
                new RunInfo.PinnedEvent(april, "phase"),
                new RunInfo.PinnedEvent(april, "clash"),
                new RunInfo.PinnedEvent(april, "strike"),
                new RunInfo.PinnedEvent(april, "strike")));
        assertEquals(List.of(LocalDate.of(2030, 2, 10), april), events.stream().map(TimelineEvent::date).toList());
        assertEquals(List.of(MarkedKind.PHASE, MarkedKind.STRIKE), events.get(1).kinds());
        assertEquals("P/S", events.get(1).label());
    }

    @Test
    void aTypeThisVersionDoesNotKnowIsLeftUnmarked() {
        List<TimelineEvent> events = TimelineEvent.of(List.of(
                new RunInfo.PinnedEvent(LocalDate.of(2030, 2, 10), "blockade"),
                new RunInfo.PinnedEvent(LocalDate.of(2030, 2, 11), "closure")));
        assertEquals(1, events.size());
        assertEquals(List.of(MarkedKind.CLOSURE), events.get(0).kinds());
    }

    @Test
    void everyMarkerButThePhaseStartIsATimelineKindOfTheSameName() {
        for (MarkedKind marker : MarkedKind.values()) {
            Optional<TimelineKind> kind = TimelineKind.byId(marker.id());
            assertEquals(marker != MarkedKind.PHASE, kind.isPresent(), marker::toString);
            kind.ifPresent(k -> assertEquals(Optional.of(marker), MarkedKind.of(k)));
        }
        assertTrue(Arrays.stream(TimelineKind.values()).map(MarkedKind::of).flatMap(Optional::stream).count()
                == MarkedKind.values().length - 1, "each marker but the phase start marks one kind");
    }
}
