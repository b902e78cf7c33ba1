package org.durand.output;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Formats numbers for the CSV files the same way on every machine: whole numbers without a
 * decimal point, others to ten significant digits, no exponent, NaN as an empty field.
 */
public final class Numbers {

    private static final MathContext DIGITS = new MathContext(10);

    private Numbers() {
    }

    public static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(v).round(DIGITS).stripTrailingZeros().toPlainString();
    }
}
