package org.durand.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.durand.scenario.Crossing;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Which crossings close and open (ODD §7.9): a government's own closure takes the busiest crossing
 * (the first listed of equally busy ones); closing the whole border leaves a crossing already closed
 * as it was; a reopening opens one crossing or all, and is one YIELD only if something was closed.
 */
class CrossingsTest {

    private final SmallScenario sc = new SmallScenario();
    private final List<Event> events = new ArrayList<>();

    private TensionModel started() {
        TensionModel m = sc.started(171);
        m.setEventListener(events::add);
        return m;
    }

    /** A border of three crossings with the given trade shares, all in the north. */
    private static Border border(double... shares) {
        List<Crossing> crossings = new ArrayList<>();
        for (double s : shares) {
            crossings.add(new Crossing("C", s, "north"));
        }
        return new Border(List.of("a", "b", "c"), crossings, 0.25);
    }

    @Test
    @DisplayName("the busiest crossing is the main one wherever it is listed; of equally busy ones, the first")
    void theMainCrossingIsTheBusiest() {
        TensionModel m = started();
        Border middle = border(0.2, 0.5, 0.3);
        middle.closeMain(m, m.host(), 3);
        assertEquals(List.of(false, true, false), closed(middle, 0));
        Border tie = border(0.2, 0.4, 0.4);
        tie.closeMain(m, m.host(), 3);
        assertEquals(List.of(false, true, false), closed(tie, 0));
    }

    private static List<Boolean> closed(Border b, int day) {
        return List.of(b.isClosed(0, day), b.isClosed(1, day), b.isClosed(2, day));
    }

    @Test
    @DisplayName("closing the border: each open crossing for n days, one CLOSURE each; one closed already keeps its own end")
    void closingTheBorderLeavesAClosedCrossingAsItWas() {
        TensionModel m = started();
        Border b = m.border();
        b.close(m, b.indexOf("second"), m.haven(), 0, 1);            // until further notice
        b.closeAll(m, m.host(), 5);
        assertEquals(List.of(true, true, true), closed(b, 4));
        assertEquals(List.of(false, true, false), closed(b, 5));
        assertEquals(3, events.size(), "the haven's closure and two of the host's");
        assertTrue(b.isClosed(m, 1));
    }

    @Test
    @DisplayName("reopening one crossing: a YIELD naming its province; reopening all: one YIELD; nothing closed: no event")
    void reopeningOpensWhatWasClosed() {
        TensionModel m = started();
        Border b = m.border();
        b.closeAll(m, m.host(), 10);
        events.clear();
        b.reopen(m, b.indexOf("second"), m.host(), 2);
        assertEquals(List.of(true, false, true), closed(b, 0));
        assertEquals(1, events.size());
        assertEquals(EventType.YIELD, events.get(0).type());
        assertEquals("south", events.get(0).province());
        assertEquals(2, events.get(0).magnitude(), 0);
        b.reopen(m, b.indexOf("second"), m.host(), 1);
        assertEquals(1, events.size(), "reopening an open crossing is no act");
        b.reopen(m, b.indexOf("main"), m.host(), 1);
        assertEquals(List.of(false, false, true), closed(b, 0), "the first crossing alone");
        assertEquals("north", events.get(1).province());
        b.reopen(m, -1, m.haven(), 1);
        assertEquals(List.of(false, false, false), closed(b, 0));
        assertEquals(3, events.size());
        assertEquals("Haven", events.get(2).actor());
        assertEquals("", events.get(2).province());
        assertFalse(b.isClosed(m, 0));
    }
}
