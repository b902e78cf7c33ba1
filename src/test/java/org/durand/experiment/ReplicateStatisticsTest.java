package org.durand.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Statistics across replicates against hand computation. */
class ReplicateStatisticsTest {

    /** Student t, 97.5% quantile, 7 degrees of freedom (from tables). */
    private static final double T_975_7 = 2.364624;

    @Test
    void meanSdAndConfidenceIntervalOfAKnownSample() {
        double[] v = {2, 4, 4, 4, 5, 5, 7, 9};
        ReplicateStatistics s = ReplicateStatistics.of(v);
        // mean 40/8 = 5; squared deviations 9+1+1+1+0+0+4+16 = 32; sample variance 32/7
        double sd = Math.sqrt(32.0 / 7.0);
        double half = T_975_7 * sd / Math.sqrt(8);
        assertEquals(8, s.n());
        assertEquals(5.0, s.mean(), 1e-12);
        assertEquals(sd, s.sd(), 1e-9);
        assertEquals(5.0 - half, s.ci95Low(), 1e-5);
        assertEquals(5.0 + half, s.ci95High(), 1e-5);
        assertEquals(4.5, s.median(), 1e-12);
        assertTrue(s.p05() >= 2 && s.p05() <= s.median(), "p05 " + s.p05());
        assertTrue(s.p95() <= 9 && s.p95() >= s.median(), "p95 " + s.p95());
    }

    @Test
    void aSingleReplicateHasNoSpreadOrInterval() {
        ReplicateStatistics s = ReplicateStatistics.of(new double[] {3.5});
        assertEquals(1, s.n());
        assertEquals(3.5, s.mean(), 0);
        assertEquals(3.5, s.median(), 0);
        assertTrue(Double.isNaN(s.sd()));
        assertTrue(Double.isNaN(s.ci95Low()));
        assertTrue(Double.isNaN(s.ci95High()));
    }

    @Test
    void nanValuesAreLeftOutAndNoValuesGiveNaN() {
        ReplicateStatistics s = ReplicateStatistics.of(new double[] {1, Double.NaN, 3});
        assertEquals(2, s.n());
        assertEquals(2.0, s.mean(), 1e-12);
        assertEquals(Math.sqrt(2), s.sd(), 1e-12);
        // t(0.975, 1) = 12.7062
        assertEquals(2.0 - 12.7062 * Math.sqrt(2) / Math.sqrt(2), s.ci95Low(), 1e-3);

        ReplicateStatistics none = ReplicateStatistics.of(new double[] {Double.NaN});
        assertEquals(0, none.n());
        assertTrue(Double.isNaN(none.mean()));
        assertTrue(Double.isNaN(ReplicateStatistics.of(new double[0]).mean()));
    }

    @Test
    void identicalValuesHaveAZeroWidthInterval() {
        ReplicateStatistics s = ReplicateStatistics.of(new double[] {7, 7, 7, 7});
        assertEquals(0, s.sd(), 0);
        assertEquals(7, s.ci95Low(), 0);
        assertEquals(7, s.ci95High(), 0);
    }

    @Test
    void intervalsOfBoundedQuantitiesStayWithinTheirBounds() {
        double[] counts = {0, 0, 0, 0, 30};
        ReplicateStatistics unbounded = ReplicateStatistics.of(counts);
        assertTrue(unbounded.ci95Low() < 0, "the plain t interval goes below zero: " + unbounded.ci95Low());
        ReplicateStatistics count = ReplicateStatistics.of(counts, 0, Double.POSITIVE_INFINITY);
        assertEquals(0, count.ci95Low(), 0);
        assertEquals(unbounded.ci95High(), count.ci95High(), 0);
        ReplicateStatistics index = ReplicateStatistics.of(new double[] {99, 100, 100, 100, 60}, 0, 100);
        assertEquals(100, index.ci95High(), 0);
        assertTrue(index.ci95Low() > 0);
        ReplicateStatistics share = ReplicateStatistics.of(new double[] {0.99, 1, 1, 0.5}, 0, 1);
        assertEquals(1, share.ci95High(), 0);
    }

    @Test
    void belowTwentyReplicatesTheBandIsTheRange() {
        double[] ten = {5, 1, 9, 3, 7, 2, 8, 4, 6, 10};
        ReplicateStatistics s = ReplicateStatistics.of(ten);
        assertEquals(1, s.p05(), 0);
        assertEquals(10, s.p95(), 0);
        assertTrue(ReplicateStatistics.bandIsRange(10) && ReplicateStatistics.bandIsRange(19));
        double[] forty = new double[40];
        for (int i = 0; i < forty.length; i++) {
            forty[i] = i;
        }
        ReplicateStatistics t = ReplicateStatistics.of(forty);
        assertTrue(t.p05() > 0 && t.p95() < 39, t.p05() + " " + t.p95());
        // LEGACY: position p(n + 1)/100 = 2.05 -> 1 + 0.05 (1-based order statistics 2 and 3)
        assertEquals(1.05, t.p05(), 1e-12);
        assertFalse(ReplicateStatistics.bandIsRange(20) || ReplicateStatistics.bandIsRange(0),
                "from 20 replicates, or with the count unknown, the band is 5–95%");
    }

    @Test
    void groupedReplicatesTakeTheirIntervalFromTheGroupMeans() {
        double[] v = {1, 1.2, 5, 5.4, 9, 8.8, 3, 3.1};
        int[] singles = {0, 1, 2, 3, 4, 5, 6, 7};
        assertEquals(ReplicateStatistics.of(v, 0, 100), ReplicateStatistics.of(v, 0, 100, singles));
        ReplicateStatistics grouped = ReplicateStatistics.of(v, 0, 100, new int[] {0, 0, 1, 1, 2, 2, 3, 3});
        ReplicateStatistics means = ReplicateStatistics.of(new double[] {1.1, 5.2, 8.9, 3.05}, 0, 100);
        assertEquals(means.ci95Low(), grouped.ci95Low(), 1e-9, "t with 3 degrees of freedom over 4 draw means");
        assertEquals(means.ci95High(), grouped.ci95High(), 1e-9);
        ReplicateStatistics naive = ReplicateStatistics.of(v, 0, 100);
        assertEquals(naive.sd(), grouped.sd(), 0, "sd and percentiles stay over all replicates");
        assertEquals(naive.p95(), grouped.p95(), 0);
        assertTrue(grouped.ci95High() - grouped.ci95Low() > 1.3 * (naive.ci95High() - naive.ci95Low()),
                "correlated pairs give a wider interval than eight independent values would");
    }
}
