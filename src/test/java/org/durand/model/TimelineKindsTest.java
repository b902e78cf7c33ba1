package org.durand.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.durand.TestScenarios;
import org.durand.observe.EventLog;
import org.durand.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The timeline can replay a later escalation as it happened — strikes and clashes, every crossing
 * closed until further notice, a pinned attack, a ceasefire reached in talks, talks that fail, a
 * reopening, and a parameter set from a date — written with {@code --set} the way a user would,
 * and the model responds as §7.18 of the ODD says.
 */
class TimelineKindsTest {

    private static final LocalDate END = LocalDate.of(2025, 12, 31);

    /** The October 2025 escalation as timeline entries, plus {@code extra}. */
    private static Scenario escalation(boolean ceasefire, String... extra) {
        List<String> sets = new ArrayList<>(List.of(TestScenarios.VERY_COARSE,
                "governments.haven.clashesPerYear=200",
                "timeline.strike-oct.date=2025-10-09", "timeline.strike-oct.type=strike",
                "timeline.strike-oct.actor=host", "timeline.strike-oct.group=ttp",
                "timeline.clash-oct.date=2025-10-11", "timeline.clash-oct.type=clash",
                "timeline.clash-oct.actor=haven", "timeline.clash-oct.magnitude=3",
                "timeline.shut-torkham.date=2025-10-12", "timeline.shut-torkham.type=closure",
                "timeline.shut-torkham.actor=host", "timeline.shut-torkham.crossing=torkham",
                "timeline.shut-chaman.date=2025-10-12", "timeline.shut-chaman.type=closure",
                "timeline.shut-chaman.actor=host", "timeline.shut-chaman.crossing=chaman",
                "timeline.shut-other.date=2025-10-12", "timeline.shut-other.type=closure",
                "timeline.shut-other.actor=host", "timeline.shut-other.crossing=other",
                "timeline.raid.date=2025-10-20", "timeline.raid.type=attack", "timeline.raid.actor=host",
                "timeline.raid.group=ttp", "timeline.raid.province=kp", "timeline.raid.deaths=20",
                "timeline.raid.target=security",
                "timeline.talks-fail.date=2025-10-25", "timeline.talks-fail.type=talks",
                "timeline.talks-fail.actor=host", "timeline.talks-fail.outcome=failed",
                "timeline.hawk.date=2025-11-01", "timeline.hawk.type=set", "timeline.hawk.actor=host",
                "timeline.hawk.parameter=governments.host.hawkishness", "timeline.hawk.value=0.9",
                "timeline.reopen.date=2025-11-20", "timeline.reopen.type=reopen", "timeline.reopen.actor=host"));
        if (ceasefire) {
            sets.addAll(List.of("timeline.truce.date=2025-10-15", "timeline.truce.type=ceasefire",
                    "timeline.truce.actor=haven", "timeline.truce.days=30", "timeline.truce.attackFactor=0.5"));
        }
        sets.addAll(List.of(extra));
        return TestScenarios.truncated(TestScenarios.baseline(sets.toArray(new String[0])), END);
    }

    private static TensionModel run(Scenario s, long seed) {
        TensionModel m = new TensionModel(seed, s);
        m.setEventListener(new EventLog());
        m.start();
        return m;
    }

    private static int dayOf(TensionModel m, LocalDate d) {
        return (int) java.time.temporal.ChronoUnit.DAYS.between(m.scenario().start(), d);
    }

    private static void stepTo(TensionModel m, LocalDate d) {
        while (m.day() < dayOf(m, d) || m.schedule.getTime() < 0) {
            m.schedule.step(m);
        }
    }

    private static List<Event> events(TensionModel m, EventType type, LocalDate from, LocalDate to) {
        return ((EventLog) m.eventListener()).events().stream().filter(e -> e.type() == type)
                .filter(e -> !e.date().isBefore(from) && !e.date().isAfter(to)).toList();
    }

