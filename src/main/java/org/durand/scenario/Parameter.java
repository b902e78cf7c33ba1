package org.durand.scenario;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * One entry of the {@link ParameterRegistry}: a value a scenario file (or {@code --set}) may hold,
 * described once. Validation, {@code --set}, the manifest, {@code durand params}, sweep bounds and
 * GUI sliders all read these entries.
 *
 * <p>A path names a key by its dotted position in the scenario file; {@code *} stands for one id
 * the scenario defines (a government role, a group, a status, a province, a crossing, a phase or a
 * timeline entry), so {@code groups.*.fighters} describes every group's fighters.
 *
 * @param path        dotted path, {@code *} for an id segment; never empty
 * @param kind        what sort of value it is
 * @param unit        unit in plain words ("persons/day", "0–1", "days"), empty for names and texts
 * @param min         smallest allowed value (numbers; for dates and texts unused, 0)
 * @param max         largest allowed value (numbers; for dates and texts unused, 0)
 * @param fallback    value used when the key is absent, as written in YAML, or {@code null} when the
 *                    key is required
 * @param choices     allowed words for {@link Kind#CHOICE}, else empty
 * @param live        whether it is safe to change while a run is under way (a rate the agents read
 *                    each day), as opposed to a value that only shapes the initial state
 * @param description one line in plain words: what it means
 * @param reason      why the range (and the fallback, if any) is what it is
 */
public record Parameter(String path, Kind kind, String unit, double min, double max, String fallback,
                        List<String> choices, boolean live, String description, String reason)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What sort of value a parameter holds. */
    public enum Kind {
        /** A real number in [min, max]. */
        NUMBER,
        /** A whole number in [min, max]. */
        INTEGER,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** A calendar date written YYYY-MM-DD. */
        DATE,
        /** Free text (names, notes, descriptions). */
        TEXT,
        /** One word from {@link Parameter#choices()}. */
        CHOICE,
        /** The id of something the scenario defines (a province, crossing, group or status). */
        REFERENCE,
        /** A list of ids the scenario defines. */
        REFERENCES;

        /** Lower-case name for tables. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Parameter {
        if (path.isEmpty() || description.isBlank()) {
            throw new IllegalArgumentException("a parameter needs a path and a description: " + path);
        }
        choices = List.copyOf(choices);
    }

    /** The last segment of the path: the key as written in its mapping. */
    public String key() {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** Whether values of this parameter are numbers (so it can be swept, fitted or slid). */
    public boolean numeric() {
        return kind == Kind.NUMBER || kind == Kind.INTEGER;
    }

    /** Whether the key may be left out. */
    public boolean optional() {
        return fallback != null;
    }

    /** Whether {@code concrete} (a dotted path with real ids) is an instance of this entry. */
    public boolean matches(String concrete) {
        String[] want = path.split("\\.");
        String[] have = concrete.split("\\.", -1);
        if (want.length != have.length) {
            return false;
        }
        for (int i = 0; i < want.length; i++) {
            if (have[i].isEmpty() || !want[i].equals("*") && !want[i].equals(have[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The allowed values in words: "0 to 1", "YYYY-MM-DD", "true or false", "one of: a, b".
     */
    public String range() {
        return switch (kind) {
            case NUMBER, INTEGER -> Numbers.compact(min) + " to " + Numbers.compact(max);
            case BOOLEAN -> "true or false";
            case DATE -> "a date YYYY-MM-DD";
            case TEXT -> "text";
            case CHOICE -> "one of: " + String.join(", ", choices);
            case REFERENCE -> "an id defined in the scenario";
            case REFERENCES -> "a list of ids defined in the scenario";
        };
    }

    /**
     * Checks that [{@code lo}, {@code hi}] lies within this parameter's range.
     *
     * @return empty when it does, else what is wrong, in words
     */
    public String checkBounds(double lo, double hi) {
        if (!numeric()) {
            return "is a " + kind.label() + ", not a number, so it cannot be varied between bounds";
        }
        if (!(lo < hi)) {
            return "has its lower bound " + Numbers.plain(lo) + " not below its upper bound " + Numbers.plain(hi)
                    + "; write lo:hi with lo < hi";
        }
        if (lo < min || hi > max) {
            return "bounds " + Numbers.plain(lo) + ":" + Numbers.plain(hi) + " leave the allowed range " + range();
        }
        if (kind == Kind.INTEGER && (lo != Math.rint(lo) || hi != Math.rint(hi))) {
            return "is a whole number, so its bounds must be whole numbers";
        }
        return "";
    }

    /** Number formatting for messages and tables, independent of the locale. */
    static final class Numbers {
        private Numbers() {
        }

        /** Like {@link #plain} but powers of ten from ten million up as {@code 1e12}. */
        static String compact(double v) {
            double exponent = Math.log10(Math.abs(v));
            if (Math.abs(v) >= 1e7 && exponent == Math.rint(exponent)) {
                return (v < 0 ? "-" : "") + "1e" + (long) exponent;
            }
            return plain(v);
        }

        static String plain(double v) {
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                return String.valueOf((long) v);
            }
            String s = String.valueOf(v);
            return s.contains("E") ? String.format(Locale.ROOT, "%g", v) : s;
        }
    }
}
