package org.durand.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The tree finds the index where a running total is reached, as a scan of the weights does, while weights change. */
class FenwickTreeTest {

    private static int scan(long[] w, long r) {
        for (int i = 0; i < w.length; i++) {
            if (r < w[i]) {
                return i;
            }
            r -= w[i];
        }
        throw new AssertionError("r beyond the total");
    }

    @Test
    @DisplayName("find(r) is the index whose weight holds the r-th unit, for every r, as weights go up and down")
    void findMatchesAScan() {
        MersenneTwisterFast random = new MersenneTwisterFast(9);
        for (int n : new int[] {1, 2, 3, 7, 8, 9, 100, 336}) {
            FenwickTree tree = new FenwickTree(n);
            long[] w = new long[n];
            for (int round = 0; round < 50; round++) {
                int i = random.nextInt(n);
                long delta = random.nextInt(20) - (w[i] > 5 ? 10 : 0);
                delta = Math.max(delta, -w[i]);
                w[i] += delta;
                tree.add(i, delta);
                long total = java.util.Arrays.stream(w).sum();
                assertEquals(total, tree.total());
                for (long r = 0; r < total; r += 1 + random.nextInt(3)) {
                    assertEquals(scan(w, r), tree.find(r), "n " + n + ", r " + r);
                }
            }
            tree.clear();
            assertEquals(0, tree.total());
            assertEquals(n, tree.size());
        }
    }
}
