package org.durand.model;

import static org.durand.model.Frequencies.assertMean;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.durand.scenario.GroupSpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Interdiction of left-behind equipment (ODD §7.8) with an equipment share and its lethality set:
 * it is an event of its actor against the group, not between the governments, and it lowers the
 * deaths of the group's later attacks, μ·(1 + equipmentLethality·e), through the equipment it removes.
 */
class InterdictionTest {

    private final SmallScenario sc = new SmallScenario();

    /** A hosted group of one full cell of 10 fighters, equipment share 0.8, attacking every day. */
    private static GroupSpec armed() {
        return new GroupSpec("Armed", 10, 10, true, 0.8, 365, 1, 0, 1000, Map.of("north", 1.0));
    }

    @Test
    @DisplayName("an INTERDICTION event of its actor against the group, magnitude the share; "
            + "Goldstein weight 0: the governments' state and the dyad's series do not move")
    void anInterdictionIsAnEventAgainstTheGroup() {
        sc.grievance = SmallScenario.grievance().perHostileUnit(5).build();
        sc.groups.put("g", armed());
        TensionModel m = sc.started(71);
        List<Event> events = new ArrayList<>();
        m.setEventListener(events::add);
        m.interdict(m.host(), "g", 0.25);
        assertEquals(1, events.size());
        Event e = events.get(0);
        assertEquals(EventType.INTERDICTION, e.type());
        assertEquals("Host", e.actor());
        assertEquals("Armed", e.target());
        assertEquals(0.25, e.magnitude(), 0);
        assertEquals(0, m.haven().getGrievance(), 0);
        assertEquals(0, m.today().goldstein(), 0);
        assertEquals(0, m.tension().intensity(), 0);
    }

    @Test
    @DisplayName("deaths per attack μ·(1 + λ·e): 2 × (1 + 1 × 0.8) = 3.6 before, 2 × (1 + 1 × 0.4) = 2.8 after halving e")
    void anInterdictionMakesLaterAttacksLessDeadly() {
        sc.violence = SmallScenario.violence().securityAttackFatalities(2).equipmentLethality(1).dispersion(2).build();
        sc.groups.put("g", armed());
        TensionModel m = sc.started(72);
        Cell cell = m.groups().get(0).cells().get(0);
        int attacks = 5000;
        assertMean(deaths(m, cell, attacks), attacks, 3.6, 3.6 + 3.6 * 3.6 / 2, "deaths per attack, fully armed");
        m.interdict(m.host(), "", 0.5);
        assertMean(deaths(m, cell, attacks), attacks, 2.8, 2.8 + 2.8 * 2.8 / 2, "deaths per attack after interdiction");
    }

    /** Deaths of {@code attacks} attacks of {@code cell} (p = 1 a step), counted from the day's tally. */
    private static long deaths(TensionModel m, Cell cell, int attacks) {
        m.today().clear();
        for (int i = 0; i < attacks; i++) {
            cell.step(m);
        }
        assertEquals(attacks, m.today().attacks());
        return m.today().security(0) + m.today().civilian(0);
    }
}
