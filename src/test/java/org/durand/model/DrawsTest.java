package org.durand.model;

import static org.durand.model.Frequencies.assertBinomial;
import static org.durand.model.Frequencies.assertMean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleSupplier;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The model's random draws against their formulas, over many draws from a seeded generator.
 * Means are checked within four standard errors; the negative binomial's variance within four
 * standard errors of the sample variance, Var(s²) ≈ (μ₄ − σ⁴)/n with the distribution's fourth
 * central moment μ₄ = σ⁴·(3 + excess kurtosis).
 */
class DrawsTest {

    private static final int N = 200_000;

    private static Draws draws(long seed) {
        return new Draws(new MersenneTwisterFast(seed));
    }

    /** Sum and sum of squares of {@link #N} draws. */
    private record Moments(double sum, double sumSq) {
        static Moments of(DoubleSupplier draw) {
            double sum = 0;
            double sumSq = 0;
            for (int i = 0; i < N; i++) {
                double x = draw.getAsDouble();
                assertTrue(x >= 0, "a count or waiting time is never negative");
                sum += x;
                sumSq += x * x;
            }
            return new Moments(sum, sumSq);
        }

        double variance() {
            double mean = sum / N;
            return (sumSq - N * mean * mean) / (N - 1);
        }
    }

    @ParameterizedTest(name = "mean μ = {0}, dispersion k = {1}: Var = μ + μ²/k")
    @DisplayName("casualties: NegativeBinomial(μ, k) as Gamma(k, μ/k)–Poisson mixture, mean μ, variance μ + μ²/k")
    @CsvSource({"3.0, 0.6", "1.5, 2.0", "5.355, 0.6"})
    void negativeBinomialHasTheStatedMeanAndVariance(double mu, double k) {
        Draws d = draws(42);
        Moments m = Moments.of(() -> d.negativeBinomial(mu, k));
        double variance = mu + mu * mu / k;
        assertMean(m.sum(), N, mu, variance, "negative binomial mean");
        double sampleVariance = m.variance();
        // NB with r = k and success probability p = k / (k + μ): excess kurtosis 6/r + p²/(r(1 − p))
        double p = k / (k + mu);
        double excessKurtosis = 6 / k + p * p / (k * (1 - p));
        double mu4 = variance * variance * (3 + excessKurtosis);
        double tolerance = Frequencies.Z * Math.sqrt((mu4 - variance * variance) / N);
        assertEquals(variance, sampleVariance, tolerance, "variance μ + μ²/k");
        assertTrue(Math.abs(sampleVariance - mu) > 10 * tolerance || k > 1,
                "overdispersed: far from the Poisson variance μ");
    }

    @Test
    @DisplayName("no deaths for a non-positive mean")
    void negativeBinomialOfZeroMeanIsZero() {
        Draws d = draws(1);
        assertEquals(0, d.negativeBinomial(0, 0.6));
        assertEquals(0, d.negativeBinomial(-1, 0.6));
        assertEquals(0, d.poisson(0));
        assertEquals(0, d.poisson(-2));
    }

    @Test
    @DisplayName("Poisson(λ): mean and variance λ")
    void poissonMeanAndVariance() {
        Draws d = draws(3);
        Moments m = Moments.of(() -> d.poisson(4.2));
        assertMean(m.sum(), N, 4.2, 4.2, "Poisson mean");
        // Var(s²) ≈ (μ₄ − σ⁴)/n with μ₄ = λ(1 + 3λ) for a Poisson
        double tolerance = Frequencies.Z * Math.sqrt((4.2 * (1 + 3 * 4.2) - 4.2 * 4.2) / N);
        assertEquals(4.2, m.variance(), tolerance, "Poisson variance");
    }

    @Test
    @DisplayName("chance(p): Bernoulli(p), p clipped to [0, 1]")
    void chanceIsBernoulliClipped() {
        Draws d = draws(5);
        int hits = 0;
        for (int i = 0; i < N; i++) {
            hits += d.chance(0.3) ? 1 : 0;
            assertFalse(d.chance(0));
            assertFalse(d.chance(-0.5));
            assertTrue(d.chance(1));
            assertTrue(d.chance(1.7));
        }
        assertBinomial(hits, N, 0.3, "chance(0.3)");
    }

    @Test
    @DisplayName("weighted(w): index i with probability w_i / Σw (here Σw = 2); −1 when all weights are 0")
    void weightedDrawsInProportion() {
        Draws d = draws(6);
        double[] w = {1.2, 0, 0.6, 0.2};
        int[] counts = new int[w.length];
        for (int i = 0; i < N; i++) {
            counts[d.weighted(w)]++;
        }
        for (int i = 0; i < w.length; i++) {
            assertBinomial(counts[i], N, w[i] / 2, "index " + i);
        }
        assertEquals(0, counts[1], "a zero weight is never drawn");
        assertEquals(-1, d.weighted(new double[] {0, 0}));
    }

