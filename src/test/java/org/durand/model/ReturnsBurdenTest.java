package org.durand.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What returns do to the haven (ODD §7.11, mechanism 4), with perThousandReturned and
 * perThousandReturnees set: every thousand persons deported or pressed to return adds to the
 * haven's grievance (unless the coercion → grievance loop is cut) and to its pressure; the
 * spin-up's background returns do the same without counting anyone.
 */
class ReturnsBurdenTest {

    private final SmallScenario sc = new SmallScenario();

    private TensionModel burdened(boolean coercionGrievance) {
        sc.grievance = SmallScenario.grievance().perThousandReturned(3).build();
        sc.pressure = SmallScenario.pressure().perThousandReturnees(2).build();
        sc.loops = SmallScenario.loops().coercionGrievance(coercionGrievance).build();
        return sc.started(141);
    }

    @Test
    @DisplayName("1,500 deported and 500 pressed: grievance += 3 × 2, pressure += 2 × 2; both counted for the day and the run")
    void returnsBurdenTheHaven() {
        TensionModel m = burdened(true);
        m.consequences().returns(1500, 500);
        assertEquals(6, m.haven().getGrievance(), 1e-12);
        assertEquals(4, m.haven().getPressure(), 1e-12);
        assertEquals(0, m.host().getGrievance() + m.host().getPressure(), 0, "the host bears none of it");
        assertEquals(1500, m.today().deported());
        assertEquals(500, m.today().pressured());
        m.consequences().returns(100, 0);
        assertEquals(1600, m.getTotalDeported());
        assertEquals(500, m.getTotalReturned());
    }

    @Test
    @DisplayName("coercion → grievance loop cut: the returns still press the haven, but aggrieve it no more")
    void cuttingTheLoopLeavesThePressure() {
        TensionModel m = burdened(false);
        m.consequences().returns(1500, 500);
        assertEquals(0, m.haven().getGrievance(), 0);
        assertEquals(4, m.haven().getPressure(), 1e-12);
    }

    @Test
    @DisplayName("background returns of the spin-up: the same burden per thousand, and nothing counted")
    void backgroundReturnsBurdenWithoutCounting() {
        TensionModel m = burdened(true);
        m.consequences().backgroundReturns(2500);
        assertEquals(7.5, m.haven().getGrievance(), 1e-12);
        assertEquals(5, m.haven().getPressure(), 1e-12);
        assertEquals(0, m.today().deported() + m.today().pressured());
        assertEquals(0, m.getTotalDeported() + m.getTotalReturned());
    }
}
