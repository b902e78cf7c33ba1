package org.durand.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.stream.IntStream;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The population's construction helpers give exactly what the straightforward code gave: household
 * sizes draw for draw as Commons Math's Poisson sampler, the threshold order as a comparison sort
 * of (threshold bits, index) keys. Runs stay byte-identical to those before the faster build.
 */
class PopulationBuildTest {

    /** The sizes as first written: Commons Math's sampler, one household at a time. */
    private static int[] librarySizes(long stock, double mean, RandomAdapter random) {
        PoissonDistribution extra = new PoissonDistribution(random, mean - 1, PoissonDistribution.DEFAULT_EPSILON,
                PoissonDistribution.DEFAULT_MAX_ITERATIONS);
        int[] out = new int[(int) stock];
        int n = 0;
        long left = stock;
        while (left > 0) {
            int size = (int) Math.min(1 + Math.min(HouseholdSizes.MAX_HOUSEHOLD - 1, extra.sample()), left);
            out[n++] = size;
            left -= size;
        }
        return Arrays.copyOf(out, n);
    }

    private static RandomAdapter generator(long seed) {
        return new RandomAdapter(new MersenneTwisterFast(seed));
    }

    @ParameterizedTest(name = "stock {0}, mean household {1}")
    @DisplayName("household sizes: the same draws as Commons Math's Poisson sampler, and the generator left in the same state")
    @CsvSource({"200000, 5.2", "99991, 2.5", "50000, 30", "30000, 45", "7, 5.2", "20000, 41", "1000, 50"})
    void householdSizesMatchTheLibrarySampler(long stock, double mean) {
        RandomAdapter a = generator(17);
        RandomAdapter b = generator(17);
        int[] fast = HouseholdSizes.draw(stock, mean, 0, a);
        assertArrayEquals(librarySizes(stock, mean, b), fast);
        assertEquals(b.nextLong(), a.nextLong(), "both consumed the same uniforms");
        assertEquals(stock, IntStream.of(fast).asLongStream().sum(), "persons are conserved");
    }

    @Test
    @DisplayName("coarse agents hold personsPerAgent persons, the last one the rest; one-person households draw nothing")
    void coarseAndOnePersonHouseholds() {
        RandomAdapter r = generator(3);
        long before = generator(3).nextLong();
        assertArrayEquals(new int[] {50, 50, 23}, HouseholdSizes.draw(123, 5.2, 50, r));
        assertArrayEquals(new int[] {1, 1, 1}, HouseholdSizes.draw(3, 1.0, 0, r));
        assertArrayEquals(new int[0], HouseholdSizes.draw(0, 5.2, 0, r));
        assertEquals(before, r.nextLong(), "no uniform drawn");
        assertThrows(IllegalArgumentException.class, () -> HouseholdSizes.draw(10_000_000_000L, 5.2, 1, r));
    }

    @Test
    @DisplayName("threshold order: the order of Arrays.sort on (float bits << 32 | index), ties and −0.0 included")
    void thresholdOrderMatchesAComparisonSort() {
        MersenneTwisterFast random = new MersenneTwisterFast(5);
        float[] threshold = new float[300_000];
        for (int i = 0; i < threshold.length; i++) {
            double e = -Math.log(1 - random.nextDouble());
            // many ties (rounded to a coarse grid), zeros, negative zeros and large values
            threshold[i] = i % 7 == 0 ? (float) Math.rint(e * 4) / 4 : i % 101 == 0 ? -0.0f : (float) (e / 1e-6 * random.nextDouble());
        }
        for (int[] range : new int[][] {{0, threshold.length}, {1_000, 250_001}, {9, 9}, {4, 5}}) {
            long[] keys = new long[range[1] - range[0]];
            for (int i = range[0]; i < range[1]; i++) {
                keys[i - range[0]] = ((long) Float.floatToIntBits(threshold[i]) << 32) | i;
            }
            Arrays.sort(keys);
            int[] expected = Arrays.stream(keys).mapToInt(k -> (int) k).toArray();
            assertArrayEquals(expected, ThresholdOrder.of(threshold, range[0], range[1]));
        }
    }
}
