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
        sc.violence = SmallScenario.violence().attribution(1).build();   // laid wholly at the haven's door
        sc.groups.put("g", SmallScenario.group("Group", 100, 25, true, 0));
        TensionModel m = sc.started(1);
        m.emit(EventType.ACCUSATION, m.host(), m.haven(), 1.5, "");       // 2 × 1.5 = 3 units
        m.emit(EventType.VISIT, m.haven(), m.host(), 2, "");              // 1.9 × 2 = 3.8 units
        double grievance = m.host().getGrievance();
        m.emit(EventType.ATTACK_SECURITY, m.groups().get(0), m.host(), 5, "");
        assertTrue(m.host().getGrievance() > grievance, "the attack is attributed to the haven");
        m.host().relax(1);
        m.haven().relax(1);
        assertEquals(3, m.haven().getHostilityReceived(), 1e-12);
        assertEquals(0, m.host().getHostilityReceived(), 0, "the accuser remembers no hostility received; attacks are no act of the other government");
        assertEquals(3.8, m.host().getCooperationShared(), 1e-12);
        assertEquals(3.8, m.haven().getCooperationShared(), 1e-12);
        assertEquals((1 + 2 * 3 / 13.0) / (1 + 3.8 / 13.8), m.haven().reciprocityFactor(), 1e-12);
        assertEquals(1 / (1 + 3.8 / 13.8), m.host().reciprocityFactor(), 1e-12);
    }

    private static final int DAYS = 365;

    /**
     * The haven's accusations and contacts over a year in which the host accuses it
     * {@code provocations} times a day (2 units each) and the two hold {@code visits} visits a day
     * (1.9 units each), with their expected numbers from each day's hazards.
     */
    private double[] answers(boolean loop, int provocations, int visits, long seed) {
        sc.haven.pressure = 100;                          // s(P) = 1/2, drive 1/2
        sc.haven.hawkishness = 0.8;
        sc.haven.accusationsPerYear = 73;                 // 0.2 a day at full hostility
        sc.haven.engagementsPerYear = 73;                 // 0.2 a day at full openness
        sc.reciprocity = SmallScenario.reciprocity().memoryDays(30).scale(10).hostileGain(3).cooperativeGain(2).build();
        sc.loops = SmallScenario.loops().reciprocity(loop).build();
        TensionModel m = sc.started(seed);
        long[] count = new long[2];
        m.setEventListener(e -> {
            if (e.actor().equals("Haven")) {
                count[0] += e.type() == EventType.ACCUSATION ? 1 : 0;
                count[1] += e.type() == EventType.CONSULT ? 1 : 0;
            }
        });
        double accusing = 0;
        double reaching = 0;
        for (int d = 0; d < DAYS; d++) {
            Government h = m.haven();
            double f = h.reciprocityFactor();
            accusing += 0.2 * h.getHawkishness() * h.drive() * (1 - h.getTrust()) * f;
            reaching += 0.2 * (0.5 + h.getTrust()) * (1 - h.getHawkishness() * h.drive()) / f;
            m.schedule.step(m);
            for (int i = 0; i < provocations; i++) {
                m.emit(EventType.ACCUSATION, m.host(), m.haven(), 1, "");
            }
            for (int i = 0; i < visits; i++) {
                m.emit(EventType.VISIT, m.host(), m.haven(), 1, "");
            }
        }
        return new double[] {count[0], accusing, count[1], reaching};
    }

    @Test
    @DisplayName("hostility received is answered: accusations × (1 + gain · p), contact ÷ the same")
    void hostilityIsAnsweredInKind() {
        double[] answered = answers(true, 1, 0, 3);
        double[] cut = answers(false, 1, 0, 3);
        assertMean(answered[0], 1, answered[1], answered[1], "accusations answering 2 hostile units a day");
        assertMean(answered[2], 1, answered[3], answered[3], "contacts under 2 hostile units a day");
        assertMean(cut[0], 1, cut[1], cut[1], "accusations with the loop cut");
        assertMean(cut[2], 1, cut[3], cut[3], "contacts with the loop cut");
        // 60 units remembered once the first month is past: p = 6/7, hostile hazards × 3.57
        assertTrue(answered[1] > 2.5 * cut[1], "accusations more than 2.5 times: " + answered[1] + " vs " + cut[1]);
        assertTrue(answered[3] < cut[3] / 2.5, "contact less than 1/2.5: " + answered[3] + " vs " + cut[3]);
    }

    @Test
    @DisplayName("cooperation is answered: with visits, accusations ÷ (1 + gain · c), contact × the same")
    void cooperationIsAnsweredInKind() {
        double[] answered = answers(true, 0, 1, 5);
        double[] cut = answers(false, 0, 1, 5);
        assertMean(answered[0], 1, answered[1], answered[1], "accusations under 1.9 cooperative units a day");
        assertMean(answered[2], 1, answered[3], answered[3], "contacts under them");
        assertMean(cut[2], 1, cut[3], cut[3], "contacts with the loop cut");
        // 57 units or more remembered once the first month is past: c ≥ 0.85, hostile hazards ÷ 2.7
        assertTrue(answered[1] < cut[1] / 2, "fewer accusations: " + answered[1] + " vs " + cut[1]);
        assertTrue(answered[3] > 2 * cut[3], "more contact: " + answered[3] + " vs " + cut[3]);
    }

    @Test
    @DisplayName("the strike hazard is answered too: strikes ~ Bernoulli(rate/365 × hawkishness × F) a day")
    void strikesAnswerHostility() {
        sc.host.pressure = 1000;                          // drive above the strike threshold
        sc.host.trust = 0.1;                              // below the strike ceiling
        sc.host.hawkishness = 0.5;
        sc.host.strikesPerYear = 36.5;                    // 0.1 a day
        sc.reciprocity = SmallScenario.reciprocity().memoryDays(30).scale(10).hostileGain(3).cooperativeGain(2).build();
        TensionModel m = sc.started(9);
        long[] strikes = new long[1];
        m.setEventListener(e -> strikes[0] += e.type() == EventType.AIR_STRIKE ? 1 : 0);
        double expected = 0;
        int considered = 0;
        for (int d = 0; d < DAYS; d++) {
            Government h = m.host();
            if (h.drive() >= 0.6 && h.getTrust() <= 0.25) {     // as pressure decays, strikes stop being considered
                considered++;
                expected += 0.1 * 0.5 * h.reciprocityFactor();
            }
            m.schedule.step(m);
            m.emit(EventType.ACCUSATION, m.haven(), m.host(), 1, "");
        }
        assertMean(strikes[0], 1, expected, expected, "strikes answering 2 hostile units a day");
        assertTrue(considered > 100 && expected > 2.5 * 0.05 * considered,
                "hazards × 3.5 once the memory is full: " + expected + " over " + considered + " days");
    }
}
