package org.durand.calibrate;

/**
 * A scenario value to fit, by its dotted path, within bounds. The search works in unit
 * coordinates u ∈ [0, 1], mapped linearly onto [low, high].
 *
 * @param path dotted path, as for {@code --set} (for example {@code groups.ttp.attacksPerCellYear});
 *             not checked here: the scenario reader refuses an unknown path
 * @param low  lower bound, in the parameter's own unit
 * @param high upper bound, in the parameter's own unit, greater than {@code low}
 */
public record FitParameter(String path, double low, double high) {

    /**
     * Parses the text of a {@code --fit} option.
     *
     * @param text {@code PATH=LOW:HIGH}, numbers in Java syntax (for example {@code a.b=-2:1e1})
     * @return the parameter
     * @throws IllegalArgumentException starting with {@code --fit TEXT:} and saying what is
     *                                  expected, if the text has no {@code =} or {@code :}, the
     *                                  bounds are not numbers, or HIGH is not greater than LOW
     */
    public static FitParameter parse(String text) {
        int eq = text.indexOf('=');
        int colon = text.indexOf(':', Math.max(eq, 0));
        if (eq <= 0 || colon < 0) {
            throw new IllegalArgumentException("--fit " + text + ": expected PATH=LOW:HIGH, e.g. groups.ttp.attacksPerCellYear=0.1:0.5");
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

    /** The value at unit coordinate {@code u}: low + u·(high − low), with u clamped to [0, 1]. */
    public double at(double u) {
        return low + Math.max(0, Math.min(1, u)) * (high - low);
    }

    /** The unit coordinate of {@code value}: (value − low)/(high − low), not clamped (outside [0, 1] out of bounds). */
    public double unit(double value) {
        return (value - low) / (high - low);
    }
}
