package org.durand.experiment.sweep;

/** A full factorial grid: the first parameter changes slowest, levels evenly spaced from 0 to 1. */
final class GridDesign implements UnitDesign {

    private final int[] steps;
    private final int size;

    GridDesign(int[] steps) {
        this.steps = steps.clone();
        long n = 1;
        for (int s : steps) {
            n *= s;
            if (n > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("the grid has more than " + Integer.MAX_VALUE + " points");
            }
        }
        size = (int) n;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public double[] point(int i) {
        double[] u = new double[steps.length];
        int rest = i;
        for (int d = steps.length - 1; d >= 0; d--) {
            u[d] = (rest % steps[d]) / (steps[d] - 1.0);
            rest /= steps[d];
        }
        return u;
    }
}
