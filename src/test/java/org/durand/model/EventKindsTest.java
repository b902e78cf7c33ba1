package org.durand.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The kinds of event (ODD §7.3): Goldstein weights within −10 … +10, cooperative exactly when the
 * weight is positive, a three-digit CAMEO code for every act between states, and an interdiction
 * that is neither cooperative nor hostile.
 */
class EventKindsTest {

    @Test
    @DisplayName("weights in −10 … 10; cooperative ⇔ weight > 0; CAMEO codes of three digits; labels given")
    void kindsAreScoredConsistently() {
        for (EventType t : EventType.values()) {
            assertTrue(t.goldstein() >= -10 && t.goldstein() <= 10, t + " " + t.goldstein());
            assertEquals(t.goldstein() > 0, t.cooperative(), t.name());
            assertFalse(t.label().isEmpty(), t.name());
            if (t != EventType.INTERDICTION) {
                assertTrue(t.cameo().matches("\\d{3}"), t + " " + t.cameo());
            }
        }
        assertEquals(0, EventType.INTERDICTION.goldstein(), 0);
        assertFalse(EventType.INTERDICTION.cooperative(), "an interdiction is not cooperative");
        assertEquals("", EventType.INTERDICTION.cameo());
        assertEquals("strike", EventType.AIR_STRIKE.label());
        assertEquals("195", EventType.AIR_STRIKE.cameo());
    }
}
