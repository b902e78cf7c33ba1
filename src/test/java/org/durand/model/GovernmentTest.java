package org.durand.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A government's state equations (ODD §7.1, §7.3, §7.4) on hand-checked cases. The fixture sets
 * P½ = 100 and G½ = 300, so P = 100 and G = 300 each saturate to s = 1/2.
 */
class GovernmentTest {

    private static final double LN3 = Math.log(3);

    private final SmallScenario sc = new SmallScenario();

    private Government host() {
        return new Government(sc.host.spec(), sc.build().behaviour());
    }

    @Test
    @DisplayName("drive D = 1 − (1 − s(P))(1 − s(G)), s(x) = x / (x + x½)")
    void driveCombinesSaturatedPressureAndGrievance() {
        assertEquals(0, host().drive(), 0, "no pressure, no grievance: no drive");
        sc.host.pressure = 100;
        sc.host.grievance = 300;
        assertEquals(0.75, host().drive(), 1e-12, "1 − (1 − 1/2)(1 − 1/2)");
        assertEquals(0.5, host().saturatedGrievance(), 1e-12, "s(300) with G½ = 300");
        sc.host.pressure = 300;
        sc.host.grievance = 0;
        assertEquals(0.75, host().drive(), 1e-12, "s(300) with P½ = 100 is 3/4");
    }

    @Test
    @DisplayName("hostile event of u units: G ← G + perHostileUnit·u, logit T ← logit T − trust.perHostileUnit·u")
    void hostileEventRaisesGrievanceAndErodesTrust() {
        sc.host.grievance = 300;
        sc.grievance = SmallScenario.grievance().perHostileUnit(2).build();
        sc.trust = SmallScenario.trust().perHostileUnit(LN3 / 100).build();
        Government g = host();
        g.sufferHostile(100, true);
        assertEquals(500, g.getGrievance(), 1e-9, "300 + 2 × 100");
        assertEquals(0.1, g.getTrust(), 1e-12, "odds 1/3 divided by 3 = 1/9: trust 0.1");
    }

    @Test
    @DisplayName("cooperative event of u units mirrors a hostile one: G ← max(0, G − perCooperativeUnit·u), "
            + "logit T ← logit T + trust.perCooperativeUnit·u")
    void cooperativeEventRaisesTrustAndRelievesGrievance() {
        sc.host.grievance = 300;
        sc.trust = SmallScenario.trust().perCooperativeUnit(LN3 / 10).build();
        sc.grievance = SmallScenario.grievance().perCooperativeUnit(2).build();
        Government g = host();
        g.shareCooperative(10);
        assertEquals(0.5, g.getTrust(), 1e-12, "odds 1/3 times 3 = 1: trust 0.5");
        assertEquals(280, g.getGrievance(), 1e-9, "300 − 2 × 10");
        g.shareCooperative(1000);
        assertEquals(0, g.getGrievance(), 0, "grievance never goes below zero");
    }

    @Test
    @DisplayName("the same units of hostile and cooperative weight cancel when the rates are equal")
    void equalRatesAreSymmetric() {
        sc.host.grievance = 300;
        sc.trust = SmallScenario.trust().perHostileUnit(0.01).perCooperativeUnit(0.01).build();
        sc.grievance = SmallScenario.grievance().perCooperativeUnit(1).build();
        Government g = host();
        g.sufferHostile(40, true);
        g.shareCooperative(40);
        assertEquals(300, g.getGrievance(), 1e-9);
        assertEquals(0.25, g.getTrust(), 1e-12);
    }

    @Test
    @DisplayName("coercion → grievance cut: the other government's acts erode trust but add no grievance; "
            + "attacks laid at its door still do")
    void cuttingCoercionToGrievanceKeepsAttributedAttacks() {
        sc.loops = SmallScenario.loops().coercionGrievance(false).build();
        Government g = host();
        g.sufferHostile(100, true);
        assertEquals(0, g.getGrievance(), 0);
        g.sufferHostile(100, false);
        assertEquals(100, g.getGrievance(), 1e-12);
    }

