package org.durand.model;

/**
 * The households of one status in the order their return thresholds will be passed: ascending
 * threshold, ties by household index. This is what {@code Arrays.sort} of the keys
 * {@code (floatToIntBits(threshold) << 32) | index} gives, computed in linear time by a stable
 * least-significant-digit radix sort on the threshold's bits (three passes of 11 bits; a pass whose
 * digit is the same for every household is skipped), which for the baseline's 650,000 households is
 * several times faster than the comparison sort it replaces and gives the same order.
 */
final class ThresholdOrder {

    private static final int BITS = 11;
    private static final int RADIX = 1 << BITS;
    private static final int MASK = RADIX - 1;

    private ThresholdOrder() {
    }

    /**
     * Indices {@code from..to-1} sorted by {@code threshold[i]}, ties by index.
     *
     * @param threshold thresholds of all households (any floats but NaN; −0.0 sorts before 0.0, as
     *                  in the order of their bits)
     * @param from      first index, inclusive
     * @param to        last index, exclusive, ≥ {@code from}
     * @return a new array of {@code to − from} indices
     */
    static int[] of(float[] threshold, int from, int to) {
        int n = to - from;
        int[] key = new int[n];
        int[] index = new int[n];
        for (int j = 0; j < n; j++) {
            // signed order of the bits (the order of the long keys) as unsigned order
            key[j] = Float.floatToIntBits(threshold[from + j]) ^ Integer.MIN_VALUE;
            index[j] = from + j;
        }
        int[] keyOut = new int[n];
        int[] indexOut = new int[n];
        int[] count = new int[RADIX];
        for (int shift = 0; shift < Integer.SIZE; shift += BITS) {
            java.util.Arrays.fill(count, 0);
            for (int j = 0; j < n; j++) {
                count[(key[j] >>> shift) & MASK]++;
            }
            if (n == 0 || count[(key[0] >>> shift) & MASK] == n) {
                continue;
            }
            int sum = 0;
            for (int d = 0; d < RADIX; d++) {
                int c = count[d];
                count[d] = sum;
                sum += c;
            }
            for (int j = 0; j < n; j++) {
                int at = count[(key[j] >>> shift) & MASK]++;
                keyOut[at] = key[j];
                indexOut[at] = index[j];
            }
            int[] t = key;
            key = keyOut;
            keyOut = t;
            t = index;
            index = indexOut;
            indexOut = t;
        }
        return index;
    }
}
