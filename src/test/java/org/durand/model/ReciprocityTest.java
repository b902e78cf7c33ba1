package org.durand.model;

import static org.durand.model.Frequencies.assertMean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.durand.scenario.Behaviour;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Reciprocity between the governments (ODD §7.23): K, the hostile units of the other government's
 * acts, and C, the cooperative units exchanged, are remembered with x(t + 1) = (1 − 1/memoryDays)
 * x(t) + units of day t; hostile hazards are × (1 + hostileGain · p)/(1 + cooperativeGain · c),
 * openness to contact ÷ the same, with p = K/(K + scale) and c = C/(C + scale).
 */
class ReciprocityTest {

    private final SmallScenario sc = new SmallScenario();

    @Test
    @DisplayName("the factor: 1 with nothing remembered, 1 + gain/2 at K = scale, 1/(1 + gain/2) at C = scale, bounded")
    void factorOfWhatIsRemembered() {
        Behaviour.Reciprocity r = SmallScenario.reciprocity().scale(10).hostileGain(3).cooperativeGain(1).build();
        assertEquals(1, r.hostilityFactor(0, 0), 0);
        assertEquals(2.5, r.hostilityFactor(10, 0), 1e-12);
        assertEquals(1 / 1.5, r.hostilityFactor(0, 10), 1e-12);
        assertEquals((1 + 3 * 30 / 40.0) / (1 + 1 * 5 / 15.0), r.hostilityFactor(30, 5), 1e-12);
        assertTrue(r.hostilityFactor(1e12, 0) < 4 && r.hostilityFactor(1e12, 0) > 3.99, "at most 1 + hostileGain");
        assertTrue(r.hostilityFactor(0, 1e12) > 0.5 && r.hostilityFactor(0, 1e12) < 0.501,
                "at least 1/(1 + cooperativeGain)");
    }

    @Test
    @DisplayName("a steady flow of u units a day holds a memory at memoryDays × u; an act decays by 1 − 1/memoryDays a day")
    void memoryOfMemoryDays() {
        Behaviour.Reciprocity r = SmallScenario.reciprocity().memoryDays(20).build();
        Reciprocity flow = new Reciprocity();
        for (int day = 0; day < 2000; day++) {
            flow.hostile(3);
            flow.cooperative(0.5);
            flow.endOfDay(r);
        }
        assertEquals(60, flow.hostileMemory(), 1e-9);
        assertEquals(10, flow.cooperativeMemory(), 1e-9);
        Reciprocity once = new Reciprocity();
        once.hostile(8);
        assertEquals(0, once.hostileMemory(), 0, "today's act counts from the end of the day");
        once.endOfDay(r);
        once.endOfDay(r);
        assertEquals(8 * 0.95, once.hostileMemory(), 1e-12);
    }

    @Test
    @DisplayName("an accusation enters only its target's hostile memory; a visit both cooperative memories; attacks neither")
    void actsBetweenTheGovernmentsAreRemembered() {
        sc.reciprocity = SmallScenario.reciprocity().memoryDays(10).scale(10).hostileGain(2).cooperativeGain(1).build();
        TensionModel m = sc.started(1);
        m.emit(EventType.ACCUSATION, m.host(), m.haven(), 1.5, "");       // 2 × 1.5 = 3 units
        m.emit(EventType.VISIT, m.haven(), m.host(), 2, "");              // 1.9 × 2 = 3.8 units
        m.emit(EventType.ATTACK_SECURITY, new Actor() {
            @Override
            public String label() {
                return "a group";
            }
        }, m.host(), 5, "");
        m.host().relax(1);
        m.haven().relax(1);
        assertEquals(3, m.haven().getHostilityReceived(), 1e-12);
        assertEquals(0, m.host().getHostilityReceived(), 0, "the accuser remembers no hostility received; attacks are no act of the other government");
        assertEquals(3.8, m.host().getCooperationShared(), 1e-12);
        assertEquals(3.8, m.haven().getCooperationShared(), 1e-12);
        assertEquals((1 + 2 * 3 / 13.0) / (1 + 3.8 / 13.8), m.haven().reciprocityFactor(), 1e-12);
        assertEquals(1 / (1 + 3.8 / 13.8), m.host().reciprocityFactor(), 1e-12);
    }

