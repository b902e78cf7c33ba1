package org.durand.model;

import static org.durand.model.Frequencies.assertMean;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.durand.scenario.Behaviour;
import org.durand.scenario.GroupSpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A militant group's strength (ODD §5 item 2, §7.5–7.7): its cells at the start, counter-militant
 * operations, recruitment, revenge mobilisation, interdiction and strike losses. The haven's
 * restraint stays at its initial 0.5 (no dusk runs), so 1 − R_haven = 0.5.
 */
class MilitantGroupTest {

    private final SmallScenario sc = new SmallScenario();

    /** A group of {@code fighters} in one cell, in the north, with the given recruitment rate. */
    private static GroupSpec oneCell(int fighters, boolean haven, double recruitmentPerYear) {
        return new GroupSpec("Group", fighters, fighters, haven, 0.4, 0, 1, recruitmentPerYear, 1_000_000, Map.of("north", 1.0));
    }

    /** The fixture's violence with havenEffect and havenRecruitmentEffect 1; revenge halves in 10 days. */
    private static Behaviour.Violence.Builder havenViolence() {
        return SmallScenario.violence().havenEffect(1).havenRecruitmentEffect(1).revengeBoost(0)
                .revengeHalfLifeDays(10);
    }

    @Test
    @DisplayName("n = max(1, ⌈F/c⌉) cells; each gets ⌊F/n⌋, the first F mod n one more: 103 fighters in cells of 25")
    void fightersAreSpreadEvenlyOverCells() {
        sc.groups.put("g", SmallScenario.group("Group", 103, 25, false, 0));
        sc.groups.put("small", SmallScenario.group("Small", 3, 25, false, 0));
        TensionModel m = sc.started(1);
        List<Integer> sizes = m.groups().get(0).cells().stream().map(Cell::getFighters).toList();
        assertEquals(List.of(21, 21, 21, 20, 20), sizes);
        assertEquals(List.of(3), m.groups().get(1).cells().stream().map(Cell::getFighters).toList(), "at least one cell");
    }

    @Test
    @DisplayName("recruits ~ Poisson(F·recruitmentPerYear/365·(1 + havenRecruitmentEffect·(1 − R_haven)))")
    void recruitmentGrowsWithAHavenBoost() {
        sc.violence = havenViolence().build();
        sc.groups.put("g", oneCell(1000, true, 3.65));     // 0.01 per fighter-day, × 1.5 with the haven
        TensionModel m = sc.started(2);
        MilitantGroup g = m.groups().get(0);
        double expected = 0;
        for (int day = 0; day < 100; day++) {
            expected += g.getFighters() * 0.01 * 1.5;
            g.step(m);
        }
        double recruits = g.getFighters() - 1000;
        assertMean(recruits, 1, expected, expected, "recruits in 100 days (a sum of Poissons)");
    }

    @Test
    @DisplayName("killed ~ min(F, Poisson(opsKillsPerFighterYear/365·tempo·F)), tempo = opsTempo·(1 + opsPressureGain·D_host)")
    void operationsKillInProportionToTempoAndStrength() {
        sc.violence = havenViolence().opsKillsPerFighterYear(3.65).opsPressureGain(1).build();   // 0.01 a fighter-day
        sc.host.opsTempo = 2;
        sc.host.pressure = 100;
        sc.host.grievance = 300;                          // D = 0.75: tempo = 2 × 1.75 = 3.5
        sc.groups.put("g", oneCell(2000, false, 0));
        TensionModel m = sc.started(3);
        List<Event> operations = new ArrayList<>();
        m.setEventListener(operations::add);
        MilitantGroup g = m.groups().get(0);
        double expected = 0;
        List<Integer> killedByDay = new ArrayList<>();
        for (int day = 0; day < 30; day++) {
            int before = g.getFighters();
            expected += before * 0.01 * 3.5;
            g.step(m);
            killedByDay.add(before - g.getFighters());
        }
        int killed = 2000 - g.getFighters();
        assertMean(killed, 1, expected, expected, "fighters killed in 30 days");
        assertEquals(killed, m.today().militant(0), "counted as militant deaths in the cells' province");
        List<Double> magnitudes = killedByDay.stream().filter(k -> k > 0).map(k -> 1 + Math.log1p(k)).toList();
        assertEquals(magnitudes, operations.stream().map(Event::magnitude).toList(),
                "one OPERATION a day with kills, magnitude 1 + ln(1 + kills)");
    }

