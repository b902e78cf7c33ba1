package org.durand.model;

import static org.durand.model.Frequencies.assertBinomial;
import static org.durand.model.Frequencies.assertMean;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.durand.scenario.Behaviour;
import org.durand.scenario.GroupSpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A cell's attacks (ODD §7.5): daily probability p = attacksPerCellYear/365·(f/cellSize)·havenFactor;
 * target security forces with probability securityTargetShare; deaths V ~ NegativeBinomial(μ, k)
 * with μ = μ_target·(1 + equipmentLethality·e); each victim of an attack on security forces is
 * security personnel with probability securityVictimShare; attackers killed min(f, Poisson(a)).
 */
class CellTest {

    private static final int STEPS = 20_000;

    private final SmallScenario sc = new SmallScenario();

    /** A model of one group with the given violence parameters, started with {@code seed}. */
    private TensionModel started(Behaviour.Violence violence, GroupSpec group, long seed) {
        sc.violence = violence;
        sc.groups.put("g", group);
        return sc.started(seed);
    }

    /** The only cell of the scenario's only group after {@link #STEPS} steps, in {@code m}. */
    private static Cell steppedCell(TensionModel m) {
        Cell cell = m.groups().get(0).cells().get(0);
        for (int i = 0; i < STEPS; i++) {
            cell.step(m);
        }
        return cell;
    }

    @Test
    @DisplayName("p = 36.5/365 × (10/25) × 1.5 = 0.06 for a haven group's cell at 10 of 25 fighters, R_haven = 0.5")
    void attackProbabilityGrowsWithStrengthAndHavenSecurity() {
        TensionModel m = started(SmallScenario.violence().havenEffect(1).build(),
                new GroupSpec("Group", 10, 25, true, 0, 36.5, 1, 0, 1_000_000, Map.of("north", 1.0)), 21);
        steppedCell(m);
        assertBinomial(m.today().attacks(), STEPS, 0.06, "attacks");
    }

    @Test
    @DisplayName("an attack: target share 0.7; μ = 2 or 4 × (1 + 0.5 × 0.4); Var = μ + μ²/k; victim share 0.75; attackers Poisson(0.3)")
    void attackOutcomesFollowTheirDistributions() {
        // 100,000 fighters in one cell at 730 attacks a cell-year: p ≥ 1 while f ≥ cellSize / 2
        TensionModel m = started(SmallScenario.violence().securityAttackFatalities(2).civilianAttackFatalities(4)
                        .dispersion(1).equipmentLethality(0.5).securityVictimShare(0.75).attackersKilledPerAttack(0.3)
                        .build(),
                new GroupSpec("Group", 100_000, 100_000, false, 0.4, 730, 0.7, 0, 1_000_000, Map.of("north", 1.0)), 22);
        long[] attacks = new long[2];
        double[] deaths = new double[2];
        m.setEventListener(e -> {
            int onSecurity = e.type() == EventType.ATTACK_SECURITY ? 1 : 0;
            attacks[onSecurity]++;
            deaths[onSecurity] += Math.round(Math.expm1(e.magnitude() - 1));   // magnitude 1 + ln(1 + V)
        });
        Cell cell = steppedCell(m);
        assertEquals(STEPS, m.today().attacks(), "p = 1: an attack every step");
        assertBinomial(attacks[1], STEPS, 0.7, "attacks on security forces");
        double muSecurity = 2 * 1.2;
        double muCivilian = 4 * 1.2;
        assertMean(deaths[1], attacks[1], muSecurity, muSecurity + muSecurity * muSecurity, "deaths per attack on security");
        assertMean(deaths[0], attacks[0], muCivilian, muCivilian + muCivilian * muCivilian, "deaths per attack on civilians");
        int security = m.today().security(0);
        assertBinomial(security, (long) deaths[1], 0.75, "security personnel among victims of attacks on security");
        assertEquals(deaths[0] + deaths[1], security + m.today().civilian(0), 0, "every victim counted once");
        int attackers = m.today().militant(0);
        assertMean(attackers, STEPS, 0.3, 0.3, "attackers killed per attack");
        assertEquals(100_000 - attackers, cell.getFighters(), "removed from the cell");
    }
}