    /**
     * The haven's accusations and contacts over {@code days} days after the host has accused it
     * {@code provocations} times (magnitude 5, 10 units each) and both have held {@code visits}
     * visits, with their expected numbers from each day's hazards.
     */
    private double[] answers(boolean loop, int provocations, int visits, long seed) {
        sc.haven.pressure = 100;                          // s(P) = 1/2, drive 1/2
        sc.haven.hawkishness = 0.8;
        sc.haven.accusationsPerYear = 365;                // 1 a day at full hostility
        sc.haven.engagementsPerYear = 73;                 // 0.2 a day at full openness
        sc.reciprocity = SmallScenario.reciprocity().memoryDays(30).scale(10).hostileGain(3).cooperativeGain(2).build();
        sc.loops = SmallScenario.loops().reciprocity(loop).build();
        TensionModel m = sc.started(seed);
        for (int i = 0; i < provocations; i++) {
            m.emit(EventType.ACCUSATION, m.host(), m.haven(), 5, "");
        }
        for (int i = 0; i < visits; i++) {
            m.emit(EventType.VISIT, m.host(), m.haven(), 1, "");
        }
        m.host().relax(1);
        m.haven().relax(1);
        long[] count = new long[2];
        m.setEventListener(e -> {
            if (e.actor().equals("Haven")) {
                count[0] += e.type() == EventType.ACCUSATION ? 1 : 0;
                count[1] += e.type() == EventType.CONSULT ? 1 : 0;
            }
        });
        double accusing = 0;
        double reaching = 0;
        for (int d = 0; d < days; d++) {
            Government h = m.haven();
            double f = h.reciprocityFactor();
            accusing += h.getHawkishness() * h.drive() * (1 - h.getTrust()) * f;
            reaching += 0.2 * (0.5 + h.getTrust()) * (1 - h.getHawkishness() * h.drive()) / f;
            m.schedule.step(m);
        }
        return new double[] {count[0], accusing, count[1], reaching};
    }

    private static final int days = 60;

    @Test
    @DisplayName("hostility received is answered: accusations × (1 + gain · p), contact ÷ the same")
    void hostilityIsAnsweredInKind() {
        double[] answered = answers(true, 4, 0, 3);
        double[] cut = answers(false, 4, 0, 3);
        assertMean(answered[0], 1, answered[1], answered[1], "accusations answering 40 hostile units");
        assertMean(answered[2], 1, answered[3], answered[3], "contacts after 40 hostile units");
        assertMean(cut[0], 1, cut[1], cut[1], "accusations with the loop cut");
        assertTrue(answered[1] > 1.8 * cut[1], "40 units remembered (p = 0.8 at first) more than double… "
                + answered[1] + " vs " + cut[1]);
        assertTrue(answered[3] < 0.6 * cut[3], "…and cut contact: " + answered[3] + " vs " + cut[3]);
    }

    @Test
    @DisplayName("cooperation is answered: after visits, accusations ÷ (1 + gain · c), contact × the same")
    void cooperationIsAnsweredInKind() {
        double[] answered = answers(true, 0, 5, 5);
        double[] cut = answers(false, 0, 5, 5);
        assertMean(answered[0], 1, answered[1], answered[1], "accusations after 9.5 cooperative units");
        assertMean(answered[2], 1, answered[3], answered[3], "contacts after them");
        assertTrue(answered[1] < 0.75 * cut[1], "fewer accusations: " + answered[1] + " vs " + cut[1]);
        assertTrue(answered[3] > 1.3 * cut[3], "more contact: " + answered[3] + " vs " + cut[3]);
    }
}