    @Test
    void theEscalationIsReplayedEntryByEntry() {
        TensionModel m = run(escalation(true), 5);
        stepTo(m, LocalDate.of(2025, 10, 13));
        for (int c = 0; c < 3; c++) {
            assertTrue(m.border().isClosed(m, c), "crossing " + c + " closed until further notice");
        }
        stepTo(m, LocalDate.of(2025, 11, 19));
        for (int c = 0; c < 3; c++) {
            assertTrue(m.border().isClosed(m, c), "still closed five weeks later: no length was given");
        }
        assertTrue(m.border().tie() < 0.2, "trade collapses with every crossing shut: " + m.border().tie());
        assertEquals(0.9, m.host().getHawkishness(), 0, "hawkishness set from 1 November");
        stepTo(m, LocalDate.of(2025, 11, 21));
        for (int c = 0; c < 3; c++) {
            assertTrue(!m.border().isClosed(m, c), "reopened on 20 November");
        }
        LocalDate from = LocalDate.of(2025, 10, 1);
        LocalDate to = LocalDate.of(2025, 11, 21);
        assertEquals(1, events(m, EventType.REJECT, from, to).size(), "failed talks are a rejection (CAMEO 120)");
        assertEquals(0, events(m, EventType.TALKS, LocalDate.of(2025, 10, 25), LocalDate.of(2025, 10, 25)).size());
        assertEquals(2, events(m, EventType.YIELD, from, to).size(), "the ceasefire and the reopening");
        assertTrue(events(m, EventType.ATTACK_SECURITY, LocalDate.of(2025, 10, 20), LocalDate.of(2025, 10, 20))
                .stream().anyMatch(e -> e.province().equals("kp") && e.magnitude() == Magnitude.ofDeaths(20)),
                "the pinned attack, 20 dead in KP");
    }

    @Test
    void aCeasefireSuspendsClashesAndThinsHostedAttacksForItsDays() {
        int clashesWith = 0;
        int clashesWithout = 0;
        int attacksWith = 0;
        int attacksWithout = 0;
        LocalDate from = LocalDate.of(2025, 10, 15);
        LocalDate to = LocalDate.of(2025, 11, 13);
        for (long seed = 1; seed <= 6; seed++) {
            TensionModel with = run(escalation(true), seed);
            TensionModel without = run(escalation(false), seed);
            stepTo(with, to.plusDays(1));
            stepTo(without, to.plusDays(1));
            clashesWith += events(with, EventType.CLASH, from, to).size();
            clashesWithout += events(without, EventType.CLASH, from, to).size();
            attacksWith += events(with, EventType.ATTACK_SECURITY, from, to).size()
                    + events(with, EventType.ATTACK_CIVILIAN, from, to).size();
            attacksWithout += events(without, EventType.ATTACK_SECURITY, from, to).size()
                    + events(without, EventType.ATTACK_CIVILIAN, from, to).size();
        }
        assertEquals(0, clashesWith, "no clash of the governments' own choosing while the ceasefire holds");
        assertTrue(clashesWithout > 5, "without it the haven keeps firing: " + clashesWithout);
        assertTrue(attacksWith < attacksWithout, "hosted groups attack less: " + attacksWith + " vs " + attacksWithout);
    }

    @Test
    void aSetNeedsAParameterThatMayChangeDuringARun() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> escalation(false,
                "timeline.bad.date=2025-06-01", "timeline.bad.type=set", "timeline.bad.actor=host",
                "timeline.bad.parameter=groups.ttp.fighters", "timeline.bad.value=9000"));
        assertTrue(e.getMessage().contains("shapes the initial state only"), e.getMessage());
    }

    @Test
    void aSetValueIsAPlainNumberAndIsReportedAtItsEntry() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> escalation(false,
                "timeline.odd.date=2025-06-01", "timeline.odd.type=set", "timeline.odd.actor=host",
                "timeline.odd.parameter=governments.host.hawkishness", "timeline.odd.value=1f"));
        assertTrue(e.getMessage().contains("timeline.odd.value") && e.getMessage().contains("plain number"),
                e.getMessage());
    }

    @Test
    void theMassCasualtyLawNeedsItsUpperBoundAboveItsLowerOne() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> TestScenarios.baseline("behaviour.violence.massCasualtyMaxDeaths=5"));
        assertTrue(e.getMessage().contains("behaviour.violence.massCasualtyMaxDeaths")
                && e.getMessage().contains("must be above massCasualtyMinDeaths"), e.getMessage());
    }
}
