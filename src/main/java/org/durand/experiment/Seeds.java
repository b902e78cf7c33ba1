package org.durand.experiment;

/**
 * Replicate seeds derived from a base seed and the replicate index (SplitMix64 finaliser), so
 * each replicate's stream is fixed by (base, index) alone, whatever runs beside it.
 */
public final class Seeds {

    private Seeds() {
    }

    /** The seed of replicate {@code rep} (0-based) under {@code base}; non-negative. */
    public static long forReplicate(long base, int rep) {
        long z = base + 0x9E3779B97F4A7C15L * (rep + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) & Long.MAX_VALUE;
    }
}