    @Test
    @DisplayName("kills grow as opsTempo^opsTempoElasticity: four times the operations kill twice as many at elasticity 0.5")
    void operationsKillAsTheTempoToTheElasticity() {
        sc.violence = havenViolence().opsKillsPerFighterYear(3.65).opsTempoElasticity(0.5).opsPressureGain(0).build();
        sc.host.opsTempo = 4;                             // killing power 4^0.5 = 2: 0.02 a fighter-day
        sc.groups.put("g", oneCell(2000, false, 0));
        TensionModel m = sc.started(5);
        MilitantGroup g = m.groups().get(0);
        double expected = 0;
        for (int day = 0; day < 30; day++) {
            expected += g.getFighters() * 0.01 * 2;
            g.step(m);
        }
        int killed = 2000 - g.getFighters();
        // ≈909 expected; in proportion to the count (×4) it would be ≈1,412
        assertMean(killed, 1, expected, expected, "fighters killed in 30 days at 4^0.5 times the reference");
    }

    @Test
    @DisplayName("operations cost the host Poisson(opsSecurityDeathsPerKill · killed) security dead in the same province, "
            + "and its pressure rises 1.5 per security death")
    void operationsCostSecurityPersonnel() {
        sc.violence = havenViolence().opsKillsPerFighterYear(3.65).opsSecurityDeathsPerKill(0.25).build();
        sc.host.opsTempo = 1;
        sc.groups.put("g", oneCell(2000, false, 0));
        TensionModel m = sc.started(6);
        MilitantGroup g = m.groups().get(0);
        int fallen = 0;
        for (int day = 0; day < 30; day++) {
            double pressure = m.host().getPressure();
            int before = m.today().security(0);
            g.step(m);
            int today = m.today().security(0) - before;
            assertEquals(1.5 * today, m.host().getPressure() - pressure, 1e-9, "pressure: 1 × 1.5 per security death");
            fallen += today;
        }
        int killed = 2000 - g.getFighters();
        assertMean(fallen, 1, 0.25 * killed, 0.25 * killed, "security dead of " + killed + " militants killed");
        assertEquals(killed, m.today().militant(0));

        sc.violence = havenViolence().opsKillsPerFighterYear(3.65).opsSecurityDeathsPerKill(0).build();
        TensionModel none = sc.started(6);
        for (int day = 0; day < 30; day++) {
            none.groups().get(0).step(none);
        }
        assertEquals(0, none.today().security(0), "none at a ratio of 0");
    }

    @Test
    @DisplayName("the tempo's killing power: count^elasticity, none without operations whatever the elasticity")
    void effectiveTempo() {
        assertEquals(2, MilitantGroup.effectiveTempo(4, 0.5), 1e-12);
        assertEquals(4, MilitantGroup.effectiveTempo(4, 1), 1e-12, "elasticity 1: in proportion to the count");
        assertEquals(1, MilitantGroup.effectiveTempo(0.3, 0), 1e-12, "elasticity 0: the count does not matter");
        assertEquals(0, MilitantGroup.effectiveTempo(0, 0), 0, "no operations kill no one, even at elasticity 0");
        assertEquals(Math.pow(0.314, 0.42), MilitantGroup.effectiveTempo(0.314, 0.42), 1e-12);
    }

    @Test
    @DisplayName("havenFactor = (1 + havenEffect·(1 − R_haven))·(1 + M); M halves every revengeHalfLifeDays")
    void havenFactorAndRevengeMobilisation() {
        sc.violence = havenViolence().build();
        sc.groups.put("haven", oneCell(10, true, 0));
        sc.groups.put("local", oneCell(10, false, 0));
        TensionModel m = sc.started(4);
        MilitantGroup haven = m.groups().get(0);
        MilitantGroup local = m.groups().get(1);
        assertEquals(1.5, haven.havenFactor(m), 1e-12, "1 + 1 × (1 − 0.5)");
        assertEquals(1, local.havenFactor(m), 0, "no haven, no haven factor");
        haven.mobilise(1);
        assertEquals(3, haven.havenFactor(m), 1e-12, "× (1 + 1)");
        for (int day = 0; day < 10; day++) {
            haven.step(m);
        }
        assertEquals(0.5, haven.getMobilisation(), 1e-12, "halved after the 10-day half-life");
        assertEquals(1.5 * 1.5, haven.havenFactor(m), 1e-12);
    }

    @Test
    @DisplayName("interdiction e ← e·(1 − share); a strike removes min(wanted, F) fighters")
    void interdictionAndStrikeLosses() {
        sc.groups.put("g", oneCell(20, true, 0));
        TensionModel m = sc.started(5);
        MilitantGroup g = m.groups().get(0);
        g.interdict(0.25);
        g.interdict(0.25);
        assertEquals(0.4 * 0.75 * 0.75, g.getEquipmentShare(), 1e-12);
        assertEquals(5, g.strikeLosses(m.draws(), 5));
        assertEquals(15, g.getFighters());
        assertEquals(15, g.strikeLosses(m.draws(), 30), "no more than the fighters left");
        assertEquals(0, g.getFighters());
    }
}
