package org.durand.experiment.sensitivity;

import java.util.ArrayList;
import java.util.List;

/**
 * Variance-based (Sobol) sensitivity indices from a Saltelli design.
 *
 * <p>The design has N base rows; row j holds the points A_j and B_j (two independent quasi-random
 * points) and, for each parameter i, AB^i_j: A_j with coordinate i taken from B_j. With V the
 * variance of all f(A) and f(B) together, the first-order index is estimated as in Saltelli et al.
 * (2010, Comput. Phys. Commun. 181:259, table 2, eq. (b))
 * S_i = (1/N) Σ_j f(B_j) (f(AB^i_j) − f(A_j)) / V, and the total index with Jansen's (1999)
 * estimator S_Ti = (1/2N) Σ_j (f(A_j) − f(AB^i_j))² / V. 95% intervals are percentile bootstraps
 * over the base rows.
 *
 * <p>The first-order sum uses f(B_j) − f̄, f̄ the mean of all f(A) and f(B) of the rows used: in
 * expectation the same (the differences f(AB^i_j) − f(A_j) average to zero), but without it the
 * estimator's error grows with f̄²/V, and an outcome far from zero with little spread, such as the
 * refugees remaining (about 1.3 million ± a few per cent), got first-order indices of ±10 from a
 * few dozen rows. Outputs are centred for the same reason in SALib and in Saltelli et al.'s examples.
 */
public final class SobolIndices {

    private SobolIndices() {
    }

    /** Points per base row of a Saltelli design with {@code k} parameters: A, B and one AB per parameter. */
    public static int pointsPerRow(int k) {
        return k + 2;
    }

    /**
     * First-order and total indices of one outcome.
     *
     * @param outcome    outcome name, copied into the results
     * @param parameters parameter names, k of them
     * @param fA         f(A_j), N values
     * @param fB         f(B_j), N values
     * @param fAB        fAB[i][j] = f(AB^i_j), k arrays of N values
     * @param seed       seed of the bootstrap
     * @return 2k indices: for each parameter its {@code first_order} then its {@code total_order};
     *         values are NaN when the outcome does not vary or a value is missing
     * @throws IllegalArgumentException if the array shapes do not agree
     */
    public static List<Index> analyse(String outcome, List<String> parameters, double[] fA, double[] fB,
                                      double[][] fAB, long seed) {
        int n = fA.length;
        if (fB.length != n || fAB.length != parameters.size()) {
            throw new IllegalArgumentException("Saltelli arrays disagree: " + n + " A, " + fB.length + " B, "
                    + fAB.length + " AB sets for " + parameters.size() + " parameters");
        }
        List<Index> out = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            double[] ab = fAB[i];
            if (ab.length != n) {
                throw new IllegalArgumentException("AB set " + i + " has " + ab.length + " values, expected " + n);
            }
            double first = first(fA, fB, ab, Bootstrap.all(n));
            double total = total(fA, fB, ab, Bootstrap.all(n));
            double[] firstCi = Bootstrap.interval(n, seed + 2L * i, rows -> first(fA, fB, ab, rows));
            double[] totalCi = Bootstrap.interval(n, seed + 2L * i + 1, rows -> total(fA, fB, ab, rows));
            out.add(new Index(outcome, parameters.get(i), "sobol", "first_order", first, firstCi[0], firstCi[1], n));
            out.add(new Index(outcome, parameters.get(i), "sobol", "total_order", total, totalCi[0], totalCi[1], n));
        }
        return out;
    }

    private static double first(double[] fA, double[] fB, double[] fAB, int[] rows) {
        double v = variance(fA, fB, rows);
        double mean = mean(fA, fB, rows);
        double sum = 0;
        for (int j : rows) {
            sum += (fB[j] - mean) * (fAB[j] - fA[j]);
        }
        return v > 0 ? sum / rows.length / v : Double.NaN;
    }

    private static double total(double[] fA, double[] fB, double[] fAB, int[] rows) {
        double v = variance(fA, fB, rows);
        double sum = 0;
        for (int j : rows) {
            double d = fA[j] - fAB[j];
            sum += d * d;
        }
        return v > 0 ? sum / (2.0 * rows.length) / v : Double.NaN;
    }

    /** Mean of f(A) and f(B) over the chosen rows together. */
    private static double mean(double[] fA, double[] fB, int[] rows) {
        double mean = 0;
        for (int j : rows) {
            mean += fA[j] + fB[j];
        }
        return mean / (2.0 * rows.length);
    }

    /** Variance (n − 1 denominator) of f(A) and f(B) over the chosen rows together. */
    private static double variance(double[] fA, double[] fB, int[] rows) {
        double mean = mean(fA, fB, rows);
        double ss = 0;
        for (int j : rows) {
            ss += (fA[j] - mean) * (fA[j] - mean) + (fB[j] - mean) * (fB[j] - mean);
        }
        return ss / (2.0 * rows.length - 1);
    }
}
