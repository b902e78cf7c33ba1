package org.durand.experiment.sensitivity;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Percentile bootstrap intervals: resamples row indices with replacement, recomputes a statistic
 * and takes the 2.5th and 97.5th percentiles. Seeded, so the same input always gives the same
 * interval.
 */
final class Bootstrap {

    /** Resamples per interval; 1,000 puts the Monte Carlo error of a 95% limit near 1% of its width. */
    static final int RESAMPLES = 1000;

    private Bootstrap() {
    }

    /**
     * The 95% interval of {@code statistic} over {@code n} rows.
     *
     * @param statistic computes the estimate from an index array of length n (indices may repeat)
     * @return {low, high}; NaN when fewer than 2 rows or every resample is NaN
     */
    static double[] interval(int n, long seed, ToDoubleFunction<int[]> statistic) {
        if (n < 2) {
            return new double[] {Double.NaN, Double.NaN};
        }
        RandomGenerator random = new MersenneTwister(seed);
        double[] values = new double[RESAMPLES];
        int kept = 0;
        int[] rows = new int[n];
        for (int b = 0; b < RESAMPLES; b++) {
            for (int i = 0; i < n; i++) {
                rows[i] = random.nextInt(n);
            }
            double v = statistic.applyAsDouble(rows);
            if (!Double.isNaN(v)) {
                values[kept++] = v;
            }
        }
        if (kept == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double[] sample = Arrays.copyOf(values, kept);
        Percentile p = new Percentile();
        return new double[] {p.evaluate(sample, 2.5), p.evaluate(sample, 97.5)};
    }

    /** The identity resample 0..n-1. */
    static int[] all(int n) {
        int[] rows = new int[n];
        Arrays.setAll(rows, i -> i);
        return rows;
    }
}
