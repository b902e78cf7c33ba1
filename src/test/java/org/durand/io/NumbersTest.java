package org.durand.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** The one number format of the CSV files. */
class NumbersTest {

    @Test
    void wholeNumbersHaveNoDecimalPoint() {
        assertEquals("0", Numbers.format(0));
        assertEquals("0", Numbers.format(-0.0));
        assertEquals("3", Numbers.format(3.0));
        assertEquals("-42", Numbers.format(-42));
        assertEquals("2546", Numbers.format(2546.0));
        assertEquals("4380000", Numbers.format(4.38e6));
        assertEquals("123456789012345", Numbers.format(123456789012345.0));
    }

    @Test
    void nanAndInfinityAreEmpty() {
        assertEquals("", Numbers.format(Double.NaN));
        assertEquals("", Numbers.format(Double.POSITIVE_INFINITY));
        assertEquals("", Numbers.format(Double.NEGATIVE_INFINITY));
    }

    @Test
    void fractionsHaveTheFewestDigitsThatReadBackExactly() {
        assertEquals("0.1", Numbers.format(0.1));
        assertEquals("0.5", Numbers.format(0.5));
        assertEquals("0.3333333333333333", Numbers.format(1.0 / 3));
        assertEquals("0.6666666666666666", Numbers.format(2.0 / 3));
        assertEquals("-1.5", Numbers.format(-1.5));
        assertEquals("3.141592653589793", Numbers.format(Math.PI));
        assertEquals("123456.789012345", Numbers.format(123456.789012345));
    }

    @Test
    void noExponentForTinyOrHugeValues() {
        assertEquals("0.000000123456789", Numbers.format(1.23456789e-7));
        assertEquals("0.00000000000000000001", Numbers.format(1e-20));
        String huge = Numbers.format(1.2345678901234e20);
        assertEquals("123456789012340000000", huge);
        assertFalse(Numbers.format(6.02214076e23).contains("E"));
    }

    @Test
    void statisticsLoseTheNoiseOfBinaryArithmeticButKeepTwelveDigits() {
        assertEquals("104.2", Numbers.statistic(104.19999999999996));
        assertEquals("707.6", Numbers.statistic(707.5999999999999));   // an interpolated percentile of whole counts
        assertEquals("213.771760973", Numbers.statistic(213.7717609729444));
        assertEquals("-0.2784564012", Numbers.statistic(-0.27845640119952866));
        assertEquals("0", Numbers.statistic(0));
        assertEquals("", Numbers.statistic(Double.NaN));
    }
}
