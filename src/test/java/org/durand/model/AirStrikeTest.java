package org.durand.model;

import static org.durand.model.Frequencies.assertBinomial;
import static org.durand.model.Frequencies.assertMean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.durand.scenario.GroupSpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An air strike (ODD §7.7) with strike deaths, the fighters' share and the revenge boost set: whose
 * fighters it kills when it names a group or when the first group it finds runs short, where the
 * dead of a strike on the host's soil are counted, what the strike does to the struck government,
 * and that cutting the strike → retaliation loop leaves the dead but mobilises no revenge.
 */
class AirStrikeTest {

    private final SmallScenario sc = new SmallScenario();

    /** A group the haven hosts: {@code fighters} in one cell in the north, no equipment, no attacks of its own. */
    private static GroupSpec hosted(String name, int fighters) {
        return SmallScenario.group(name, fighters, fighters, true, 0);
    }

    @Test
    @DisplayName("a strike naming a group: its fighters die and it alone is mobilised (revengeBoost·m a strike); "
            + "the haven takes |−10|·m of grievance a strike, the toll aside")
    void aNamedStrikeHitsOnlyItsGroup() {
        sc.coercion = SmallScenario.coercion().strikeDeaths(10).strikeMilitantShare(1).build();
        sc.violence = SmallScenario.violence().revengeBoost(0.4).build();
        sc.groups.put("a", hosted("A", 10_000));
        sc.groups.put("b", hosted("B", 10_000));
        TensionModel m = sc.started(41);
        List<Event> events = new ArrayList<>();
        m.setEventListener(events::add);
        int strikes = 200;
        for (int i = 0; i < strikes; i++) {
            m.airStrike(m.host(), "b", 2);
        }
        MilitantGroup a = m.groups().get(0);
        MilitantGroup b = m.groups().get(1);
        long dead = m.today().havenMilitant();
        assertMean(dead, strikes, 20, 20, "deaths per strike, Poisson(10 × 2), all fighters");
        assertEquals(0, m.today().havenCivilian(), "a fighters' share of 1 leaves no other dead");
        assertEquals(10_000 - dead, b.getFighters(), "the named group's fighters");
        assertEquals(10_000, a.getFighters(), "the other hosted group is spared");
        assertEquals(0.4 * 2 * strikes, b.getMobilisation(), 1e-9, "revenge mobilisation of the named group");
        assertEquals(0, a.getMobilisation(), 0, "none for the group not struck");
        assertEquals(strikes, events.size());
        assertTrue(events.stream().allMatch(e -> e.type() == EventType.AIR_STRIKE && e.actor().equals("Host")
                && e.target().equals("Haven") && e.magnitude() == 2), "AIR_STRIKE host → haven of magnitude m");
        assertEquals(10 * 2 * strikes, m.haven().getGrievance(), 1e-9, "perHostileUnit 1 × |−10| × m per strike");
    }

    @Test
    @DisplayName("fighters a hosted group lacks are taken from the next; beyond every group's ranks they count as other dead")
    void fightersComeFromTheHostedGroupsInTurn() {
        sc.coercion = SmallScenario.coercion().strikeDeaths(20).strikeMilitantShare(1).build();
        sc.groups.put("few", hosted("Few", 3));
        sc.groups.put("many", hosted("Many", 100_000));
        TensionModel m = sc.started(42);
        int strikes = 50;
        for (int i = 0; i < strikes; i++) {
            m.airStrike(m.host(), "", 1);
        }
        long dead = m.today().havenMilitant();
        assertEquals(0, m.groups().get(0).getFighters(), "the first group is wiped out");
        assertEquals(100_003 - dead, m.groups().get(1).getFighters(), "the rest came from the second");
        assertEquals(0, m.today().havenCivilian(), "every dead fighter was found in a group's ranks");
        assertMean(dead, strikes, 20, 20, "deaths per strike");

        sc.groups.clear();
        sc.groups.put("few", hosted("Few", 3));
        TensionModel alone = sc.started(43);
        for (int i = 0; i < strikes; i++) {
            alone.airStrike(alone.host(), "", 1);
        }
        assertEquals(3, alone.today().havenMilitant(), "no more fighters die than the group has");
        assertMean(alone.today().havenMilitant() + alone.today().havenCivilian(), strikes, 20, 20,
                "the others among the dead");
    }

    @Test
    @DisplayName("a strike by the haven: its dead are civilians of a host province drawn by trade share (north 0.7), "
            + "and raise the host's pressure; no hosted fighter dies")
    void aStrikeOnTheHostsSoilCountsItsDeadThere() {
        sc.coercion = SmallScenario.coercion().strikeDeaths(5).strikeMilitantShare(0.5).build();
        sc.groups.put("g", hosted("G", 1000));
        TensionModel m = sc.started(44);
        DayTally t = m.today();
        int north = 0;
        int south = 0;
        for (int i = 0; i < 4000; i++) {
            int north0 = t.civilian(0);
            int south0 = t.civilian(1);
            m.airStrike(m.haven(), "", 1);
            boolean inNorth = t.civilian(0) > north0;
            boolean inSouth = t.civilian(1) > south0;
            assertFalse(inNorth && inSouth, "one province a strike");
            north += inNorth ? 1 : 0;
            south += inSouth ? 1 : 0;
        }
        assertBinomial(south, north + south, 0.3, "strikes with dead in the south (crossing share 0.3)");
        long dead = t.civilian(0) + t.civilian(1);
        assertMean(dead, 4000, 5, 5, "deaths per strike");
        assertEquals(dead, m.host().getPressure(), 1e-9, "π = 1 per death that is not a fighter");
        assertEquals(0, t.militant(0) + t.militant(1) + t.havenMilitant() + t.havenCivilian());
        assertEquals(1000, m.groups().get(0).getFighters(), "the haven's own strike spares the groups it hosts");
        assertEquals(4000, t.airStrikes());
    }

    @Test
    @DisplayName("strike → retaliation loop cut: the strike still kills, but mobilises no revenge")
    void withoutTheRetaliationLoopAStrikeMobilisesNoRevenge() {
        sc.coercion = SmallScenario.coercion().strikeDeaths(10).strikeMilitantShare(1).build();
        sc.violence = SmallScenario.violence().revengeBoost(0.4).build();
        sc.loops = SmallScenario.loops().strikeRetaliation(false).build();
        sc.groups.put("g", hosted("G", 10_000));
        TensionModel m = sc.started(45);
        for (int i = 0; i < 20; i++) {
            m.airStrike(m.host(), "", 1);
        }
        MilitantGroup g = m.groups().get(0);
        assertTrue(g.getFighters() < 10_000, "fighters died");
        assertEquals(0, g.getMobilisation(), 0);
    }
}
