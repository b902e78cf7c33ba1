package org.durand.model;

import java.util.Arrays;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.util.FastMath;

/**
 * Draws the sizes of the households holding a stock of persons: each household is one person plus
 * a Poisson number of others with mean {@code mean − 1}, capped at {@value #MAX_HOUSEHOLD}
 * persons, the last household taking what is left; or, at a coarse resolution, agents of
 * {@code personsPerAgent} persons each.
 *
 * <p>The Poisson draws are those of Commons Math's {@link PoissonDistribution#sample()} for means
 * below 40 (Knuth's multiplication method: multiply uniforms until the product falls below
 * e^(−mean)), uniform for uniform and bit for bit, but with e^(−mean) computed once instead of once
 * per household: the baseline draws about 650,000 households, and the per-draw exponential and
 * interface calls were a third of building the population. For a mean of 40 or more the library
 * samples directly.
 */
final class HouseholdSizes {

    /** Household sizes are capped far above the mean (≈5) so one draw cannot take a whole small stock. */
    static final int MAX_HOUSEHOLD = 40;
    /** Below this mean Commons Math uses the multiplication method (its {@code nextPoisson} pivot). */
    private static final double PIVOT = 40.0;

    private HouseholdSizes() {
    }

    /**
     * Sizes of the agents holding {@code stock} persons; they sum to {@code stock}.
     *
     * @param stock           persons, ≥ 0
     * @param mean            mean household size in persons (≥ 1; 1 or less gives one-person households)
     * @param personsPerAgent persons per agent at a coarse resolution, or 0 for one agent per household
     * @param random          the model's generator
     * @return the sizes in draw order, each in [1, max(MAX_HOUSEHOLD, personsPerAgent)]
     * @throws IllegalArgumentException when the stock needs more agents than an array can hold
     */
    static int[] draw(long stock, double mean, int personsPerAgent, RandomAdapter random) {
        if (personsPerAgent > 0) {
            return coarse(stock, personsPerAgent);
        }
        double extraMean = mean - 1;
        if (extraMean <= 0) {
            return coarse(stock, 1);
        }
        int[] out = new int[capacity(stock / mean)];
        int n = 0;
        long left = stock;
        PoissonDistribution library = extraMean >= PIVOT ? new PoissonDistribution(random, extraMean,
                PoissonDistribution.DEFAULT_EPSILON, PoissonDistribution.DEFAULT_MAX_ITERATIONS) : null;
        double floor = FastMath.exp(-extraMean);
        double limit = 1000 * extraMean;
        while (left > 0) {
            int extra = library != null ? library.sample() : knuth(random, floor, limit);
            int size = (int) Math.min(1 + Math.min(MAX_HOUSEHOLD - 1, extra), left);
            if (n == out.length) {
                out = Arrays.copyOf(out, capacity(out.length * 1.25 + 16));
            }
            out[n++] = size;
            left -= size;
        }
        return Arrays.copyOf(out, n);
    }

    /** The multiplication method exactly as Commons Math 3.6 runs it, with e^(−mean) given. */
    private static int knuth(RandomAdapter random, double floor, double limit) {
        long n = 0;
        double r = 1.0;
        while (n < limit) {
            r *= random.nextDouble();
            if (r >= floor) {
                n++;
            } else {
                return (int) n;
            }
        }
        return (int) Math.min(n, Integer.MAX_VALUE);
    }

    private static int[] coarse(long stock, int personsPerAgent) {
        long agents = (stock + personsPerAgent - 1) / personsPerAgent;
        int[] out = new int[capacity(agents)];
        Arrays.fill(out, personsPerAgent);
        if (out.length > 0) {
            out[out.length - 1] = (int) (stock - (long) personsPerAgent * (out.length - 1));
        }
        return out;
    }

    private static int capacity(double agents) {
        if (agents > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a refugee stock needs " + (long) agents
                    + " agents, more than an array holds; raise resolution.personsPerAgent");
        }
        return (int) Math.ceil(agents);
    }
}
