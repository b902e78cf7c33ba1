package org.durand.model;

/**
 * A discrete distribution on 0..n−1 drawn by inversion: for a uniform u in [0, 1), the smallest j
 * with u &lt; F(j), F the distribution function, found from a guide table (Chen &amp; Asau 1974,
 * Annals of the Institute of Statistical Mathematics 26) with rarely more than one comparison.
 *
 * <p>Given the outcome j, the uniform's place within its step, (u − F(j−1)) / p_j, is again
 * uniform on [0, 1) and independent of j, so one uniform can draw from two tables in turn
 * ({@link #residual}). In floating point the residual keeps about 53 + log₂ p_j of the uniform's 53
 * bits; outcomes with p_j ≥ {@link #RESIDUAL_MASS} leave at least 41 bits, a grid of 2⁻⁴¹ on which
 * a second table's probabilities are off by less than 10⁻¹², far below anything a simulation of a
 * few million households can detect. Rarer outcomes need a fresh uniform ({@link #keepsResidual}).
 */
final class InverseCdf {

    /** Least probability of an outcome whose residual is used as a uniform: 2⁻¹², leaving 41 bits. */
    static final double RESIDUAL_MASS = 0x1p-12;
    /** The largest double below 1, where a residual rounded up to 1 is put. */
    private static final double BELOW_ONE = Math.nextDown(1.0);

    /** F(j), with F = 1 exactly from the last outcome of positive weight on. */
    private final double[] upper;
    /** F(j − 1), 0 for j = 0. */
    private final double[] lower;
    /** 1 / p_j, 0 for outcomes of no weight (never drawn). */
    private final double[] inverseMass;
    /** guide[m]: the smallest j with F(j) &gt; m / guide.length. */
    private final int[] guide;

    /**
     * The distribution with probabilities proportional to {@code weights}.
     *
     * @param weights finite non-negative weights, at least one positive (any positive sum)
     * @throws IllegalArgumentException if a weight is negative, NaN or infinite, or all are zero
     */
    InverseCdf(double[] weights) {
        int n = weights.length;
        double total = 0;
        int last = -1;
        for (int j = 0; j < n; j++) {
            double w = weights[j];
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("weight " + j + " is " + w + ", not a finite non-negative number");
            }
            total += w;
            last = w > 0 ? j : last;
        }
        if (last < 0) {
            throw new IllegalArgumentException("all " + n + " weights are zero");
        }
        upper = new double[n];
        lower = new double[n];
        inverseMass = new double[n];
        double sum = 0;
        for (int j = 0; j < n; j++) {
            sum += weights[j];
            // partial sums never exceed the total they end at, so F stays in [0, 1] and never decreases
            upper[j] = j >= last ? 1.0 : sum / total;
            lower[j] = j == 0 ? 0 : upper[j - 1];
            double mass = upper[j] - lower[j];
            inverseMass[j] = mass > 0 ? 1 / mass : 0;
        }
        // eight to sixteen guide entries per outcome: the search past the guide's start rarely
        // takes a step, so its branch is predictable
        guide = new int[Integer.highestOneBit(Math.max(1, n)) * 16];
        int j = 0;
        for (int m = 0; m < guide.length; m++) {
            double at = m / (double) guide.length;
            while (upper[j] <= at) {
                j++;
            }
            guide[m] = j;
        }
    }

    /** Number of outcomes n. */
    int size() {
        return upper.length;
    }

    /** P(j), 0 ≤ j &lt; n, as the table holds it (F(j) − F(j − 1)). */
    double probability(int j) {
        return upper[j] - lower[j];
    }

    /**
     * The outcome of uniform {@code u}: the smallest j with u &lt; F(j); never an outcome of zero weight.
     *
     * @param u uniform in [0, 1)
     */
    int index(double u) {
        int j = guide[(int) (u * guide.length)];
        while (u >= upper[j]) {
            j++;
        }
        return j;
    }

    /** Whether outcome {@code j} leaves at least 41 bits of its uniform for {@link #residual}. */
    boolean keepsResidual(int j) {
        return upper[j] - lower[j] >= RESIDUAL_MASS;
    }

    /**
     * The uniform left over once {@code u} drew outcome {@code j}: (u − F(j−1)) / p_j, in [0, 1).
     *
     * @param u the uniform that drew j
     * @param j {@code index(u)}
     */
    double residual(double u, int j) {
        double r = (u - lower[j]) * inverseMass[j];
        return r < 1 ? r : BELOW_ONE;
    }
}
