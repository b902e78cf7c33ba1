package org.durand.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A ceasefire (ODD §7.16) with an attack factor of 0.5: while it holds, neither government uses
 * force of its own choosing, and the attack rates of the groups the haven hosts, their own and
 * their self-excited part, are halved; groups without a haven are not bound. It is announced as a
 * YIELD by the side that agrees to it, and a second ceasefire extends the first, never shortens it.
 */
class CeasefireTest {

    private final SmallScenario sc = new SmallScenario();

    @Test
    @DisplayName("while it holds: hosted groups' havenFactor and triggered rate × 0.5; others × 1")
    void aCeasefireReinsInTheHostedGroupsOnly() {
        sc.groups.put("hosted", SmallScenario.group("Hosted", 10, 10, true, 0));
        sc.groups.put("local", SmallScenario.group("Local", 10, 10, false, 0));
        sc.excitation = SmallScenario.excitation().perFighterKilled(1).memoryDays(2).build();
        TensionModel m = sc.started(101);
        MilitantGroup hosted = m.groups().get(0);
        MilitantGroup local = m.groups().get(1);
        hosted.mobilise(1);
        for (MilitantGroup g : m.groups()) {
            g.lose(m, 4);                                           // 4 revenge attacks due, half of them tomorrow
            g.step(m);
        }
        assertEquals(2, hosted.getTriggeredIntensity(), 1e-12);
        double factor = hosted.havenFactor(m);
        double triggered = hosted.triggered(m, 5);
        m.live().ceasefire(m, m.haven(), 10, 0.5, 1);
        assertTrue(m.isCeasefire());
        assertEquals(0.5 * factor, hosted.havenFactor(m), 1e-12);
        assertEquals(0.5 * triggered, hosted.triggered(m, 5), 1e-12);
        assertEquals(1, triggered, 1e-12, "2 attacks a day shared by 5 of 10 fighters");
        assertEquals(1, local.havenFactor(m), 0, "a group without a haven is not bound");
        assertEquals(1, local.triggered(m, 5), 1e-12);
    }

    @Test
    @DisplayName("no strikes or clashes of the governments' own choosing while it holds; a YIELD by the side agreeing")
    void aCeasefireStopsTheGovernmentsForce() {
        sc.host.pressure = 100;
        sc.host.grievance = 300;                                    // D = 0.75 ≥ the strike threshold 0.6
        sc.host.strikesPerYear = 1000;
        sc.host.clashesPerYear = 1000;
        TensionModel m = sc.started(102);
        List<Event> events = new ArrayList<>();
        m.setEventListener(events::add);
        m.live().ceasefire(m, m.haven(), 3, 0.5, 2);
        for (int d = 0; d < 100; d++) {
            m.host().step(m);
        }
        assertEquals(1, events.size(), "nothing but the announcement");
        Event yield = events.get(0);
        assertEquals(EventType.YIELD, yield.type());
        assertEquals("Haven", yield.actor());
        assertEquals(2, yield.magnitude(), 0);
    }

    @Test
    @DisplayName("a ceasefire of n days holds on days t … t + n − 1; a shorter one agreed later does not shorten it")
    void aCeasefireHoldsItsDays() {
        sc.end = sc.start.plusDays(30);
        TensionModel m = sc.started(103);
        m.schedule.step(m);
        m.live().ceasefire(m, m.host(), 5, 0.5, 1);                   // day 0: holds on days 0–4
        m.schedule.step(m);
        m.live().ceasefire(m, m.host(), 1, 0.5, 1);                   // day 1: would end after day 1
        for (int d = 2; d <= 4; d++) {
            m.schedule.step(m);
            assertTrue(m.isCeasefire(), "day " + d);
        }
        m.schedule.step(m);
        assertFalse(m.isCeasefire(), "day 5");
        assertEquals(1, m.ceasefireAttackFactor(), 0, "the groups' rates are whole again");
    }
}
