package org.durand.model;

import static org.durand.model.Frequencies.assertBinomial;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The trade tie (ODD §7.2, §7.4, §7.9) with a trade cost, a restraint trade weight and closure
 * losses set: coercion is dearer while trade flows (hostility and the strike hazard ÷ (1 + tradeCost·tie)),
 * the haven restrains its militants more while trade flows (restraint target + tradeWeight·(tie − 1)),
 * and a closure costs its closer pressure each closed day; with the trade-ties loop cut, none of these.
 *
 * <p>The host has P = 100 and G = 300 (D = 3/4), η = 0.8, T = 0.25: H = 0.8 × 0.75 × 0.75 = 0.45.
 * The tie is 1 before the border's first step and 0 once every crossing is closed (residual 0).
 */
class TradeTieTest {

    private static final int DAYS = 20_000;

    private final SmallScenario sc = new SmallScenario();

    @BeforeEach
    void aDrivenHost() {
        sc.host.pressure = 100;
        sc.host.grievance = 300;
        sc.coercion = SmallScenario.coercion().tradeCost(1).build();
    }

    /**
     * Steps the host {@link #DAYS} times, every crossing closed first when {@code closed}, and checks
     * its accusations and strikes against the daily probabilities {@code accusation} and {@code strike}.
     */
    private void assertHostRates(boolean closed, long seed, double accusation, double strike) {
        sc.host.accusationsPerYear = 365;
        sc.host.strikesPerYear = 365;
        TensionModel m = sc.started(seed);
        if (closed) {
            m.border().closeAll(m, m.host(), 0);                     // its CLOSURE events aggrieve the haven alone
            m.border().step(m);
        }
        assertEquals(closed ? 0 : 1, m.border().tie(), 0);
        Map<EventType, Integer> counts = new EnumMap<>(EventType.class);
        m.setEventListener(e -> {
            if (e.actor().equals("Host")) {
                counts.merge(e.type(), 1, Integer::sum);
            }
        });
        for (int d = 0; d < DAYS; d++) {
            m.host().step(m);
        }
        assertBinomial(counts.getOrDefault(EventType.ACCUSATION, 0), DAYS, accusation, "accusations");
        assertBinomial(counts.getOrDefault(EventType.AIR_STRIKE, 0), DAYS, strike, "strikes");
    }

    @Test
    @DisplayName("tie 1, tradeCost 1: accusations p = 0.45/2, strikes p = η/2 = 0.4")
    void tradeMakesCoercionDearer() {
        assertHostRates(false, 81, 0.225, 0.4);
    }

    @Test
    @DisplayName("tie 0 (every crossing closed): coercion costs nothing more, p = 0.45 and 0.8")
    void withoutTradeCoercionIsCheap() {
        assertHostRates(true, 82, 0.45, 0.8);
    }

    @Test
    @DisplayName("trade-ties loop cut: tie 1 but no cost, p = 0.45 and 0.8")
    void cuttingTheLoopRemovesTheCost() {
        sc.loops = SmallScenario.loops().tradeTies(false).build();
        assertHostRates(false, 83, 0.45, 0.8);
    }

    /** The haven's restraint after one dusk with every crossing closed for good (tie 0). */
    private double restraintAfterAClosedDay() {
        sc.restraint = SmallScenario.restraint().tradeWeight(2).build();
        sc.grievance = SmallScenario.grievance().perHostileUnit(0).build();   // the closures aggrieve no one
        TensionModel m = sc.started(84);
        m.border().closeAll(m, m.host(), 0);
        m.border().step(m);
        m.dusk();
        return m.haven().getRestraint();
    }

    @Test
    @DisplayName("dusk with tie 0, tradeWeight 2: R* = σ(4 × 0.25 + 2 × (0 − 1)) = σ(−1); R = 0.5 + (R* − 0.5)/4")
    void closedTradeLoosensTheHavensRestraint() {
        assertEquals(0.5 + (1 / (1 + Math.exp(1)) - 0.5) / 4, restraintAfterAClosedDay(), 1e-12);
    }

    @Test
    @DisplayName("trade-ties loop cut: the restraint ignores the tie, R* = σ(1)")
    void cuttingTheLoopKeepsRestraintFromTrade() {
        sc.loops = SmallScenario.loops().tradeTies(false).build();
        assertEquals(0.5 + (1 / (1 + Math.exp(-1)) - 0.5) / 4, restraintAfterAClosedDay(), 1e-12);
    }

    @Test
    @DisplayName("a closed crossing costs its closer perClosedDay × trade share of pressure a day; not with the loop cut")
    void theCloserPaysForEachClosedDay() {
        sc.host.pressure = 0;
        sc.host.grievance = 0;
        sc.pressure = SmallScenario.pressure().perClosedDay(3).build();
        TensionModel m = sc.started(85);
        Border b = m.border();
        b.close(m, b.indexOf("second"), m.host(), 5, 1);
        b.step(m);
        b.step(m);
        assertEquals(2 * 3 * 0.3, m.host().getPressure(), 1e-12, "two closed days of the crossing with share 0.3");
        assertEquals(0, m.haven().getPressure(), 0, "the other side pays in grievance, not pressure");

        sc.loops = SmallScenario.loops().tradeTies(false).build();
        TensionModel cut = sc.started(85);
        cut.border().close(cut, cut.border().indexOf("second"), cut.host(), 5, 1);
        cut.border().step(cut);
        assertEquals(0, cut.host().getPressure(), 0);
    }
}
