package org.durand.model;

import static org.durand.model.Frequencies.assertMean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.durand.scenario.GroupSpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A group's cells and its recruitment base (ODD §7.5–7.6): the host's operations and air strikes
 * take fighters from cells in proportion to their fighters (never from an empty cell) and are
 * counted where those cells are; a pinned attack uses a cell of its province; recruitment fills
 * the pool logistically, recruits ∝ (1 − F/pool).
 */
class GroupCellsTest {

    private final SmallScenario sc = new SmallScenario();

    /** A group without a haven, with {@code fighters} in cells of {@code cellSize} spread over {@code provinces}. */
    private static GroupSpec group(int fighters, int cellSize, double recruitmentPerYear, int pool,
                                   Map<String, Double> provinces) {
        return new GroupSpec("Group", fighters, cellSize, false, 0, 0, 1, recruitmentPerYear, pool, provinces);
    }

    @Test
    @DisplayName("operations against a group in the south: its dead counted in the south, the OPERATION event names it")
    void operationsAreCountedWhereTheCellsAre() {
        sc.violence = SmallScenario.violence().opsKillsPerFighterYear(36.5).build();   // 0.1 a fighter-day at tempo 1
        sc.host.opsTempo = 1;
        sc.groups.put("g", group(1000, 1000, 0, 1_000_000, Map.of("south", 1.0)));
        TensionModel m = sc.started(91);
        List<Event> events = new ArrayList<>();
        m.setEventListener(events::add);
        MilitantGroup g = m.groups().get(0);
        g.step(m);
        int killed = 1000 - g.getFighters();
        assertTrue(killed > 0);
        assertEquals(killed, m.today().militant(1), "counted in the south");
        assertEquals(0, m.today().militant(0));
        assertEquals(1, events.size());
        assertEquals("south", events.get(0).province());
        assertEquals("Group", events.get(0).target());
        assertSame(g, g.cells().get(0).group());
    }

    @Test
    @DisplayName("losses come from cells in proportion to their fighters: an empty cell loses none")
    void lossesNeverComeFromAnEmptyCell() {
        sc.groups.put("g", group(2, 1, 0, 1_000_000, Map.of("north", 1.0)));   // two cells of one fighter
        TensionModel m = sc.started(92);
        MilitantGroup g = m.groups().get(0);
        g.cells().get(0).removeFighters(1);
        assertEquals(1, g.strikeLosses(m.draws(), 1));
        assertEquals(0, g.cells().get(0).getFighters(), "the empty cell stays empty");
        assertEquals(0, g.cells().get(1).getFighters());

        sc.groups.put("g", group(100, 50, 0, 1_000_000, Map.of("north", 1.0)));  // cells of 50 and 50
        TensionModel even = sc.started(93);
        MilitantGroup h = even.groups().get(0);
        int firstCell = 0;
        int draws = 4000;
        for (int i = 0; i < draws; i++) {
            h.strikeLosses(even.draws(), 1);
            firstCell += h.cells().get(0).getFighters() < 50 ? 1 : 0;
            h.cells().get(0).addFighters(50 - h.cells().get(0).getFighters());
            h.cells().get(1).addFighters(50 - h.cells().get(1).getFighters());
        }
        assertMean(firstCell, draws, 0.5, 0.25, "losses from the first of two equal cells");
    }

    @Test
    @DisplayName("a pinned attack's cell: one with fighters in its province, else any with fighters, else none")
    void aPinnedAttackFindsACellOfItsProvince() {
        sc.groups.put("g", group(40, 1, 0, 1_000_000, Map.of("north", 0.5, "south", 0.5)));
        TensionModel m = sc.started(94);
        MilitantGroup g = m.groups().get(0);
        for (int province = 0; province < 2; province++) {
            Cell c = g.cellIn(province);
            assertEquals(province, c.province());
            assertEquals(1, c.getFighters());
        }
        for (Cell c : g.cells()) {
            if (c.province() == 1) {
                c.removeFighters(1);
            }
        }
        Cell north = g.cellIn(1);
        assertEquals(0, north.province(), "no fighter left in the south: a northern cell");
        assertEquals(1, north.getFighters());
        for (Cell c : g.cells()) {
            c.removeFighters(c.getFighters());
        }
        assertNull(g.cellIn(0), "no fighter left at all");
    }

    @Test
    @DisplayName("recruits ~ Poisson(F·recruitmentPerYear/365·(1 − F/pool)): half the rate at half the pool, none above it")
    void recruitmentFillsThePool() {
        sc.groups.put("g", group(1000, 1000, 36.5, 2000, Map.of("north", 1.0)));   // 0.1 a fighter-day, room 1/2
        TensionModel m = sc.started(95);
        MilitantGroup g = m.groups().get(0);
        g.step(m);
        assertMean(g.getFighters() - 1000, 1, 50, 50, "recruits on the first day");

        sc.groups.put("g", group(3000, 3000, 36.5, 2000, Map.of("north", 1.0)));
        TensionModel full = sc.started(96);
        full.groups().get(0).step(full);
        assertEquals(3000, full.groups().get(0).getFighters(), "above the pool: no recruits");
    }
}
