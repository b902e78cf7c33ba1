package org.durand.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What a user asks for during a run (ODD §7.16): each intervention waits for the start of the next
 * day, then happens as the host's act, in the order asked.
 */
class InterventionsTest {

    private final SmallScenario sc = new SmallScenario();
    private final List<Event> events = new ArrayList<>();

    /** A model of the fixture stepped through day 0, its events collected from then on. */
    private TensionModel afterDayZero() {
        sc.end = sc.start.plusDays(60);
        TensionModel m = sc.started(111);
        m.schedule.step(m);
        m.setEventListener(events::add);
        return m;
    }

    @Test
    @DisplayName("requests wait for the next day and happen in order: a visit, talks and a strike by the host")
    void requestsHappenTheNextDayInOrder() {
        TensionModel m = afterDayZero();
        m.request(Intervention.TALKS);
        m.request(Intervention.VISIT);
        m.request(Intervention.STRIKE);
        assertEquals(List.of(Intervention.TALKS, Intervention.VISIT, Intervention.STRIKE), m.pendingInterventions());
        assertEquals(List.of(), events, "nothing before the next day");
        m.schedule.step(m);
        assertEquals(List.of(EventType.TALKS, EventType.VISIT, EventType.AIR_STRIKE),
                events.stream().map(Event::type).toList());
        assertTrue(events.stream().allMatch(e -> e.actor().equals("Host") && e.target().equals("Haven")
                && e.magnitude() == 1 && e.date().equals(sc.start.plusDays(1))));
        assertEquals(List.of(), m.pendingInterventions(), "applied once");
        m.schedule.step(m);
        assertEquals(3, events.size());
        assertThrows(NullPointerException.class, () -> m.request(null));
    }

    @Test
    @DisplayName("closing the border closes every crossing for 30 days; reopening it opens every crossing, one YIELD")
    void closingAndReopeningTheBorder() {
        TensionModel m = afterDayZero();
        m.request(Intervention.CLOSE_BORDER);
        m.schedule.step(m);
        Border b = m.border();
        for (int c = 0; c < 3; c++) {
            assertTrue(b.isClosed(m, c), "crossing " + c);
            assertTrue(b.isClosed(c, Intervention.CLOSURE_DAYS), "to the 30th day");
            assertFalse(b.isClosed(c, 1 + Intervention.CLOSURE_DAYS), "and no longer");
        }
        assertEquals(3, events.stream().filter(e -> e.type() == EventType.CLOSURE).count());
        assertEquals(0, m.today().tradeUsd(), 0, "no trade passes (residual share 0)");
        m.request(Intervention.REOPEN_BORDER);
        m.schedule.step(m);
        for (int c = 0; c < 3; c++) {
            assertFalse(b.isClosed(m, c), "crossing " + c);
        }
        Event yield = events.get(events.size() - 1);
        assertEquals(EventType.YIELD, yield.type());
        assertEquals("", yield.province(), "the whole border");
        assertEquals(1000, m.today().tradeUsd(), 1e-9);
    }

    @Test
    @DisplayName("a ceasefire asked for holds 30 days with the hosted groups' attacks at half their rate")
    void aCeasefireAskedFor() {
        TensionModel m = afterDayZero();
        m.request(Intervention.CEASEFIRE);
        m.schedule.step(m);
        assertEquals(EventType.YIELD, events.get(0).type());
        assertEquals(Intervention.CEASEFIRE_ATTACK_FACTOR, m.ceasefireAttackFactor(), 0);
        for (int d = 2; d <= Intervention.CEASEFIRE_DAYS; d++) {
            m.schedule.step(m);
        }
        assertTrue(m.isCeasefire(), "on its 30th day");
        m.schedule.step(m);
        assertFalse(m.isCeasefire());
    }

    @Test
    @DisplayName("each intervention has a short label for its button and a longer description of what it does")
    void everyInterventionIsLabelledAndDescribed() {
        for (Intervention what : Intervention.values()) {
            assertFalse(what.label().isBlank(), what.name());
            assertTrue(what.description().length() > what.label().length(), what.name());
        }
    }
}
