package org.durand.calibrate;

/**
 * A scenario value to fit, by its dotted path, within bounds.
 *
 * @param path dotted path, as for {@code --set}
 * @param low  lower bound
 * @param high upper bound
 */
public record FitParameter(String path, double low, double high) {

    /** Parses {@code a.b.c=lo:hi}; throws IllegalArgumentException with a readable message. */
    public static FitParameter parse(String text) {
        int eq = text.indexOf('=');
        int colon = text.indexOf(':', Math.max(eq, 0));
        if (eq <= 0 || colon < 0) {
            throw new IllegalArgumentException("--fit " + text + ": expected PATH=LOW:HIGH, e.g. groups.ttp.attacksPerCellYear=0.5:2");
        }
        try {
            double lo = Double.parseDouble(text.substring(eq + 1, colon));
            double hi = Double.parseDouble(text.substring(colon + 1));
            if (!(hi > lo)) {
                throw new IllegalArgumentException("--fit " + text + ": HIGH must be greater than LOW");
            }
            return new FitParameter(text.substring(0, eq), lo, hi);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--fit " + text + ": LOW and HIGH must be numbers");
        }
    }

    /** The value at unit coordinate {@code u} in [0, 1]. */
    public double at(double u) {
        return low + Math.max(0, Math.min(1, u)) * (high - low);
    }

    /** The unit coordinate of {@code value}. */
    public double unit(double value) {
        return (value - low) / (high - low);
    }
}
