package org.durand.io;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Formats numbers for the CSV files the same way on every machine and JVM: whole numbers without a
 * decimal point, others with the fewest significant digits (15 to 17) that read back as exactly the
 * same double, no exponent, NaN and infinities as an empty field. {@link #parse} reads them back, so
 * a file written and read again holds the very values that were written.
 */
public final class Numbers {

    /** A decimal number as the writers produce it (no NaN, infinities or type suffixes). */
    private static final java.util.regex.Pattern DECIMAL =
            java.util.regex.Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private static final MathContext[] DIGITS = {new MathContext(15), new MathContext(16), new MathContext(17)};
    private static final MathContext DERIVED = new MathContext(12);

    private Numbers() {
    }

    /** {@code v} as a plain decimal that {@link #parse} turns back into {@code v}; NaN as {@code ""}. */
    public static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);   // also turns -0.0 into 0
        }
        BigDecimal exact = new BigDecimal(v);
        for (MathContext digits : DIGITS) {
            BigDecimal rounded = exact.round(digits);
            if (rounded.doubleValue() == v) {
                return rounded.stripTrailingZeros().toPlainString();
            }
        }
        return exact.toPlainString();   // not reached: 17 significant digits identify every double
    }

    /**
     * {@code v} rounded to 12 significant digits: the value a quantity derived from written
     * decimals means, without the noise binary arithmetic adds in the last digits (2546 × 1.1 is
     * 2800.6000000000004 as a double; this gives 2800.6). For bounds and differences derived from
     * inputs and for a sweep design's values, never for what a model run computes. NaN and
     * infinities are kept.
     */
    public static double derived(double v) {
        if (!Double.isFinite(v) || v == 0) {
            return v;
        }
        return new BigDecimal(v).round(DERIVED).doubleValue();
    }

    /**
     * A statistic across replicates, draws or particles (a mean, sd, percentile, interval, index,
     * relative error, and what a chart plots of them) as written: {@link #derived} then
     * {@link #format}, so a percentile interpolated between whole counts reads 104.2, not
     * 104.19999999999996. Twelve significant
     * digits are far more than any such statistic's sampling error; the values a run computes
     * ({@code timeseries.csv}, {@code events.csv}, {@code runs.csv}) are written exactly.
     */
    public static String statistic(double v) {
        return format(derived(v));
    }

    /**
     * The number in a CSV field: an empty field is NaN.
     *
     * @throws NumberFormatException when the field is neither empty nor a decimal number
     */
    public static double parse(String field) {
        String s = field.trim();
        if (s.isEmpty()) {
            return Double.NaN;
        }
        if (!DECIMAL.matcher(s).matches()) {
            throw new NumberFormatException("'" + field + "' is not a number");
        }
        return Double.parseDouble(s);
    }
}
