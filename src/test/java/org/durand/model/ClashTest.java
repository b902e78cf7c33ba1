package org.durand.model;

import static org.durand.model.Frequencies.assertBinomial;
import static org.durand.model.Frequencies.assertMean;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A border clash (ODD §7.8) with clash fatalities set: its toll grows with its magnitude, it is
 * fought at a crossing drawn by trade share where its host-side dead are counted, and the side it
 * was started against answers it.
 */
class ClashTest {

    private final SmallScenario sc = new SmallScenario();

    @Test
    @DisplayName("deaths ~ NegativeBinomial(clashFatalities·m, k): a clash of magnitude 2 kills twice the fatalities")
    void theTollGrowsWithTheMagnitude() {
        sc.coercion = SmallScenario.coercion().clashFatalities(3).clashHostShare(0.5).build();
        TensionModel m = sc.started(51);
        int clashes = 3000;
        for (int i = 0; i < clashes; i++) {
            m.clash(m.host(), 2);
        }
        DayTally t = m.today();
        long dead = t.security(0) + t.security(1) + t.havenSecurity();
        assertMean(dead, clashes, 6, 6 + 36, "deaths per clash, NB(3 × 2, k = 1)");
    }

    @Test
    @DisplayName("a clash is fought at a crossing drawn by trade share (south 0.3); its host-side dead are counted "
            + "in that crossing's province, which its CLASH event names")
    void aClashHappensAtACrossingDrawnByTrade() {
        sc.coercion = SmallScenario.coercion().clashFatalities(2).clashHostShare(1).build();
        TensionModel m = sc.started(52);
        List<Event> events = new ArrayList<>();
        m.setEventListener(events::add);
        DayTally t = m.today();
        int clashes = 4000;
        for (int i = 0; i < clashes; i++) {
            int[] before = {t.security(0), t.security(1)};
            m.clash(m.haven(), 1);
            int where = "north".equals(events.get(i).province()) ? 0 : 1;
            assertEquals(before[1 - where], t.security(1 - where), "no dead in the other province");
        }
        long south = events.stream().filter(e -> e.province().equals("south")).count();
        assertBinomial(south, clashes, 0.3, "clashes at the southern crossing");
        assertEquals(0, t.havenSecurity(), "clashHostShare 1: every dead on the host's side");
        assertEquals(clashes, t.clashes());
    }

    @Test
    @DisplayName("the side a clash was started against answers it with its own force the next day (q ≈ 1)")
    void aClashIsAnswered() {
        sc.haven.retaliationProbability = 1;
        sc.haven.pressure = 1e9;                                     // D = 1: q = retaliationProbability
        int days = 100;
        sc.end = sc.start.plusDays(days + 5);
        TensionModel m = sc.started(53);
        List<Event> havenClashes = new ArrayList<>();
        m.setEventListener(e -> {
            if (e.type() == EventType.CLASH && e.actor().equals("Haven")) {
                havenClashes.add(e);
            }
        });
        for (int d = 0; d < days; d++) {
            m.schedule.step(m);
            m.clash(m.host(), 1);
        }
        m.schedule.step(m);
        assertEquals(days, havenClashes.size(), "one answer to each day's clash");
        assertEquals(sc.start.plusDays(1), havenClashes.get(0).date(), "a day after the first clash");
    }
}