    @Test
    @DisplayName("weighted(w) never returns an index of weight 0, even when rounding leaves the uniform past the last weight")
    void weightedNeverPicksAZeroWeightAfterRounding() {
        // the largest uniform below 1 times (0.1 + 0.1 + 0.6), minus 0.1, 0.1 and 0.6, leaves exactly 0
        // in floating point: the draw is not below any cumulative weight and falls through them all
        Draws top = new Draws(new MersenneTwisterFast(1) {
            @Override
            public double nextDouble() {
                return Math.nextDown(1.0);
            }
        });
        assertEquals(2, top.weighted(new double[] {0.1, 0.1, 0.6, 0}), "the last index with a positive weight");
        assertEquals(2, top.weighted(new double[] {0.1, 0.1, 0.6, 0, 0}));
        assertEquals(2, top.weighted(new double[] {0.1, 0.1, 0.6}));
    }

    @Test
    @DisplayName("weighted(w) with a uniform of exactly 0 draws the first positive weight, not a zero weight before it")
    void weightedSkipsLeadingZeroWeightsAtAUniformOfZero() {
        Draws bottom = new Draws(new MersenneTwisterFast(1) {
            @Override
            public double nextDouble() {
                return 0.0;
            }
        });
        assertEquals(2, bottom.weighted(new double[] {0, 0, 0.5, 0.5}));
        assertEquals(0, bottom.weighted(new double[] {0.5, 0, 0.5}));
    }

    @Test
    @DisplayName("unitExponential: Exp(1), mean 1 and P(E > 1) = 1/e")
    void unitExponential() {
        Draws d = draws(8);
        int[] aboveOne = new int[1];
        Moments m = Moments.of(() -> {
            double e = d.unitExponential();
            aboveOne[0] += e > 1 ? 1 : 0;
            return e;
        });
        assertMean(m.sum(), N, 1, 1, "exponential mean");
        assertEquals(1, m.variance(), Frequencies.Z * Math.sqrt(8.0 / N), "variance 1 (μ₄ = 9)");
        assertBinomial(aboveOne[0], N, Math.exp(-1), "P(E > 1)");
    }

    @Test
    @DisplayName("the same seed gives the same draws")
    void sameSeedSameDraws() {
        Draws a = draws(99);
        Draws b = draws(99);
        for (int i = 0; i < 1000; i++) {
            assertEquals(a.negativeBinomial(3, 0.6), b.negativeBinomial(3, 0.6));
            assertEquals(a.poisson(2.5), b.poisson(2.5));
        }
    }

    @Test
    @org.junit.jupiter.api.DisplayName("truncated power law: P(X ≥ x) = (x^(1−α) − M^(1−α)) / (m^(1−α) − M^(1−α)) for m ≤ x ≤ M")
    void truncatedPowerLawFollowsItsDistributionFunction() {
        Draws d = new Draws(new ec.util.MersenneTwisterFast(42));
        double m = 10;
        double big = 200;
        double alpha = 2.38;
        int n = 200_000;
        int atLeast30 = 0;
        int atLeast100 = 0;
        for (int i = 0; i < n; i++) {
            int x = d.powerLaw(m, big, alpha);
            org.junit.jupiter.api.Assertions.assertTrue(x >= m && x <= big, "in [10, 200]: " + x);
            atLeast30 += x >= 30 ? 1 : 0;
            atLeast100 += x >= 100 ? 1 : 0;
        }
        double norm = Math.pow(m, 1 - alpha) - Math.pow(big, 1 - alpha);
        double p30 = (Math.pow(30, 1 - alpha) - Math.pow(big, 1 - alpha)) / norm;
        double p100 = (Math.pow(100, 1 - alpha) - Math.pow(big, 1 - alpha)) / norm;
        assertEquals(p30, atLeast30 / (double) n, 4 * Math.sqrt(p30 * (1 - p30) / n));
        assertEquals(p100, atLeast100 / (double) n, 4 * Math.sqrt(p100 * (1 - p100) / n));
    }

