package org.durand.model;

import java.io.Serializable;

/**
 * Non-negative integer weights w_0..w_{n−1} with O(log n) updates and O(log n) search of the
 * index where a running total is reached (a binary indexed tree, Fenwick 1994, Software: Practice
 * and Experience 24): the way to draw an index with probability proportional to weights that
 * change after every draw.
 */
final class FenwickTree implements Serializable {

    private static final long serialVersionUID = 1L;

    /** tree[j] (1-based) holds the sum of the weights j − lowbit(j) .. j − 1. */
    private final long[] tree;
    private final int top;
    private long total;

    /** n weights, all 0. */
    FenwickTree(int n) {
        tree = new long[n + 1];
        top = n == 0 ? 0 : Integer.highestOneBit(n);
    }

    /** Number of weights. */
    int size() {
        return tree.length - 1;
    }

    /** The sum of all weights. */
    long total() {
        return total;
    }

    /** Adds {@code delta} to weight {@code i}; the weight must stay non-negative. */
    void add(int i, long delta) {
        total += delta;
        for (int j = i + 1; j < tree.length; j += j & -j) {
            tree[j] += delta;
        }
    }

    /** Sets every weight to 0. */
    void clear() {
        java.util.Arrays.fill(tree, 0);
        total = 0;
    }

    /**
     * The index i with w_0 + … + w_{i−1} ≤ r &lt; w_0 + … + w_i: for r uniform in [0, total), index i
     * with probability w_i / total.
     *
     * @param r a running total in [0, {@link #total()})
     */
    int find(long r) {
        int at = 0;
        for (int step = top; step > 0; step >>= 1) {
            int next = at + step;
            if (next < tree.length && tree[next] <= r) {
                at = next;
                r -= tree[next];
            }
        }
        return at;
    }
}
