package org.durand.experiment.sweep;

/** Independent uniform points, each coordinate fixed by (seed, point, parameter). */
final class RandomDesign implements UnitDesign {

    private final int k;
    private final int n;
    private final long seed;

    RandomDesign(int k, int n, long seed) {
        this.k = k;
        this.n = n;
        this.seed = seed;
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public double[] point(int i) {
        double[] u = new double[k];
        for (int d = 0; d < k; d++) {
            u[d] = UnitDesign.hash(seed, i, d);
        }
        return u;
    }
}