    @Test
    @DisplayName("dusk: G ← G·2^(−1/h_G), P ← P·2^(−1/h_P): halved after one half-life")
    void grievanceAndPressureHalveEachHalfLife() {
        sc.host.grievance = 300;
        sc.host.pressure = 100;
        sc.grievance = SmallScenario.grievance().halfLifeDays(10).build();
        sc.pressure = SmallScenario.pressure().halfLifeDays(5).build();
        Government g = host();
        g.relax(1);
        assertEquals(300 * Math.pow(2, -0.1), g.getGrievance(), 1e-9, "one day of a 10-day half-life");
        assertEquals(100 * Math.pow(2, -0.2), g.getPressure(), 1e-9, "one day of a 5-day half-life");
        for (int day = 2; day <= 10; day++) {
            g.relax(1);
        }
        assertEquals(150, g.getGrievance(), 1e-9, "300 after one half-life");
        assertEquals(25, g.getPressure(), 1e-9, "100 after two half-lives");
    }

    @Test
    @DisplayName("dusk: T ← T + (T₀ − T)(1 − 2^(−1/h_T)): the gap to initial trust halves each half-life")
    void trustRevertsToItsInitialValue() {
        sc.trust = SmallScenario.trust().perCooperativeUnit(LN3 / 10).reversionHalfLifeDays(10).build();
        Government g = host();
        g.shareCooperative(10);
        assertEquals(0.5, g.getTrust(), 1e-12);
        g.relax(1);
        assertEquals(0.5 + (0.25 - 0.5) * (1 - Math.pow(2, -0.1)), g.getTrust(), 1e-12);
        for (int day = 2; day <= 10; day++) {
            g.relax(1);
        }
        assertEquals(0.25 + 0.25 / 2, g.getTrust(), 1e-12, "gap 0.25 halved in 10 days");
    }

    @Test
    @DisplayName("dusk: R ← R + (R* − R)/adjustmentDays, "
            + "R* = σ(intercept + trustWeight·T − grievanceWeight·s(G) + tradeWeight·(tie − 1))")
    void restraintMovesTowardItsLogisticTarget() {
        // intercept 0, trustWeight 4, grievanceWeight 2, adjustmentDays 4; T = T₀ = 0.25, G = 0
        Government g = host();
        g.relax(1);
        double target = 1 / (1 + Math.exp(-1));   // σ(4 × 0.25) = σ(1) = 0.7310585786
        assertEquals(0.7310585786, target, 1e-10);
        assertEquals(0.5 + (0.7310585786 - 0.5) / 4, g.getRestraint(), 1e-10);

        // grievance that does not decay (infinite half-life): s(300) = 1/2, R* = σ(1 − 2 × 1/2) = σ(0) = 1/2
        sc.host.grievance = 300;
        sc.host.restraint = 0.3;
        sc.grievance = SmallScenario.grievance().halfLifeDays(Double.POSITIVE_INFINITY).build();
        Government aggrieved = host();
        aggrieved.relax(1);
        assertEquals(0.3 + (0.5 - 0.3) / 4, aggrieved.getRestraint(), 1e-12);

        // trade at half its normal value with tradeWeight 2: R* = σ(1 + 2 × (0.5 − 1)) = σ(0) = 1/2
        sc.host.grievance = 0;
        sc.host.restraint = 0.3;
        sc.restraint = SmallScenario.restraint().tradeWeight(2).build();
        Government trading = host();
        trading.relax(0.5);
        assertEquals(0.3 + (0.5 - 0.3) / 4, trading.getRestraint(), 1e-12);
    }

    @Test
    @DisplayName("restraint closes 1 − (1 − 1/30)^30 ≈ 63.8% of a constant gap in 30 days when adjustmentDays = 30")
    void restraintClosesAbout63PercentOfTheGapInAdjustmentDays() {
        sc.restraint = SmallScenario.restraint().adjustmentDays(30).build();
        Government g = host();
        for (int day = 0; day < 30; day++) {
            g.relax(1);
        }
        double target = 1 / (1 + Math.exp(-1));
        double closed = (g.getRestraint() - 0.5) / (target - 0.5);
        assertEquals(1 - Math.pow(29.0 / 30, 30), closed, 1e-12);
        assertEquals(0.638, closed, 0.001);
    }
}
