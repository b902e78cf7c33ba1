package org.durand.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

class VarianceSplitTest {

    @Test
    void aHandWorkedExample() {
        // groups {1, 3} and {5, 7}: MS within = (1+1+1+1)/2 = 2, MS between = 2·((2−4)²+(6−4)²)/1 = 16
        VarianceSplit s = VarianceSplit.of(new double[] {1, 3, 5, 7}, 2);
        assertEquals(4, s.mean(), 1e-12);
        assertEquals(2, s.replicate(), 1e-12);
        assertEquals(7, s.parameter(), 1e-12);
        assertEquals(7 / 9.0, s.parameterShare(), 1e-12);
    }

    @Test
    void recoversKnownComponentsOfASimulatedDesign() {
        MersenneTwisterFast r = new MersenneTwisterFast(3);
        int groups = 2000;
        int m = 4;
        double[] y = new double[groups * m];
        for (int g = 0; g < groups; g++) {
            double effect = 3 * r.nextGaussian();          // parameter sd 3: variance 9
            for (int i = 0; i < m; i++) {
                y[g * m + i] = 10 + effect + 2 * r.nextGaussian();   // replicate sd 2: variance 4
            }
        }
        VarianceSplit s = VarianceSplit.of(y, m);
        assertEquals(9, s.parameter(), 0.8);
        assertEquals(4, s.replicate(), 0.2);
        assertEquals(groups, s.draws());
        assertTrue(s.shareLow() < 9 / 13.0 && 9 / 13.0 < s.shareHigh(), "the share's interval holds the true "
                + "intraclass correlation 9/13: " + s.shareLow() + " – " + s.shareHigh());
        assertTrue(s.shareHigh() - s.shareLow() < 0.1, "2,000 draws pin the share down");
    }

    @Test
    void tenDrawsWithoutAParameterEffectGiveAnIntervalFromZero() {
        MersenneTwisterFast r = new MersenneTwisterFast(11);
        double[] y = new double[20];
        Arrays.setAll(y, i -> 100 + 10 * r.nextGaussian());
        VarianceSplit s = VarianceSplit.of(y, 2);
        assertEquals(0, s.shareLow(), 1e-12, "one parameter set drawn ten times: the data cannot exclude no effect");
        assertTrue(s.shareHigh() > 0.5, "and ten draws cannot exclude a large one: " + s.shareHigh());
    }

    @Test
    void noParameterEffectGivesAShareNearZeroAndNeverNegative() {
        MersenneTwisterFast r = new MersenneTwisterFast(5);
        double[] y = new double[400];
        Arrays.setAll(y, i -> r.nextGaussian());
        VarianceSplit s = VarianceSplit.of(y, 2);
        assertTrue(s.parameter() >= 0 && s.parameterShare() < 0.15, "share " + s.parameterShare());
        assertTrue(Double.isNaN(VarianceSplit.of(new double[] {1, 2, 3}, 2).parameter()), "one whole group only");
    }
}
