package org.durand.model;

import static org.durand.model.Frequencies.assertMean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.durand.scenario.Behaviour;
import org.durand.scenario.GroupSpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The attack-triggered response (ODD §7.20): alarm(t + 1) = (1 − 1/memoryDays) × alarm(t) + the
 * day's fatality-equivalents on the government's soil; level = reactivity × a²/(1 + a²), a =
 * alarm/threshold; hostile hazards and operations tempo × (1 + level).
 */
class AttackResponseTest {

    private final SmallScenario sc = new SmallScenario();

    @Test
    @DisplayName("a steady toll x a day holds the alarm at memoryDays × x; level(threshold) = reactivity/2")
    void alarmRemembersTheDeathsOfItsMemory() {
        Behaviour.Response r = SmallScenario.response().memoryDays(10).threshold(50).reactivity(4).build();
        AttackResponse a = new AttackResponse(0);
        for (int day = 0; day < 1000; day++) {
            a.record(5);
            a.endOfDay(r);
        }
        assertEquals(50, a.alarm(), 1e-9);
        assertEquals(2, a.level(r), 1e-12);
        assertEquals(4 * 4.0 / 5, r.level(100), 1e-12, "a = 2: 4 × 4/5");
        assertEquals(0, r.level(0), 0);
    }

    @Test
    @DisplayName("an attack's dead, security weighted, enter the host's alarm at dusk; a clash's enter each side's")
    void deathsOnItsSoilRaiseTheAlarm() {
        sc.response = SmallScenario.response().memoryDays(10).threshold(50).reactivity(4).build();
        TensionModel m = sc.started(1);
        m.consequences().attack(null, 0, 2, 3, 0);         // 1.5 × 2 + 3 = 6 fatality-equivalents
        m.consequences().clash(0, 2, 4);                // host 1.5 × 2 = 3, haven 1.5 × 4 = 6
        m.host().relax(1);
        m.haven().relax(1);
        assertEquals(9, m.host().getAlarm(), 1e-12);
        assertEquals(6, m.haven().getAlarm(), 1e-12);
        m.host().relax(1);
        assertEquals(9 * 0.9, m.host().getAlarm(), 1e-12, "decays by 1 − 1/memoryDays a day");
        assertEquals(4 * 0.026244 / 1.026244, m.host().responseLevel(), 1e-12, "a = 8.1/50 = 0.162");
    }

    @Test
    @DisplayName("the alarm starts where the initial pressure's deaths hold it: P₀ × memoryDays / (halfLife/ln 2)")
    void alarmStartsAtTheInitialPressuresSteadyState() {
        sc.host.pressure = 450;
        sc.response = SmallScenario.response().memoryDays(14).build();
        TensionModel m = sc.started(1);
        assertEquals(450 * 14 / (45 / Math.log(2)), m.host().getAlarm(), 1e-9);
    }

    /** Host accusations over {@code days} days and their expected number from each day's hazard. */
    private double[] accusations(double reactivity, int days, long seed) {
        sc.host.pressure = 1000;                         // alarm ≈ 216 at the start, decaying
        sc.host.accusationsPerYear = 182.5;              // 0.5 a day at full hostility
        sc.response = SmallScenario.response().memoryDays(30).threshold(100).reactivity(reactivity).build();
        TensionModel m = sc.started(seed);
        long[] count = new long[1];
        m.setEventListener(e -> count[0] += e.type() == EventType.ACCUSATION && e.actor().equals("Host") ? 1 : 0);
        double expected = 0;
        for (int d = 0; d < days; d++) {
            Government h = m.host();
            expected += 0.5 * h.getHawkishness() * h.drive() * (1 - h.getTrust()) * (1 + h.responseLevel());
            m.schedule.step(m);
        }
        return new double[] {count[0], expected};
    }

    @Test
    @DisplayName("accusations ~ Bernoulli(rate/365 × hawkishness × drive × (1 − trust) × (1 + level)) a day")
    void alarmMultipliesHostileHazards() {
        double[] alarmed = accusations(2, 60, 4);
        double[] calm = accusations(0, 60, 4);
        assertMean(alarmed[0], 1, alarmed[1], alarmed[1], "accusations with the response");
        assertMean(calm[0], 1, calm[1], calm[1], "accusations without it");
        assertTrue(alarmed[1] > 1.8 * calm[1], "the response more than doubles… " + alarmed[1] + " vs " + calm[1]);
    }

    @Test
    @DisplayName("operations: killed ~ Poisson(κ/365 × opsTempo × (1 + gain × drive) × (1 + level) × F)")
    void alarmRaisesTheOperationsTempo() {
        sc.violence = SmallScenario.violence().opsKillsPerFighterYear(3.65).build();   // 0.01 a fighter-day at tempo 1
        sc.host.opsTempo = 1;
        sc.host.pressure = 1000;
        sc.response = SmallScenario.response().memoryDays(30).threshold(100).reactivity(3).build();
        sc.groups.put("g", new GroupSpec("Group", 5000, 5000, false, 0, 0, 1, 0, 1_000_000, Map.of("north", 1.0)));
        TensionModel m = sc.started(6);
        MilitantGroup g = m.groups().get(0);
        double level = m.host().responseLevel();
        assertTrue(level > 2, "alarmed: level " + level);
        double expected = 0;
        for (int day = 0; day < 20; day++) {
            expected += g.getFighters() * 0.01 * (1 + m.host().responseLevel());
            g.step(m);
        }
        assertMean(5000 - g.getFighters(), 1, expected, expected, "killed in 20 days");
    }
}
