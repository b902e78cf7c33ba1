package org.durand.experiment.sweep;

import java.util.Locale;

/** The experimental designs a sweep can use. */
public enum Design {
    /** Every combination of each parameter's grid levels ({@code steps}). */
    GRID,
    /** Latin hypercube: {@code samples} points, each parameter's range cut into that many strata, one point per stratum. */
    LHS,
    /** Saltelli's scheme over a Sobol sequence: {@code samples} base rows of k + 2 points; gives Sobol indices. */
    SOBOL,
    /** Morris trajectories: {@code samples} trajectories of k + 1 points, one parameter moved per step; gives elementary effects. */
    MORRIS,
    /** {@code samples} independent uniform points. */
    RANDOM;

    /** The word used on the command line and in plan files. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The designs' words, comma-separated, in declaration order. */
    public static String words() {
        return java.util.Arrays.stream(values()).map(Design::word).collect(java.util.stream.Collectors.joining(", "));
    }

    /** The design named {@code word}, or IllegalArgumentException listing the allowed words. */
    public static Design of(String word) {
        for (Design d : values()) {
            if (d.word().equals(word)) {
                return d;
            }
        }
        throw new IllegalArgumentException("design '" + word + "' is not one of: " + words());
    }
}
