package org.durand.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void welchMatchesHandComputation() {
        double[] a = {1, 2, 3, 4};
        double[] b = {3, 5, 7, 9, 11};
        Stats.Estimate d = Stats.welch(a, b);
        assertEquals(4.5, d.estimate(), 1e-12);
        // var a = 5/3, var b = 10; se^2 = 5/12 + 2; df = (29/12)^2 / ((5/12)^2/3 + 2^2/4) = 5.52
        double se = Math.sqrt(5.0 / 12 + 2);
        double half = d.high() - d.estimate();
        assertEquals(2.4993, half / se, 5e-4, "t quantile for df 5.52: " + half / se);
        assertEquals(d.estimate() - half, d.low(), 1e-9);
    }

    @Test
    void degenerateInputsGiveNoInterval() {
        assertTrue(Double.isNaN(Stats.welch(new double[] {1}, new double[] {2, 3}).low()));
        Stats.Estimate same = Stats.welch(new double[] {2, 2}, new double[] {2, 2});
        assertEquals(0, same.low());
        assertEquals("2 [2 – 2]", Stats.mean(new double[] {2, 2, Double.NaN}).text());
    }

    @Test
    void escapeCoversAllFiveCharacters() {
        assertEquals("&amp;&lt;&gt;&quot;&#39;x", Html.esc("&<>\"'x"));
        assertEquals("", Html.esc(null));
    }

    @Test
    void bandUsesPercentilesAcrossReps() {
        double[][] m = new double[21][1];
        for (int r = 0; r <= 20; r++) {
            m[r][0] = r;
        }
        Band b = Band.of(m);
        assertEquals(10, b.mean()[0], 1e-12);
        assertTrue(b.low()[0] < 1.5 && b.high()[0] > 18.5);
    }

    @Test
    void pairedDifferencesRemoveTheNoiseTheRunsShare() {
        double[] a = {10, 20, 30, 40};
        double[] b = {11, 22, 31, 42};
        Stats.Estimate d = Stats.paired(a, b);
        // differences 1, 2, 1, 2: mean 1.5, sd 0.57735, t(0.975, 3) = 3.182446
        assertEquals(1.5, d.estimate(), 1e-12);
        assertEquals(1.5 - 3.182446 * 0.57735 / 2, d.low(), 1e-5);
        assertTrue(Stats.welch(a, b).low() < -10, "unpaired, the spread across replicates swamps the difference");
    }

    @Test
    void pairsLinkedByADrawInEitherRunFormOneGroup() {
        // run A drew per pair of replicates, run B at fixed parameters: A's draws link 0–1 and 2–3
        assertArrayEquals(new int[] {0, 0, 2, 2}, Differences.pairGroups(new int[] {0, 0, 1, 1}, new int[] {0, 1, 2, 3}));
        // both over the same posterior: the shared draws
        assertArrayEquals(new int[] {0, 0, 2, 2, 4}, Differences.pairGroups(new int[] {0, 0, 1, 1, 2},
                new int[] {0, 0, 1, 1, 2}));
        // draws that chain across runs join
        assertArrayEquals(new int[] {0, 0, 0}, Differences.pairGroups(new int[] {0, 0, 1}, new int[] {0, 1, 1}));
        Stats.Estimate grouped = Stats.paired(new double[] {0, 0, 0, 0}, new double[] {1, 1.2, 3, 3.1},
                new int[] {0, 0, 1, 1});
        assertEquals(Stats.mean(new double[] {1.1, 3.05}).high(), grouped.high(), 1e-9);
    }
}
