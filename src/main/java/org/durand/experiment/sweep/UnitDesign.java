package org.durand.experiment.sweep;

import java.util.List;

/**
 * The points of a design in unit coordinates ([0, 1] per parameter), computed on demand by index
 * so that a sweep of any size holds no list of points. The same plan always gives the same points.
 */
public interface UnitDesign {

    /** Number of points. */
    int size();

    /** Unit coordinates of point {@code i} (0-based), one per parameter; a fresh array. */
    double[] point(int i);

    /**
     * The design of a plan.
     *
     * @param design  which design
     * @param varied  the varied parameters (grid levels are read from them)
     * @param samples points (lhs, random), base rows (sobol) or trajectories (morris)
     * @param levels  Morris grid levels (even, at least 2)
     * @param seed    seed of the design's random choices
     */
    static UnitDesign of(Design design, List<Varied> varied, int samples, int levels, long seed) {
        int k = varied.size();
        return switch (design) {
            case GRID -> new GridDesign(varied.stream().mapToInt(Varied::steps).toArray());
            case LHS -> new LatinHypercube(k, samples, seed);
            case SOBOL -> new SaltelliDesign(k, samples);
            case MORRIS -> new MorrisDesign(k, samples, levels, seed);
            case RANDOM -> new RandomDesign(k, samples, seed);
        };
    }

    /** A uniform number in [0, 1) fixed by (seed, i, j) alone (SplitMix64 finaliser). */
    static double hash(long seed, long i, long j) {
        long z = seed + 0x9E3779B97F4A7C15L * (i + 1) + 0xC2B2AE3D27D4EB4FL * (j + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53;
    }
}
