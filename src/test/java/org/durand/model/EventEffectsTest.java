package org.durand.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.durand.scenario.TimelineAction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * How emitted events move trust and grievance (ODD §7.3): a cooperative event between the
 * governments moves both by u = |w|·m; a hostile one moves only its target, by a·u with a = 1
 * from the other government, a = attribution from a group with a haven, a = 0 from a group
 * without one. Events are applied through the timeline and through cell attacks, as in a run.
 */
class EventEffectsTest {


    private final SmallScenario sc = new SmallScenario();
    /** The model of the last {@link #attackTwenty} call. */
    private TensionModel lastModel;

    private TensionModel afterTimeline() {
        TensionModel m = sc.started(1);
        new Timeline(m.scenario()).step(m);
        return m;
    }

    @Test
    @DisplayName("visit of magnitude 2: u = 1.9 × 2 = 3.8 moves both governments' trust (log-odds) and grievance")
    void cooperativeEventMovesBothGovernments() {
        sc.trust = SmallScenario.trust().perCooperativeUnit(Math.log(3) / 3.8).build();          // odds × 3
        sc.grievance = SmallScenario.grievance().perCooperativeUnit(150 / 3.8).build();  // 150 removed
        sc.host.grievance = 300;
        sc.haven.grievance = 100;
        sc.haven.trust = 0.5;
        sc.timeline.add(sc.pinned(new TimelineAction.Visit("host", 2)));
        TensionModel m = afterTimeline();
        assertEquals(0.5, m.host().getTrust(), 1e-12, "odds 1/3 × 3 = 1");
        assertEquals(0.75, m.haven().getTrust(), 1e-12, "odds 1 × 3 = 3");
        assertEquals(150, m.host().getGrievance(), 1e-9, "300 − 150");
        assertEquals(0, m.haven().getGrievance(), 0, "100 − 150, floored at 0");
        assertEquals(1, m.today().diplomatic(), "one diplomatic event counted");
    }

    @Test
    @DisplayName("accusation (w = −2) of magnitude 5 by the host: the haven alone takes u = 10")
    void hostileEventMovesOnlyItsTarget() {
        sc.trust = SmallScenario.trust().perHostileUnit(Math.log(3) / 10).build();          // odds ÷ 3
        sc.grievance = SmallScenario.grievance().perHostileUnit(3).build();
        sc.haven.grievance = 100;
        sc.haven.trust = 0.5;
        sc.timeline.add(sc.pinned(new TimelineAction.Accusation("host", 5)));
        TensionModel m = afterTimeline();
        assertEquals(100 + 3 * 10, m.haven().getGrievance(), 1e-9, "G + perHostileUnit × u");
        assertEquals(0.25, m.haven().getTrust(), 1e-12, "odds 1 ÷ 3: logit T − ln 3");
        assertEquals(0, m.host().getGrievance(), 0, "the actor is not aggrieved");
        assertEquals(0.25, m.host().getTrust(), 0, "nor does its trust move");
        assertEquals(0, m.today().diplomatic());
    }

    @Test
    @DisplayName("threat (w = −7) by the haven: the host takes u = 7")
    void threatAggrievesTheHost() {
        sc.trust = SmallScenario.trust().perHostileUnit(0.01).build();
        sc.timeline.add(sc.pinned(new TimelineAction.Threat("haven", 1)));
        TensionModel m = afterTimeline();
        assertEquals(7, m.host().getGrievance(), 1e-12);
        assertEquals(1 / (1 + 3 * Math.exp(0.07)), m.host().getTrust(), 1e-12, "logit T = −ln 3 − 0.01 × 7");
    }

    @Test
    @DisplayName("attack by a group with a haven: the host takes attribution × 10 × magnitude; pressure += π·σ·security deaths")
    void attacksFromTheHavenAreAttributedToTheHavenGovernment() {
        List<Event> attacks = attackTwenty(true);
        double magnitudes = attacks.stream().mapToDouble(Event::magnitude).sum();
        assertEquals(0.5 * 10 * magnitudes, lastModel.host().getGrievance(), 1e-9, "a = attribution = 0.5");
        int security = lastModel.today().security(0);
        assertTrue(security > 0, "some attack killed someone");
        assertEquals(1.5 * security, lastModel.host().getPressure(), 1e-9, "π = 1, σ = 1.5, all victims security");
        assertEquals(0, lastModel.haven().getGrievance(), 0, "the haven government is not the target");
    }

    @Test
    @DisplayName("attack by a group without a haven: a = 0, no grievance, but the deaths still press the host")
    void attacksFromAGroupWithoutAHavenAggrieveNoGovernment() {
        List<Event> attacks = attackTwenty(false);
        assertEquals(20, attacks.size());
        assertEquals(0, lastModel.host().getGrievance(), 0);
        int security = lastModel.today().security(0);
        assertTrue(security > 0, "some attack killed someone");
        assertEquals(1.5 * security, lastModel.host().getPressure(), 1e-9);
    }

    /**
     * One full cell (10 fighters, cells of 10) attacking on each of 20 steps (365 attacks a
     * cell-year: p = 1), 3 deaths per attack on average, every victim security personnel, no
     * attacker killed; attribution 0.5.
     */
    private List<Event> attackTwenty(boolean haven) {
        sc.violence = SmallScenario.violence().securityAttackFatalities(3).civilianAttackFatalities(3).attribution(0.5)
                .build();
        sc.groups.put("g", SmallScenario.group("Group", 10, 10, haven, 365));
        lastModel = sc.started(7);
        List<Event> attacks = new ArrayList<>();
        lastModel.setEventListener(attacks::add);
        Cell cell = lastModel.groups().get(0).cells().get(0);
        for (int i = 0; i < 20; i++) {
            cell.step(lastModel);
        }
        assertEquals(20, lastModel.today().attacks(), "p = 1: an attack every step");
        assertTrue(attacks.stream().allMatch(e -> e.type() == EventType.ATTACK_SECURITY && e.target().equals("Host")));
        return attacks;
    }
}
