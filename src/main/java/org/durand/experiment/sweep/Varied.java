package org.durand.experiment.sweep;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.durand.io.Numbers;
import org.durand.scenario.Parameter;
import org.durand.scenario.ParameterRegistry;

/**
 * A scenario parameter varied by a sweep, between bounds, by its dotted path. Numbers follow a
 * {@link Spread}; whole numbers and dates are spread uniformly over the whole values (days)
 * between the bounds, both included; yes/no parameters take {@code false} below u = 0.5 and
 * {@code true} from there.
 *
 * @param path   concrete dotted path, as for {@code --set}
 * @param kind   the registry kind: NUMBER, INTEGER, BOOLEAN or DATE
 * @param low    lower bound (for dates, days since 1970-01-01; for yes/no, 0)
 * @param high   upper bound (for dates, days since 1970-01-01; for yes/no, 1)
 * @param steps  grid levels, at least 2 (used by the grid design only)
 * @param spread how numbers are spread between the bounds
 */
public record Varied(String path, Parameter.Kind kind, double low, double high, int steps, Spread spread) {

    /** Grid levels when none are given: five, or fewer when the range holds fewer whole values. */
    static final int DEFAULT_STEPS = 5;

    /**
     * Reads {@code PATH=LOW:HIGH[:STEPS]} and checks it against the parameter registry.
     *
     * @param text   the option text
     * @param spread how values are spread ({@link Spread#UNIFORM} from the command line)
     * @throws IllegalArgumentException with a message naming the path, the value and what is allowed
     */
    public static Varied parse(String text, Spread spread) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("--vary " + text + ": expected PATH=LOW:HIGH[:STEPS], "
                    + "e.g. governments.host.hawkishness=0.3:0.9:5");
        }
        String path = text.substring(0, eq);
        String[] parts = text.substring(eq + 1).split(":", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException("--vary " + text + ": expected PATH=LOW:HIGH[:STEPS]");
        }
        Integer steps = null;
        if (parts.length == 3) {
            try {
                steps = Integer.parseInt(parts[2].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--vary " + text + ": STEPS '" + parts[2] + "' must be a whole number");
            }
        }
        return of(path, parts[0].trim(), parts[1].trim(), steps, spread, "--vary " + text);
    }

    /**
     * A varied parameter from its parts, checked against the registry.
     *
     * @param where how to name the source in messages (an option or "file line N")
     * @throws IllegalArgumentException naming the path, the value and what is allowed
     */
    public static Varied of(String path, String low, String high, Integer steps, Spread spread, String where) {
        Parameter entry = ParameterRegistry.find(path).orElseThrow(() -> new IllegalArgumentException(where
                + ": " + path + " names no scenario parameter" + ParameterRegistry.suggestion(path)
                + "; 'durand params SCENARIO' lists them"));
        Parameter.Kind kind = entry.kind();
        double lo;
        double hi;
        switch (kind) {
            case NUMBER, INTEGER -> {
                lo = number(low, path, where);
                hi = number(high, path, where);
                String problem = entry.checkBounds(lo, hi);
                if (!problem.isEmpty()) {
                    throw new IllegalArgumentException(where + ": " + path
                            + (entry.unit().isEmpty() ? "" : " (" + entry.unit() + ")") + " " + problem);
                }
            }
            case DATE -> {
                lo = date(low, path, where);
                hi = date(high, path, where);
                if (!(lo < hi)) {
                    throw new IllegalArgumentException(where + ": " + path + " the first date " + low
                            + " must be before the second " + high);
                }
            }
            case BOOLEAN -> {
                if (!low.equals("false") || !high.equals("true")) {
                    throw new IllegalArgumentException(where + ": " + path + " is true or false; vary it as "
                            + path + "=false:true");
                }
                lo = 0;
                hi = 1;
            }
            default -> throw new IllegalArgumentException(where + ": " + path + " is a " + kind.label()
                    + "; only numbers, whole numbers, dates and true/false can be varied");
        }
        if (kind != Parameter.Kind.NUMBER && spread.kind() != Spread.Kind.UNIFORM) {
            throw new IllegalArgumentException(where + ": " + path + " is a " + kind.label()
                    + " and is spread uniformly; a " + spread.kind().word() + " spread applies to real numbers only");
        }
        String problem = spread.check(lo, hi);
        if (!problem.isEmpty()) {
            throw new IllegalArgumentException(where + ": " + path + ": " + problem + " (" + spread.describe() + ")");
        }
        double wholeValues = kind == Parameter.Kind.NUMBER ? Double.POSITIVE_INFINITY : hi - lo + 1;
        int s = steps != null ? steps : (int) Math.min(DEFAULT_STEPS, wholeValues);
        if (s < 2 || s > 1000 || s > wholeValues) {
            throw new IllegalArgumentException(where + ": " + path + " steps " + s + " must be between 2 and "
                    + (int) Math.min(1000, wholeValues) + (wholeValues < 1000 ? " (the whole values in its range)" : ""));
        }
        return new Varied(path, kind, lo, hi, s, spread);
    }

    /**
     * The value at unit coordinate {@code u}, as the number that is run (dates as epoch days, yes/no
     * as 0 or 1). A real number is rounded to 12 significant digits ({@link Numbers#derived}): a grid
     * or Morris level between decimal bounds is then the decimal it means (0.3 + 0.6 × 1/4 = 0.45),
     * and a drawn value moves by less than one part in 10^12 (see {@link SweepPlan#VALUES}).
     */
    public double value(double u) {
        double p = Math.max(0, Math.min(1, u));
        return switch (kind) {
            case NUMBER -> Numbers.derived(spread.quantile(p, low, high));
            case INTEGER, DATE -> Math.min(high, low + Math.floor(p * (high - low + 1)));
            default -> p < 0.5 ? 0 : 1;
        };
    }

    /** The value as written for {@code --set} and in {@code runs.csv}. */
    public String text(double value) {
        return switch (kind) {
            case DATE -> LocalDate.ofEpochDay((long) value).toString();
            case BOOLEAN -> value >= 0.5 ? "true" : "false";
            default -> Numbers.format(value);
        };
    }

    /** Reads a value written by {@link #text}. */
    public double parseValue(String text) {
        return switch (kind) {
            case DATE -> LocalDate.parse(text).toEpochDay();
            case BOOLEAN -> text.equals("true") ? 1 : 0;
            default -> Double.parseDouble(text);
        };
    }

    /** The unit coordinate of a run value: the spread's distribution function, or its position in the range. */
    public double unit(double value) {
        return kind == Parameter.Kind.NUMBER ? spread.unit(value, low, high) : (value - low) / (high - low);
    }

    /** The bounds as written: "0.3:0.9", "2025-01-01:2025-06-30", "false:true". */
    public String bounds() {
        return text(low) + ":" + text(high);
    }

    private static double number(String s, String path, String where) {
        try {
            double v = Double.parseDouble(s);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": " + path + " bound '" + s + "' is not a number");
        }
    }

    private static double date(String s, String path, String where) {
        try {
            return LocalDate.parse(s).toEpochDay();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + ": " + path + " bound '" + s + "' is not a date YYYY-MM-DD");
        }
    }
}
