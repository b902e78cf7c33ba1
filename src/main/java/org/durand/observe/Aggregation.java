package org.durand.observe;

/** How a metric's daily values make a month, and its months make a year or a whole run. */
public enum Aggregation {
    /** Counted per day and summed (fatalities, returns, trade). */
    FLOW,
    /** A state read at the end of the period (refugees remaining, trust, grievance). */
    STOCK,
    /** A daily level averaged over the period (the tension index). */
    LEVEL;

    /** The lower-case word that names this aggregation in a run folder ({@code flow}, {@code stock}, {@code level}). */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The aggregation named {@code id} (as written by {@link #id()}).
     *
     * @throws IllegalArgumentException when {@code id} names none
     */
    public static Aggregation parse(String id) {
        for (Aggregation a : values()) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        throw new IllegalArgumentException("'" + id + "' is not an aggregation; allowed: flow, stock, level");
    }

    /** Combines consecutive monthly values {@code v[from..to)} into one value for the period. */
    public double combine(double[] v, int from, int to) {
        if (to <= from) {
            return Double.NaN;
        }
        return switch (this) {
            case FLOW -> {
                double s = 0;
                for (int i = from; i < to; i++) {
                    s += v[i];
                }
                yield s;
            }
            case STOCK -> v[to - 1];
            case LEVEL -> {
                double s = 0;
                for (int i = from; i < to; i++) {
                    s += v[i];
                }
                yield s / (to - from);
            }
        };
    }
}
