package org.durand.experiment.sweep;

/**
 * A deterministic share of a sweep's runs: shard k of N holds the runs whose id leaves remainder k
 * when divided by N, so shards interleave points and take about the same time.
 *
 * @param index k, from 0 to N − 1
 * @param count N, at least 1
 */
public record Shard(int index, int count) {

    /** The whole sweep. */
    public static final Shard ALL = new Shard(0, 1);

    /** Checks 0 ≤ k < N. */
    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + ": expected k/N with 0 <= k < N");
        }
    }

    /**
     * Reads {@code k/N}.
     *
     * @throws IllegalArgumentException naming the text and what is allowed
     */
    public static Shard parse(String text) {
        String[] parts = text.split("/", -1);
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--shard " + text + ": expected k/N with whole numbers 0 <= k < N, e.g. 0/4");
    }

    /** Whether run {@code run} belongs to this shard. */
    public boolean contains(int run) {
        return run % count == index;
    }

    /** Number of the sweep's {@code runs} runs in this shard. */
    public int size(int runs) {
        return runs / count + (index < runs % count ? 1 : 0);
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
