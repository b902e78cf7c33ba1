package org.durand.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The model's day on the small scenario (the class comment of {@link TensionModel}): the calendar
 * and its end, observers, the phases' order as far as one day shows it (requests before the
 * governments, dusk after everyone), all 64 bits of the seed, and a restart that repeats the run.
 */
class DailyScheduleTest {

    private final SmallScenario sc = new SmallScenario();

    /** An observer that notes the day it is stepped on. */
    private static final class DayNotes implements Steppable {
        private static final long serialVersionUID = 1L;
        final List<Integer> days = new ArrayList<>();

        @Override
        public void step(SimState state) {
            days.add(((TensionModel) state).day());
        }
    }

    @Test
    @DisplayName("a run steps every day of the calendar once and stops after the last; an observer attached later "
            + "sees the days from the next one")
    void aRunStepsEachDayOfTheCalendar() {
        sc.end = sc.start.plusDays(9);
        TensionModel m = new TensionModel(1, sc.build());
        assertFalse(m.isRunning(), "not before the start");
        m.start();
        assertTrue(m.isRunning());
        DayNotes all = new DayNotes();
        m.attach(all);
        assertEquals(0, m.day(), "day 0 before the first step");
        m.schedule.step(m);
        DayNotes later = new DayNotes();
        m.attach(later);
        List<Integer> counted = new ArrayList<>();
        m.runToEnd(counted::add);
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), counted, "the days runToEnd simulated, told after each");
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), all.days);
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), later.days, "attached after day 0");
        assertFalse(m.isRunning(), "finished");
        assertEquals(9, m.day(), "the last day after the end");
        assertEquals(sc.end, m.date());
        assertSame(all, m.observer(DayNotes.class));
    }

    @Test
    @DisplayName("a run finished early steps no more")
    void aFinishedRunStops() {
        TensionModel m = sc.started(5);
        for (int d = 0; d < 3; d++) {
            m.schedule.step(m);
        }
        m.finish();
        assertFalse(m.isRunning());
        assertFalse(m.schedule.step(m));
    }

    @Test
    @DisplayName("a day: a request applied in its timeline phase, its event in the day's Goldstein sum and "
            + "tension index; dusk relaxes both governments; dawn clears the tally")
    void theDaysPhasesActInOrder() {
        sc.host.pressure = 100;
        sc.haven.pressure = 40;
        sc.pressure = SmallScenario.pressure().halfLifeDays(1).build();
        TensionModel m = sc.started(2);
        List<Event> events = new ArrayList<>();
        EventListener listener = events::add;
        m.setEventListener(listener);
        assertSame(listener, m.eventListener());
        m.request(Intervention.VISIT);
        m.schedule.step(m);
        assertEquals(1, events.size());
        assertEquals(EventType.VISIT, events.get(0).type());
        assertEquals(sc.start, events.get(0).date(), "applied on the day after the request");
        assertEquals(1.9, m.today().goldstein(), 1e-12);
        assertEquals(100 / (1 + Math.exp(1.9 / 100)), m.getTensionIndex(), 1e-12, "100/(1 + exp(D/scale))");
        assertEquals(50, m.host().getPressure(), 1e-9, "dusk: a half-life of one day");
        assertEquals(20, m.haven().getPressure(), 1e-9);
        m.schedule.step(m);
        assertEquals(0, m.today().goldstein(), 0, "the tally starts empty each day");
        assertEquals(0, m.today().diplomatic(), "no visit today");
    }

    @Test
    @DisplayName("dawn clears every count of the day before")
    void dawnClearsTheTally() {
        sc.coercion = SmallScenario.coercion().strikeDeaths(50).strikeMilitantShare(0.5).clashFatalities(50)
                .clashHostShare(0.5).build();
        sc.violence = SmallScenario.violence().dispersion(100).build();       // clash deaths ≈ Poisson(50): never none
        sc.groups.put("g", SmallScenario.group("Group", 1000, 1000, true, 0));
        TensionModel m = sc.started(4);
        m.schedule.step(m);
        m.clash(m.host(), 1);
        m.airStrike(m.host(), "", 1);
        m.airStrike(m.haven(), "", 1);
        m.consequences().attack(null, 1, 3, 4, 5);
        m.consequences().operation(0, 6, 0);
        m.consequences().returns(7, 8);
        m.request(Intervention.VISIT);
        DayTally t = m.today();
        assertTrue(t.havenSecurity() > 0 && t.havenMilitant() > 0 && t.havenCivilian() > 0 && t.clashes() == 1
                && t.airStrikes() == 2 && t.attacks() == 1, "the day's counts");
        m.schedule.step(m);
        assertEquals(1, t.diplomatic(), "the requested visit, today");
        int[] sums = {t.security(0) + t.security(1), t.civilian(0) + t.civilian(1), t.militant(0) + t.militant(1),
            t.havenSecurity(), t.havenMilitant(), t.havenCivilian(), t.clashes(), t.airStrikes(), t.attacks(),
            (int) t.deported(), (int) t.pressured()};
        assertArrayEquals(new int[sums.length], sums, "yesterday's counts are gone");
        assertFalse(t.borderClosed());
        assertEquals(1000, t.tradeUsd(), 1e-9, "today's trade only");
    }

    /** The first number the generator gives after a start with {@code seed}. */
    private long firstDraw(long seed) {
        TensionModel m = sc.started(seed);
        return m.random.nextLong();
    }

    @Test
    @DisplayName("all 64 bits of the seed count: seeds that share their low 32 bits give different runs; "
            + "setSeed takes effect at the start")
    void everyBitOfTheSeedCounts() {
        long low = 5;
        long high = (7L << 32) | 5;
        assertEquals(firstDraw(low), firstDraw(low), "the same seed, the same run");
        assertNotEquals(firstDraw(low), firstDraw(high));
        TensionModel m = new TensionModel(1, sc.build());
        m.setSeed(high);
        assertEquals(high, m.fullSeed());
        assertEquals(low, m.seed(), "MASON's own record of the seed (what its Console shows) follows, in 32 bits");
        m.start();
        assertEquals(firstDraw(high), m.random.nextLong());
    }

    @Test
    @DisplayName("a restart repeats the run and forgets the observers, requests and ceasefire of the last one")
    void aRestartRepeatsTheRun() {
        sc.groups.put("g", SmallScenario.group("Group", 10, 10, true, 180));   // p ≈ 1/2 a day
        sc.violence = SmallScenario.violence().securityAttackFatalities(2).build();
        sc.end = sc.start.plusDays(59);
        TensionModel m = sc.started(3);
        List<Event> first = new ArrayList<>();
        m.setEventListener(first::add);
        m.attach(new DayNotes());
        m.request(Intervention.CEASEFIRE);
        m.runToEnd();
        assertTrue(first.size() > 10, "attacks happened: " + first.size());

        List<Event> second = new ArrayList<>();
        m.setEventListener(second::add);
        m.request(Intervention.CEASEFIRE);
        m.start();
        assertEquals(List.of(), m.pendingInterventions(), "the request of the last run is dropped");
        assertThrows(IllegalStateException.class, () -> m.observer(DayNotes.class), "observers of the last run");
        m.request(Intervention.CEASEFIRE);
        m.runToEnd();
        assertEquals(first, second);
    }
}
