package org.durand.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RatioScaleTest {

    @Test
    void ratiosBetweenAThirdAndThreeGetALinearAxisHoldingThemAll() {
        RatioScale s = RatioScale.of(0.3, 0.9, 3.0, Double.NaN);
        assertFalse(s.log());
        assertTrue(s.lower() < 0.3 && s.lower() >= 0, "" + s.lower());
        assertTrue(s.upper() > 3 && s.upper() < 3.5, "" + s.upper());
        assertFalse(s.clipped(0.3) || s.clipped(3));
    }

    @Test
    void oneIsAlwaysShown() {
        RatioScale s = RatioScale.of(1.5, 2.5);
        assertTrue(s.lower() < 1);
    }

    @Test
    void aPerfectMatchStillHasARange() {
        RatioScale s = RatioScale.of(1, 1, 1);
        assertTrue(s.lower() < 1 && s.upper() > 1);
        assertTrue(RatioScale.of().upper() > 1, "no ratio at all");
    }

    @Test
    void aWideSpreadIsLogarithmicAndClippedAtTheBounds() {
        RatioScale s = RatioScale.of(0.8, 1.1, 50, 0);
        assertTrue(s.log());
        assertEquals(RatioScale.CLIP, s.upper());
        assertEquals(0.8 / 1.12, s.lower(), 1e-12, "the smallest positive ratio, with room for its dot");
        assertTrue(s.clipped(50) && s.clipped(0));
        assertEquals(RatioScale.CLIP, s.clip(50));
        assertEquals(s.lower(), s.clip(0));
        assertTrue(Double.isNaN(s.clip(Double.NaN)));
    }
}
