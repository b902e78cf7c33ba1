package org.durand.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.durand.scenario.GroupSpec;
import org.durand.scenario.Scenario;
import org.durand.scenario.StatusSpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The spin-up (ODD §5 item 7): S days before the start the governments decide, the cells attack,
 * the groups fight and recruit, the refugees' expected background returns burden the haven and dusk
 * relaxes everyone, as on any day; closures and answers to force are not taken, nothing is sent to
 * the listener and the run starts with an empty tally and its refugee stocks untouched.
 */
class SpinUpTest {

    private final SmallScenario sc = new SmallScenario();

    /** The fixture's scenario with {@code days} days of spin-up. */
    private Scenario withSpinUp(int days) {
        Scenario s = sc.build();
        return new Scenario(s.name(), s.description(), s.start(), s.end(), s.personsPerAgent(), s.provinces(),
                s.host(), s.haven(), s.groups(), s.refugees(), s.phases(), s.crossings(), s.timeline(),
                s.behaviour(), s.tension(), s.targets(), s.parameters(), days);
    }

    @Test
    @DisplayName("90 days of dusk: P = 100 × 2^(−90/45) = 25, G = 300 × 2^(−90/120)")
    void theSpinUpRelaxesTheGovernmentsDayByDay() {
        sc.host.pressure = 100;
        sc.haven.grievance = 300;
        TensionModel m = new TensionModel(181, withSpinUp(90));
        m.start();
        assertEquals(25, m.host().getPressure(), 1e-9);
        assertEquals(300 * Math.pow(2, -0.75), m.haven().getGrievance(), 1e-9);
    }

    @Test
    @DisplayName("cells attack, groups lose fighters to operations and governments accuse, unseen; "
            + "no closure, no answer to force, an empty tally at the start")
    void theSpinUpActsUnseen() {
        sc.host.pressure = 100;
        sc.host.grievance = 300;                                     // H = 0.45
        sc.host.accusationsPerYear = 365;
        sc.host.closuresPerYear = 1000;
        sc.host.clashesPerYear = 1000;
        sc.haven.retaliationProbability = 1;
        sc.haven.pressure = 1e9;
        sc.host.opsTempo = 1;
        sc.violence = SmallScenario.violence().securityAttackFatalities(3).opsKillsPerFighterYear(3.65).build();
        sc.groups.put("g", new GroupSpec("Group", 1000, 1000, false, 0, 365, 1, 0, 1_000_000,
                java.util.Map.of("north", 1.0)));
        sc.end = sc.start.plusDays(5);
        List<Event> events = new ArrayList<>();
        TensionModel m = new TensionModel(182, withSpinUp(30));
        m.setEventListener(events::add);
        m.start();
        assertEquals(List.of(), events, "nothing sent during the spin-up");
        assertTrue(m.groups().get(0).getFighters() < 1000, "operations killed fighters");
        assertTrue(m.haven().getGrievance() > 0, "accusations aggrieved the haven");
        assertTrue(m.host().getAlarm() > 100 * 14 / (45 / Math.log(2)), "the cells' attacks alarmed the host");
        assertFalse(m.border().isClosed(m, 0), "no closure taken");
        assertEquals(0, m.today().attacks(), "an empty tally");
        m.schedule.step(m);
        assertTrue(events.stream().noneMatch(e -> e.actor().equals("Haven")), "no answer due from the spin-up's clashes");
    }

    @Test
    @DisplayName("background returns: the haven takes perThousand × Σ persons·ρ·backgroundPerYear/365 a day; "
            + "no household leaves")
    void backgroundReturnsBurdenTheHavenWithoutAnyoneLeaving() {
        sc.statuses.clear();
        sc.statuses.put("card", new StatusSpec("Card", 10_000, 5, 5, 0));
        sc.returns = SmallScenario.returns().backgroundPerYear(36.5).yearsEffect(0.1).build();
        sc.pressure = SmallScenario.pressure().perThousandReturnees(1).build();
        TensionModel m = new TensionModel(183, withSpinUp(20));
        m.start();
        double daily = 10_000 * Math.exp(-0.5) * 0.1 / 1000;         // thousands a day
        double a = Math.pow(2, -1 / 45.0);                            // a day of pressure's decay
        assertEquals(daily * a * (1 - Math.pow(a, 20)) / (1 - a), m.haven().getPressure(), 1e-9,
                "each day's burden, decayed at that day's dusk and every one after");
        assertEquals(10_000, m.population().getRemaining());
        assertEquals(0, m.getTotalReturned());
    }
}
