package org.durand.model;

/**
 * Event magnitudes. The Goldstein scale scores the kind of event, not its size, so the model
 * scales by a magnitude that grows with size but with diminishing returns (log scale): a bombing
 * that kills twenty is more than one that kills two, but not ten times the political shock.
 */
public final class Magnitude {

    private Magnitude() {
    }

    /** 1 for an event without deaths, 1 + ln(1 + deaths) otherwise. */
    public static double ofDeaths(int deaths) {
        return 1.0 + Math.log1p(deaths);
    }

    /** ln(1 + persons/1000): about 0.1 for a hundred persons, 0.7 for a thousand, 6.9 for a million. */
    public static double ofPersons(long persons) {
        return Math.log1p(persons / 1000.0);
    }
}
