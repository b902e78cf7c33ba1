package org.durand.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --fit PATH=LOW:HIGH}. */
class FitParameterTest {

    @Test
    void parsesPathAndBounds() {
        FitParameter p = FitParameter.parse("groups.ttp.attacksPerCellYear=0.5:2.5");
        assertEquals("groups.ttp.attacksPerCellYear", p.path());
        assertEquals(0.5, p.low(), 0);
        assertEquals(2.5, p.high(), 0);
        assertEquals(0.5, p.at(0), 1e-12);
        assertEquals(1.5, p.at(0.5), 1e-12);
        assertEquals(2.5, p.at(1), 1e-12);
        assertEquals(2.5, p.at(7), 1e-12, "clamped above");
        assertEquals(0.5, p.at(-1), 1e-12, "clamped below");
        assertEquals(0.25, p.unit(1.0), 1e-12);
        assertEquals(p.at(0.3), p.at(p.unit(p.at(0.3))), 1e-12);
    }

    @Test
    void negativeAndScientificBounds() {
        FitParameter p = FitParameter.parse("tension.offset=-2:1e1");
        assertEquals(-2, p.low(), 0);
        assertEquals(10, p.high(), 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"groups.ttp.attacksPerCellYear", "groups.ttp.attacksPerCellYear=0.5",
            "=0.5:2", "a.b=x:2", "a.b=1:y", "a.b=2:1", "a.b=1:1", "a.b=1:2:3", ""})
    void refusesMalformedText(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FitParameter.parse(text));
        assertTrue(e.getMessage().startsWith("--fit " + text + ":"), e.getMessage());
    }

    @Test
    void messagesSayWhatIsExpected() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FitParameter.parse("a.b"))
                .getMessage().contains("PATH=LOW:HIGH"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FitParameter.parse("a.b=3:1"))
                .getMessage().contains("HIGH must be greater than LOW"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FitParameter.parse("a.b=low:1"))
                .getMessage().contains("must be numbers"));
    }
}
