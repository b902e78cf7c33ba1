package org.durand.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.durand.TestScenarios;
import org.durand.scenario.Scenario;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every kind of timeline entry, written the way a user writes it ({@code timeline.<id>.<key>=…}) on
 * the fictional test scenario with every act of the governments' and militants' own choosing
 * switched off, in January 2030: each happens on its date, as its actor's act, with its effect on
 * the border, the groups, the ceasefire or the parameters (ODD §7.18).
 */
class TimelineEntriesTest {

    private static final Path FICTIONAL = Path.of("src/test/resources/scenarios/fictional.yaml").toAbsolutePath();
    private static final LocalDate JAN = LocalDate.of(2030, 1, 1);

    /** What a listener saw: date, type and actor. */
    private record Seen(LocalDate date, EventType type, String actor) {
    }

    private static String[] entries() {
        return new String[] {"calendar.end=2030-01-31", "resolution.personsPerAgent=1000",
            "governments.host.accusationsPerYear=0", "governments.host.closuresPerYear=0",
            "governments.host.clashesPerYear=0", "governments.host.strikesPerYear=0",
            "governments.host.engagementsPerYear=0", "governments.host.opsTempo=0",
            "governments.haven.accusationsPerYear=0", "governments.haven.clashesPerYear=0",
            "governments.haven.engagementsPerYear=0", "governments.haven.retaliationProbability=0",
            "groups.wolves.attacksPerCellYear=0", "groups.wolves.recruitmentPerYear=0",
            "behaviour.excitation.branchingRatio=0", "behaviour.excitation.perFighterKilled=0",
            "timeline.v.date=2030-01-02", "timeline.v.type=visit", "timeline.v.actor=host", "timeline.v.magnitude=2",
            "timeline.t.date=2030-01-03", "timeline.t.type=talks", "timeline.t.actor=haven",
            "timeline.f.date=2030-01-03", "timeline.f.type=talks", "timeline.f.actor=host", "timeline.f.outcome=failed",
            "timeline.a.date=2030-01-04", "timeline.a.type=agreement", "timeline.a.actor=host",
            "timeline.a.tradeMultiplier=1.5",
            "timeline.c.date=2030-01-05", "timeline.c.type=closure", "timeline.c.actor=host", "timeline.c.crossing=gate",
            "timeline.c.days=3",
            "timeline.c2.date=2030-01-05", "timeline.c2.type=closure", "timeline.c2.actor=host",
            "timeline.c2.crossing=ford", "timeline.c2.days=10",
            "timeline.r.date=2030-01-06", "timeline.r.type=reopen", "timeline.r.actor=haven", "timeline.r.crossing=gate",
            "timeline.cf.date=2030-01-07", "timeline.cf.type=ceasefire", "timeline.cf.actor=haven", "timeline.cf.days=5",
            "timeline.cf.attackFactor=0.4",
            "timeline.at.date=2030-01-08", "timeline.at.type=attack", "timeline.at.actor=host",
            "timeline.at.group=wolves", "timeline.at.province=coast", "timeline.at.deaths=7",
            "timeline.at.target=security",
            "timeline.h.date=2030-01-09", "timeline.h.type=set", "timeline.h.actor=host",
            "timeline.h.parameter=governments.host.hawkishness", "timeline.h.value=0.9",
            "timeline.s.date=2030-01-10", "timeline.s.type=strike", "timeline.s.actor=host", "timeline.s.group=wolves",
            "timeline.k.date=2030-01-11", "timeline.k.type=clash", "timeline.k.actor=haven", "timeline.k.magnitude=3",
            "timeline.ac.date=2030-01-12", "timeline.ac.type=accusation", "timeline.ac.actor=host",
            "timeline.th.date=2030-01-12", "timeline.th.type=threat", "timeline.th.actor=haven",
            "timeline.i.date=2030-01-13", "timeline.i.type=interdiction", "timeline.i.actor=host",
            "timeline.i.group=wolves", "timeline.i.share=0.5",
            "timeline.e.date=2030-01-20", "timeline.e.type=visit", "timeline.e.actor=host", "timeline.e.every=3",
            "timeline.e.until=2030-01-29"};
    }