    @ParameterizedTest(name = "mean {0}")
    @DisplayName("Poisson below the pivot of 40: Commons Math's sampler, draw for draw, without its objects")
    @CsvSource({"0.3", "4.2", "39.9"})
    void smallPoissonIsTheLibrarySampler(double mean) {
        MersenneTwisterFast a = new MersenneTwisterFast(12);
        MersenneTwisterFast b = new MersenneTwisterFast(12);
        Draws d = new Draws(a);
        org.apache.commons.math3.distribution.PoissonDistribution library =
                new org.apache.commons.math3.distribution.PoissonDistribution(new RandomAdapter(b), mean,
                        org.apache.commons.math3.distribution.PoissonDistribution.DEFAULT_EPSILON,
                        org.apache.commons.math3.distribution.PoissonDistribution.DEFAULT_MAX_ITERATIONS);
        for (int i = 0; i < 20_000; i++) {
            assertEquals(library.sample(), d.poisson(mean), "draw " + i);
        }
        assertEquals(b.nextLong(), a.nextLong(), "the same uniforms consumed");
    }

    @ParameterizedTest(name = "mean {0}")
    @DisplayName("Poisson from the pivot on (transformed rejection): the Poisson probabilities, by a chi-square test")
    @CsvSource({"40", "41.7", "700", "2500", "1e6"})
    void largePoissonHasThePoissonDistribution(double mean) {
        Draws d = draws(13);
        org.apache.commons.math3.distribution.PoissonDistribution poisson =
                new org.apache.commons.math3.distribution.PoissonDistribution(null, mean,
                        org.apache.commons.math3.distribution.PoissonDistribution.DEFAULT_EPSILON,
                        org.apache.commons.math3.distribution.PoissonDistribution.DEFAULT_MAX_ITERATIONS);
        // bins of about 1/40 of the probability each: the last value of each bin in edge
        java.util.List<Integer> edges = new java.util.ArrayList<>();
        java.util.List<Double> masses = new java.util.ArrayList<>();
        int k = (int) Math.max(0, Math.floor(mean - 6 * Math.sqrt(mean)));
        double mass = k > 0 ? poisson.cumulativeProbability(k - 1) : 0;
        double total = mass;
        for (; total < 1 - 1.0 / 40; k++) {
            double pk = poisson.probability(k);
            mass += pk;
            total += pk;
            if (mass >= 1.0 / 40) {
                edges.add(k);
                masses.add(mass);
                mass = 0;
            }
        }
        masses.add(1 - total + mass);
        int[] edge = edges.stream().mapToInt(Integer::intValue).toArray();
        double[] expected = masses.stream().mapToDouble(Double::doubleValue).toArray();
        long[] observed = new long[expected.length];
        for (int i = 0; i < N; i++) {
            int x = d.poisson(mean);
            int b = java.util.Arrays.binarySearch(edge, x);
            observed[b >= 0 ? b : -b - 1]++;
        }
        double p = new org.apache.commons.math3.stat.inference.ChiSquareTest().chiSquareTest(expected, observed);
        assertTrue(p > 1e-3, "p = " + p);
    }

    @Test
    @DisplayName("index(n): every value of [0, n) with probability 1/n, for small, power-of-two and large n")
    void indexIsUniform() {
        Draws d = draws(14);
        for (int n : new int[] {1, 2, 3, 10, 64, 1000, 1 << 30, Integer.MAX_VALUE}) {
            int bins = Math.min(n, 50);
            long[] counts = new long[bins];
            for (int i = 0; i < 100_000; i++) {
                int x = d.index(n);
                assertTrue(x >= 0 && x < n, "index " + x + " of " + n);
                counts[(int) ((long) x * bins / n)]++;
            }
            if (bins > 1) {
                double[] expected = new double[bins];
                for (int b = 0; b < bins; b++) {
                    // values v with floor(v · bins / n) = b
                    expected[b] = Math.ceil((b + 1) * (double) n / bins) - Math.ceil(b * (double) n / bins);
                }
                double p = new org.apache.commons.math3.stat.inference.ChiSquareTest().chiSquareTest(expected, counts);
                assertTrue(p > 1e-3, "n = " + n + ": p = " + p);
            }
        }
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> d.index(0));
    }

    @Test
    @DisplayName("index(3·2²⁹): a third of the values ≡ 2 (mod 3), where the product without its rejection step "
            + "gives a quarter")
    void indexRejectsTheProductsThatFavourSomeValues() {
        // 2³²/n = 8/3: of every 8 consecutive 32-bit draws the product maps 3, 3 and 2 to the values 3m, 3m + 1
        // and 3m + 2, so without the rejection of the low halves below 2³² mod n = 2³⁰ (a quarter of the draws)
        // the values ≡ 2 (mod 3) would have probability 2/8
        Draws d = draws(15);
        int n = 3 << 29;
        int draws = 20_000;
        long twos = 0;
        for (int i = 0; i < draws; i++) {
            int x = d.index(n);
            assertTrue(x >= 0 && x < n, "index " + x);
            twos += x % 3 == 2 ? 1 : 0;
        }
        assertBinomial(twos, draws, 1.0 / 3, "values ≡ 2 (mod 3)");
    }
}
