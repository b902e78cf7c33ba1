package org.durand.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.durand.TestScenarios;
import org.durand.observe.EventLog;
import org.durand.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Changes made while a run is under way: a re-read scenario's live values reach the agents, fixed
 * values are refused, and the interventions a user asks for happen at the start of the next day.
 */
class LiveChangesTest {

    private static final String COARSE = TestScenarios.VERY_COARSE;
    private static final Scenario SCENARIO = TestScenarios.baseline(COARSE);
    /** 1 June 2025: after the last pinned event of the baseline, so nothing else happens at the border. */
    private static final int QUIET_DAY = (int) ChronoUnit.DAYS.between(SCENARIO.start(), LocalDate.of(2025, 6, 1));

    private static TensionModel startedAt(Scenario scenario, int days) {
        TensionModel m = new TensionModel(11, scenario);
        m.setEventListener(new EventLog());
        m.start();
        for (int d = 0; d < days; d++) {
            m.schedule.step(m);
        }
        return m;
    }

    private static List<Event> events(TensionModel m, EventType type, int fromDay, int toDay) {
        LocalDate from = SCENARIO.start().plusDays(fromDay);
        LocalDate to = SCENARIO.start().plusDays(toDay);
        return ((EventLog) m.eventListener()).events().stream()
                .filter(e -> e.type() == type && !e.date().isBefore(from) && e.date().isBefore(to)).toList();
    }

    @Test
    void liveValuesReachTheRunningAgents() {
        TensionModel m = startedAt(SCENARIO, 100);
        m.applyScenario(TestScenarios.baseline(COARSE, "governments.host.hawkishness=0.9",
                "governments.haven.clashesPerYear=200", "groups.ttp.equipmentShare=0.8",
                "tension.scale=1000"));
        assertEquals(0.9, m.host().getHawkishness());
        assertEquals(200, m.haven().spec().clashesPerYear());
        assertEquals(0.8, m.groups().get(0).getEquipmentShare());
        assertEquals(1000, m.scenario().tension().scale());
        double intensity = m.tension().intensity();
        m.schedule.step(m);
        double d = m.tension().intensity() / Math.pow(0.5, 1.0 / m.scenario().tension().halfLifeDays());
        assertEquals(100 / (1 + Math.exp(d / 1000)), m.getTensionIndex(), 1e-9,
                "the index reads with the new scale (intensity before " + intensity + ")");
        assertEquals(0.6, TestScenarios.baseline(COARSE).host().hawkishness(), "the file is unchanged");
    }

    @Test
    void aLiveDeportationCapacityChangesTheActivePhase() {
        int inCampaign = (int) ChronoUnit.DAYS.between(SCENARIO.start(), LocalDate.of(2024, 1, 1));
        TensionModel fast = startedAt(SCENARIO, inCampaign);
        TensionModel slow = startedAt(SCENARIO, inCampaign);
        slow.applyScenario(TestScenarios.baseline(COARSE, "phases.undocumented.capacityPerDay=0"));
        long fastBefore = fast.getTotalDeported();
        long slowBefore = slow.getTotalDeported();
        for (int d = 0; d < 30; d++) {
            fast.schedule.step(fast);
            slow.schedule.step(slow);
        }
        assertEquals(slowBefore, slow.getTotalDeported(), "no deportations at zero capacity");
        assertTrue(fast.getTotalDeported() > fastBefore + 1000, "the twin keeps deporting");
    }

    @Test
    void aFixedValueCannotChangeDuringARunButCanBetweenRuns() {
        TensionModel m = startedAt(SCENARIO, 10);
        Scenario fewer = TestScenarios.baseline(COARSE, "groups.ttp.fighters=100");
        Scenario fewerWithoutSpinUp = TestScenarios.baseline(COARSE, "groups.ttp.fighters=100", "calendar.spinUpDays=0");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.applyScenario(fewer));
        assertTrue(e.getMessage().startsWith("groups.ttp.fighters "), e.getMessage());
        assertEquals(SCENARIO, m.scenario(), "a refused change leaves the scenario as it was");

