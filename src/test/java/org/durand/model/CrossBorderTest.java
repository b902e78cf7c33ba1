package org.durand.model;

import static org.durand.model.Frequencies.assertBinomial;
import static org.durand.model.Frequencies.assertMean;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.durand.scenario.GroupSpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Force across the border (ODD §7.7–7.8): what a strike, a clash, an answer to force and an
 * interdiction do, with every parameter they read set to a non-zero value.
 */
class CrossBorderTest {

    private final SmallScenario sc = new SmallScenario();

    private static GroupSpec hosted(int fighters) {
        return new GroupSpec("Hosted", fighters, fighters, true, 0.4, 0, 1, 0, 10_000_000, Map.of("north", 1.0));
    }

    @Test
    @DisplayName("strike: K ~ Poisson(strikeDeaths·m), fighters ~ Binomial(K, share) from the hosted group; "
            + "the rest raise the haven's pressure and alarm; revenge mobilisation += revengeBoost·m")
    void aStrikeKillsMobilisesAndExcites() {
        sc.coercion = SmallScenario.coercion().strikeDeaths(20).strikeMilitantShare(0.4).clashHostShare(0.5).build();
        sc.violence = SmallScenario.violence().revengeBoost(0.3).build();
        sc.excitation = SmallScenario.excitation().perFighterKilled(0.5).memoryDays(1).build();
        sc.groups.put("g", hosted(1_000_000));
        TensionModel m = sc.started(1);
        int strikes = 500;
        for (int i = 0; i < strikes; i++) {
            m.airStrike(m.host(), "", 1.5);
        }
        DayTally t = m.today();
        long fighters = t.havenMilitant;
        long others = t.havenCivilian;
        assertEquals(strikes, t.airStrikes);
        assertMean(fighters + others, strikes, 30, 30, "deaths per strike, Poisson(20 × 1.5)");
        assertBinomial(fighters, fighters + others, 0.4, "fighters among the dead");
        assertEquals(1_000_000 - fighters, m.groups().get(0).getFighters(), "taken from the hosted group");
        assertEquals(others, m.haven().getPressure(), 1e-6, "the haven's pressure: π = 1 per death not a fighter");
        assertEquals(0.3 * 1.5 * strikes, m.groups().get(0).getMobilisation(), 1e-9, "revenge mobilisation");
        m.groups().get(0).step(m);
        assertEquals(0.5 * fighters, m.groups().get(0).getTriggeredIntensity(), 1e-6,
                "revenge for the fighters lost, all due the next day with a memory of one day");
        m.haven().relax(1);
        assertEquals(others, m.haven().getAlarm(), 1e-6, "the haven's alarm takes the same deaths");
    }

    @Test
    @DisplayName("clash: deaths ~ NegativeBinomial(clashFatalities·m, k), each on the host's side with probability clashHostShare")
    void aClashKillsOnBothSides() {
        sc.coercion = SmallScenario.coercion().clashFatalities(4).clashHostShare(0.3).build();
        TensionModel m = sc.started(2);
        int clashes = 3000;
        for (int i = 0; i < clashes; i++) {
            m.clash(m.haven(), 1);
        }
        long host = m.today().security(0) + m.today().security(1);
        long haven = m.today().havenSecurity;
        assertEquals(clashes, m.today().clashes());
        assertMean(host + haven, clashes, 4, 4 + 16, "deaths per clash, NB(4, k = 1)");
        assertBinomial(host, host + haven, 0.3, "deaths on the host's side");
        assertEquals(1.5 * host, m.host().getPressure(), 1e-6, "host pressure: σ = 1.5 per security death");
        assertEquals(1.5 * haven, m.haven().getPressure(), 1e-6, "haven pressure");
    }

    /** Days a strike is answered, each day one host strike, over {@code days} days; and the expected count. */
    private double[] answersToStrikes(double haveRetaliation, int days, long seed) {
        sc.coercion = SmallScenario.coercion().clashHostShare(0.5).retaliationDelayDays(1).build();
        sc.haven.retaliationProbability = haveRetaliation;
        sc.haven.pressure = 100;                                     // s(P) = 1/2
        sc.haven.grievance = 300;                                    // s(G) = 1/2: D = 0.75
        sc.end = sc.start.plusDays(days + 5);
        TensionModel m = sc.started(seed);
        List<Event> clashes = new ArrayList<>();
        m.setEventListener(e -> {
            if (e.type() == EventType.CLASH) {
                clashes.add(e);
            }
        });
        double expected = 0;
        for (int d = 0; d < days; d++) {
            m.schedule.step(m);
            expected += haveRetaliation * (0.5 + 0.5 * m.haven().drive());
            m.airStrike(m.host(), "", 1);
        }
        m.schedule.step(m);
        return new double[] {clashes.size(), expected};
    }

    @Test
    @DisplayName("answers: a strike draws Bernoulli(q) clashes a day later, q = retaliationProbability·(0.5 + 0.5·D)")
    void aStrikeIsAnsweredWithTheStruckSidesForce() {
        double[] answered = answersToStrikes(0.6, 2000, 3);
        assertMean(answered[0], 1, answered[1], answered[1] * 0.5, "clashes answering 2,000 strikes");
        assertEquals(0, answersToStrikes(0, 200, 3)[0], "no answers at probability 0");
    }

    @Test
    @DisplayName("an attack by a hosted group provokes the host with weight attribution·S²/(S² + K²); the host answers with a strike")
    void aDeadlyAttackProvokesTheHost() {
        sc.coercion = SmallScenario.coercion().clashHostShare(0.5).build();
        sc.violence = SmallScenario.violence().attribution(0.5).build();
        sc.response = SmallScenario.response().provocationDeaths(10).build();
        sc.host.retaliationProbability = 1;
        sc.host.strikesPerYear = 1e-9;                               // it strikes when it answers, never of its own accord
        sc.host.pressure = 1e9;                                      // D = 1: q = weight
        sc.groups.put("g", hosted(1000));
        int days = 3000;
        sc.end = sc.start.plusDays(days + 5);
        TensionModel m = sc.started(4);
        long[] strikes = new long[1];
        m.setEventListener(e -> strikes[0] += e.type() == EventType.AIR_STRIKE ? 1 : 0);
        for (int d = 0; d < days; d++) {
            m.schedule.step(m);
            m.consequences().attack(m.groups().get(0), 0, 10, 0, 0);    // S = K: weight 0.5 × 1/2
        }
        m.schedule.step(m);
        assertBinomial(strikes[0], days, 0.25, "strikes answering attacks that killed K soldiers");
    }

    @Test
    @DisplayName("interdiction: the equipment share × (1 − share) for the named group or every hosted group")
    void interdictionRemovesEquipment() {
        sc.groups.put("g", hosted(100));
        sc.groups.put("other", new GroupSpec("Other", 100, 100, false, 0.5, 0, 1, 0, 1000, Map.of("north", 1.0)));
        TensionModel m = sc.started(5);
        m.interdict(m.host(), "", 0.25);
        assertEquals(0.3, m.groups().get(0).getEquipmentShare(), 1e-12, "0.4 × 0.75");
        assertEquals(0.5, m.groups().get(1).getEquipmentShare(), 0, "not hosted, not named");
        m.interdict(m.host(), "other", 0.5);
        assertEquals(0.25, m.groups().get(1).getEquipmentShare(), 1e-12);
    }
}
