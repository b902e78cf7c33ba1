package org.durand.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Event magnitudes (ODD §7.13): 1 + ln(1 + deaths) and ln(1 + persons/1000). */
class MagnitudeTest {

    @Test
    @DisplayName("deaths: 1 + ln(1 + deaths): 1 for none, 1 + ln 2 for one, 1 + ln 20 for nineteen")
    void ofDeaths() {
        assertEquals(1, Magnitude.ofDeaths(0), 0);
        assertEquals(1.6931471806, Magnitude.ofDeaths(1), 1e-10);
        assertEquals(1 + Math.log(20), Magnitude.ofDeaths(19), 1e-12);
        assertEquals(3.9957322736, Magnitude.ofDeaths(19), 1e-10);
    }

    @Test
    @DisplayName("persons: ln(1 + persons/1000): ≈0.0953 for 100, ln 2 for 1,000, ≈6.909 for a million")
    void ofPersons() {
        assertEquals(0, Magnitude.ofPersons(0), 0);
        assertEquals(0.0953101798, Magnitude.ofPersons(100), 1e-10);
        assertEquals(Math.log(2), Magnitude.ofPersons(1000), 1e-12);
        assertEquals(6.9087547793, Magnitude.ofPersons(1_000_000), 1e-10);
    }
}
