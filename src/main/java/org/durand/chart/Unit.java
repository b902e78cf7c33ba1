package org.durand.chart;

/**
 * A display unit: values are divided by {@code divisor} and labelled with {@code label}.
 *
 * @param divisor what raw values are divided by
 * @param label   axis and CSV label, e.g. {@code "thousand people"}
 */
record Unit(double divisor, String label) {

    /** Picks raw, thousands or millions of {@code noun} so that {@code max} reads as a small number. */
    static Unit forMax(double max, String noun) {
        if (max >= 2e6) {
            return new Unit(1e6, "million " + noun);
        }
        if (max >= 2e4) {
            return new Unit(1e3, "thousand " + noun);
        }
        return new Unit(1, noun);
    }
}
