package org.durand.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The dyad's event series (ODD §7.3, §7.15): an event between the two governments enters the day's
 * Goldstein sum and the tension index's intensity as its signed weight × magnitude, as event data
 * would record it; an event between a government and a group does not, whatever it does to the
 * governments' state.
 */
class EventDataTest {

    private final SmallScenario sc = new SmallScenario();

    @Test
    @DisplayName("an accusation of magnitude 2.5 (w = −2) and a visit of magnitude 2 (w = +1.9): Σ = −5 + 3.8")
    void eventsBetweenTheGovernmentsEnterTheSeries() {
        TensionModel m = sc.started(151);
        m.emit(EventType.ACCUSATION, m.host(), m.haven(), 2.5, "");
        assertEquals(-5, m.today().goldstein(), 1e-12);
        assertEquals(-5, m.tension().intensity(), 1e-12);
        m.emit(EventType.VISIT, m.haven(), m.host(), 2, "");
        assertEquals(-1.2, m.today().goldstein(), 1e-12);
        assertEquals(-1.2, m.tension().intensity(), 1e-12);
    }

    @Test
    @DisplayName("an operation against a group and an attack by a hosted group: not in the series, "
            + "though the attack aggrieves the host (attribution 0.5 × |−10| × magnitude)")
    void eventsWithAGroupStayOutOfTheSeries() {
        sc.violence = SmallScenario.violence().attribution(0.5).build();
        sc.groups.put("g", SmallScenario.group("Group", 10, 10, true, 0));
        TensionModel m = sc.started(152);
        MilitantGroup g = m.groups().get(0);
        m.emit(EventType.OPERATION, m.host(), g, 3, "north");
        m.emit(EventType.ATTACK_SECURITY, g, m.host(), 2, "north");
        assertEquals(0, m.today().goldstein(), 0);
        assertEquals(0, m.tension().intensity(), 0);
        assertEquals(10, m.host().getGrievance(), 1e-12);
        assertEquals(0, m.haven().getGrievance(), 0, "an operation on the host's soil aggrieves no government");
    }
}