    @Test
    @DisplayName("each entry on its date as its actor's act; closures, reopenings, agreements, ceasefires, pinned "
            + "attacks, settings, strikes and interdictions do what they say")
    void everyKindHappensOnItsDate() {
        Scenario s = TestScenarios.read(FICTIONAL, entries());
        TensionModel m = new TensionModel(201, s);
        List<Event> events = new ArrayList<>();
        m.setEventListener(events::add);
        m.start();
        String host = "Republic of Alba";
        String haven = "Emirate of Borea";
        String wolves = "Grey Wolves Front";
        double[] trade = new double[s.days()];
        boolean[] gateClosed = new boolean[s.days()];
        boolean[] fordClosed = new boolean[s.days()];
        boolean[] ceasefire = new boolean[s.days()];
        double[] hawkishness = new double[s.days()];
        for (int d = 0; d < s.days(); d++) {
            m.schedule.step(m);
            trade[d] = m.today().tradeUsd();
            gateClosed[d] = m.border().isClosed(m, 0);
            fordClosed[d] = m.border().isClosed(m, 1);
            ceasefire[d] = m.isCeasefire();
            hawkishness[d] = m.host().getHawkishness();
            if (d == 7) {
                assertEquals(7, m.today().security(1) + m.today().civilian(1), "the pinned attack's dead, on the coast");
            }
        }
        List<Seen> expected = List.of(new Seen(JAN.plusDays(1), EventType.VISIT, host),
                new Seen(JAN.plusDays(2), EventType.TALKS, haven), new Seen(JAN.plusDays(2), EventType.REJECT, host),
                new Seen(JAN.plusDays(3), EventType.AGREEMENT, host), new Seen(JAN.plusDays(4), EventType.CLOSURE, host),
                new Seen(JAN.plusDays(4), EventType.CLOSURE, host),
                new Seen(JAN.plusDays(5), EventType.YIELD, haven), new Seen(JAN.plusDays(6), EventType.YIELD, haven),
                new Seen(JAN.plusDays(7), EventType.ATTACK_SECURITY, wolves),
                new Seen(JAN.plusDays(9), EventType.AIR_STRIKE, host), new Seen(JAN.plusDays(10), EventType.CLASH, haven),
                new Seen(JAN.plusDays(11), EventType.ACCUSATION, host), new Seen(JAN.plusDays(11), EventType.THREAT, haven),
                new Seen(JAN.plusDays(12), EventType.INTERDICTION, host),
                new Seen(JAN.plusDays(19), EventType.VISIT, host), new Seen(JAN.plusDays(22), EventType.VISIT, host),
                new Seen(JAN.plusDays(25), EventType.VISIT, host), new Seen(JAN.plusDays(28), EventType.VISIT, host));
        assertEquals(expected, events.stream().map(e -> new Seen(e.date(), e.type(), e.actor())).toList(),
                "nothing else happens: every act of the governments' and militants' own choosing is off");
        assertEquals(2, events.get(0).magnitude(), 0, "the visit's magnitude");
        assertEquals(3, events.get(10).magnitude(), 0, "the clash's magnitude");
        assertEquals(Magnitude.ofDeaths(7), events.get(8).magnitude(), 1e-12);
        assertEquals("coast", events.get(8).province());
        assertEquals("marches", events.get(4).province(), "the gate's province");
        assertEquals("uplands", events.get(5).province(), "the ford's province");
        assertEquals("marches", events.get(6).province(), "the reopening names the gate");
        assertEquals(1.5, trade[3] / trade[2], 1e-3, "the agreement multiplies trade by 1.5");
        assertFalse(gateClosed[3]);
        assertTrue(gateClosed[4], "closed on the 5th");
        assertFalse(gateClosed[5], "reopened on the 6th, before its three days were out");
        assertTrue(fordClosed[5], "the ford, not named, stays closed");
        assertTrue(fordClosed[13]);
        assertFalse(fordClosed[14], "until its ten days are out");
        for (int d = 0; d < 12; d++) {
            assertEquals(d >= 6 && d <= 10, ceasefire[d], "ceasefire on day " + d);
        }
        assertEquals(0.55, hawkishness[7], 0);
        assertEquals(0.9, hawkishness[8], 0, "set from the 9th");
        assertEquals(0.1, m.groups().get(0).getEquipmentShare(), 1e-12, "0.2 halved");
        assertTrue(m.groups().get(0).getFighters() < 2000, "the strike killed fighters");
    }
}