        m.finish();
        m.applyScenario(fewerWithoutSpinUp);
        m.start();
        assertEquals(100, m.groups().get(0).getFighters(), "the new value, with no spin-up to move it");
        m.finish();
        m.applyScenario(fewer);
        m.start();
        assertTrue(Math.abs(m.groups().get(0).getFighters() - 100) < 50,
                "a year's spin-up from 100 fighters: " + m.groups().get(0).getFighters());
    }

    @Test
    void aClosureAskedForHappensAtTheStartOfTheNextDayAndAReopeningEndsIt() {
        TensionModel closed = startedAt(SCENARIO, QUIET_DAY);
        TensionModel open = startedAt(SCENARIO, QUIET_DAY);
        closed.request(Intervention.CLOSE_BORDER);
        assertEquals(List.of(Intervention.CLOSE_BORDER), closed.pendingInterventions());
        assertFalse(closed.border().isClosed(closed, 0), "nothing happens before the next day");
        closed.schedule.step(closed);
        open.schedule.step(open);
        assertTrue(closed.pendingInterventions().isEmpty());
        for (int c = 0; c < SCENARIO.crossings().size(); c++) {
            assertTrue(closed.border().isClosed(closed, c), "crossing " + c + " closed");
        }
        assertEquals(SCENARIO.crossings().size(), events(closed, EventType.CLOSURE, QUIET_DAY, QUIET_DAY + 1).size());
        assertTrue(closed.today().tradeUsd() < 0.2 * open.today().tradeUsd(), "trade falls to the residual share");

        for (int d = 0; d < 5; d++) {
            closed.schedule.step(closed);
        }
        assertTrue(closed.border().isClosed(closed, 0), "a 30-day closure still holds after 6 days");
        closed.request(Intervention.REOPEN_BORDER);
        closed.schedule.step(closed);
        for (int c = 0; c < SCENARIO.crossings().size(); c++) {
            assertFalse(closed.border().isClosed(closed, c), "crossing " + c + " reopened");
        }
    }

    @Test
    void visitsTalksAndStrikesAskedForAreEmittedOnTheNextDay() {
        TensionModel m = startedAt(SCENARIO, QUIET_DAY);
        TensionModel twin = startedAt(SCENARIO, QUIET_DAY);
        twin.schedule.step(twin);
        double trust = m.host().getTrust();
        m.request(Intervention.VISIT);
        m.request(Intervention.TALKS);
        m.request(Intervention.STRIKE);
        m.schedule.step(m);
        assertEquals(1, events(m, EventType.VISIT, QUIET_DAY, QUIET_DAY + 1).size());
        assertEquals(1, events(m, EventType.TALKS, QUIET_DAY, QUIET_DAY + 1).size());
        assertEquals(1, events(m, EventType.AIR_STRIKE, QUIET_DAY, QUIET_DAY + 1).size());
        assertTrue(m.today().airStrikes() >= 1);
        assertTrue(m.host().getTrust() != trust);
        assertTrue(m.host().getTrust() != twin.host().getTrust(), "the requests moved trust beyond the day's reversion");
    }

    @Test
    void aCeasefireStopsClashesAndStrikesForThirtyDaysAndThinsHavenAttacks() {
        // a haven that fires across the border every day it can, and a host that strikes whenever it may
        Scenario hostile = TestScenarios.baseline(COARSE, "governments.haven.clashesPerYear=365",
                "governments.host.strikesPerYear=365", "behaviour.coercion.strikeTrustCeiling=1",
                "behaviour.coercion.strikeDriveThreshold=0");
        TensionModel calm = startedAt(hostile, QUIET_DAY);
        TensionModel war = startedAt(hostile, QUIET_DAY);
        calm.request(Intervention.CEASEFIRE);
        for (int d = 0; d < Intervention.CEASEFIRE_DAYS; d++) {
            calm.schedule.step(calm);
            war.schedule.step(war);
            assertTrue(calm.isCeasefire(), "day " + d + " of the ceasefire");
        }
        int end = QUIET_DAY + Intervention.CEASEFIRE_DAYS;
        assertEquals(List.of(), events(calm, EventType.CLASH, QUIET_DAY, end));
        assertEquals(List.of(), events(calm, EventType.AIR_STRIKE, QUIET_DAY, end));
        assertEquals(1, events(calm, EventType.YIELD, QUIET_DAY, QUIET_DAY + 1).size(), "announced");
        assertFalse(events(war, EventType.CLASH, QUIET_DAY, end).isEmpty(), "without it the haven fires");
        assertFalse(events(war, EventType.AIR_STRIKE, QUIET_DAY, end).isEmpty(), "without it the host strikes");
        calm.schedule.step(calm);
        assertFalse(calm.isCeasefire(), "the ceasefire ends after thirty days");
    }

    @Test
    void personsByProvinceAddUpToThoseRemaining() {
        TensionModel m = startedAt(SCENARIO, 200);
        long[] byProvince = m.population().presentByProvince();
        assertEquals(SCENARIO.provinces().size(), byProvince.length);
        assertEquals(m.population().getRemaining(), java.util.Arrays.stream(byProvince).sum());
        assertTrue(byProvince[0] > byProvince[byProvince.length - 1], "more in KP than in Islamabad");
    }

    @Test
    void aRestartForgetsRequestsAndCeasefires() {
        TensionModel m = startedAt(SCENARIO, 10);
        m.request(Intervention.CEASEFIRE);
        m.schedule.step(m);
        m.request(Intervention.STRIKE);
        m.start();
        assertTrue(m.pendingInterventions().isEmpty());
        m.schedule.step(m);
        assertFalse(m.isCeasefire());
    }
}
