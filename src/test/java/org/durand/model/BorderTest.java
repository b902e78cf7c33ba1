package org.durand.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Trade and closures at the border (ODD §7.9):
 * V = dailyValueUsd · M · Σ_c w_c·(1 if open, else closedResidualShare) · max(0, 1 + trustElasticity·(T̄ − T̄₀)),
 * and each closed day aggrieves the government that did not close the crossing by perClosedDay · w_c.
 * The fixture's crossings carry trade shares 0.6 (main), 0.3 (second) and 0.1 (third); both
 * governments start at trust 0.25, so T̄₀ = 0.25.
 */
class BorderTest {


    private final SmallScenario sc = new SmallScenario();

    /** Trade through the border today, after one border step. */
    private static double tradeToday(TensionModel m) {
        m.border().step(m);
        return m.today().tradeUsd();
    }

    @Test
    @DisplayName("all crossings open, T̄ = T̄₀, M = 1: V = dailyValueUsd")
    void openBorderCarriesTheDailyValue() {
        sc.trade = SmallScenario.trade().trustElasticity(1).closedResidualShare(0.1).build();
        TensionModel m = sc.started(1);
        assertEquals(1000, tradeToday(m), 1e-9);
        assertFalse(m.today().borderClosed());
    }

    @Test
    @DisplayName("second crossing (w = 0.3) closed, residual 0.1: V = 1000 × (0.6 + 0.3 × 0.1 + 0.1) = 730")
    void closedCrossingPassesItsResidualShare() {
        sc.trade = SmallScenario.trade().trustElasticity(1).closedResidualShare(0.1).build();
        sc.grievance = SmallScenario.grievance().perClosedDay(2).build();
        TensionModel m = sc.started(1);
        Border b = m.border();
        b.close(m, b.indexOf("second"), m.host(), 5, 1);
        assertEquals(9.5, m.haven().getGrievance(), 1e-12, "the CLOSURE event itself: |−9.5| × magnitude 1");
        assertEquals(730, tradeToday(m), 1e-9);
        assertTrue(m.today().borderClosed());
        assertEquals(9.5 + 2 * 0.3, m.haven().getGrievance(), 1e-12, "perClosedDay × w to the side that did not close");
        assertEquals(0, m.host().getGrievance(), 0, "the closing side is not aggrieved");
        tradeToday(m);
        assertEquals(9.5 + 2 * 2 * 0.3, m.haven().getGrievance(), 1e-12, "again on the next closed day");
    }

    @Test
    @DisplayName("trust factor: T̄ = 0.625 with elasticity 2 gives 1 + 2 × 0.375 = 1.75")
    void tradeFollowsMeanTrust() {
        sc.trade = SmallScenario.trade().trustElasticity(2).closedResidualShare(0.1).build();
        sc.trust = SmallScenario.trust().perCooperativeUnit(Math.log(5) / 10).build();
        TensionModel m = sc.started(1);
        m.host().shareCooperative(10);    // both 0.25 → 0.625 (odds 1/3 × 5)
        m.haven().shareCooperative(10);
        assertEquals(1750, tradeToday(m), 1e-9);
    }

    @Test
    @DisplayName("trust factor floored at 0: T̄ = 0.0625 with elasticity 10 gives max(0, 1 − 1.875) = 0")
    void tradeNeverNegative() {
        sc.trade = SmallScenario.trade().trustElasticity(10).closedResidualShare(0.1).build();
        sc.trust = SmallScenario.trust().perHostileUnit(Math.log(5) / 20).build();
        TensionModel m = sc.started(1);
        m.host().sufferHostile(20, true);       // 0.25 → 0.0625 (odds 1/3 ÷ 5)
        m.haven().sufferHostile(20, true);
        assertEquals(0.0625, m.host().getTrust(), 1e-12);
        assertEquals(0, tradeToday(m), 0);
    }

    @Test
    @DisplayName("agreements multiply trade: M = 1.5 × 1.5 = 2.25")
    void agreementsMultiplyTrade() {
        sc.trade = SmallScenario.trade().closedResidualShare(0.1).build();
        TensionModel m = sc.started(1);
        m.border().multiplyTrade(1.5);
        m.border().multiplyTrade(1.5);
        assertEquals(2250, tradeToday(m), 1e-9);
    }

    @Test
    @DisplayName("closure on day t for n days: closed on t … t + n − 1; a shorter closure never shortens it; one CLOSURE event")
    void closuresExtendButNeverShorten() {
        TensionModel m = sc.started(1);
        int[] events = new int[1];
        m.setEventListener(e -> events[0] += e.type() == EventType.CLOSURE ? 1 : 0);
        Border b = m.border();
        int main = b.indexOf("main");
        b.close(m, main, m.host(), 5, 1);
        assertTrue(b.isClosed(main, 4));
        assertFalse(b.isClosed(main, 5));
        b.close(m, main, m.host(), 2, 1);
        assertTrue(b.isClosed(main, 4), "a 2-day closure does not shorten a 5-day one");
        b.close(m, main, m.host(), 8, 1);
        assertTrue(b.isClosed(main, 7), "a longer one extends it");
        assertFalse(b.isClosed(main, 8));
        assertEquals(1, events[0], "the event is emitted only when the crossing was open");
    }

    @Test
    @DisplayName("the main crossing is the one with the largest trade share")
    void governmentsCloseTheBusiestCrossing() {
        TensionModel m = sc.started(1);
        Border b = m.border();
        b.closeMain(m, m.haven(), 3);
        assertTrue(b.isClosed(b.indexOf("main"), 0));
        assertFalse(b.isClosed(b.indexOf("second"), 0));
        assertFalse(b.isClosed(b.indexOf("third"), 0));
    }
}
