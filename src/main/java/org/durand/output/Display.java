package org.durand.output;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Numbers formatted for people (reports, Markdown tables, chart labels), the same in every locale:
 * values of 100 or more as whole numbers with comma thousands separators, smaller ones to three
 * significant digits, never an exponent and never a negative zero. Files meant for machines use
 * {@link org.durand.io.Numbers} instead.
 */
public final class Display {

    private static final MathContext THREE = new MathContext(3, RoundingMode.HALF_EVEN);

    private Display() {
    }

    /** {@code 2,546}, {@code 64.3}, {@code 6.92}, {@code -0.0573}, {@code 0}; NaN and infinities as "–". */
    public static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "–";
        }
        if (Math.abs(v) >= 99.5) {
            long whole = Math.round(v);
            return String.format(Locale.ROOT, "%,d", whole);
        }
        BigDecimal d = new BigDecimal(v).round(THREE);
        if (d.signum() == 0) {
            return "0";
        }
        return d.stripTrailingZeros().toPlainString();
    }

    /**
     * A count and what it counts, singular for one: {@code count(1, "replicate")} is
     * "1 replicate", {@code count(20, "replicate")} "20 replicates". The count is written plainly
     * (no thousands separator), as printed messages write counts.
     */
    public static String count(long n, String singular) {
        return n + " " + (n == 1 ? singular : singular + "s");
    }

    /** A share as a signed percentage with one decimal, e.g. {@code +0.9%}, {@code -5.7%}, {@code 0.0%}. */
    public static String signedPercent(double share) {
        if (Double.isNaN(share) || Double.isInfinite(share)) {
            return "–";
        }
        String s = String.format(Locale.ROOT, "%+.1f%%", 100 * share);
        return s.matches("[-+]0\\.0%") ? "0.0%" : s;
    }

    /** {@code mean [low – high]}, or just the mean when the interval is undefined. */
    public static String interval(double mean, double low, double high) {
        String m = number(mean);
        return Double.isNaN(low) || Double.isNaN(high) ? m : m + " [" + number(low) + " – " + number(high) + "]";
    }
}
