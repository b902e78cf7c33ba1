package org.durand.experiment.sweep;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Saltelli's sampling scheme (Saltelli et al. 2010, Comput. Phys. Commun. 181:259) over a Sobol
 * sequence in 2k dimensions (Commons Math, Joe–Kuo direction numbers). Base row j takes point
 * j + 2 of the sequence: the all-zero point 0 and point 1, which is ½ in every dimension and so
 * would make A_0 = B_0 (a row of k + 2 identical points that says nothing about any index), are
 * skipped. Its first k coordinates are A_j, the last k are B_j. The row's k + 2 points are A_j, B_j, then AB^i_j for each parameter
 * i (A_j with coordinate i from B_j), the layout
 * {@link org.durand.experiment.sensitivity.SobolIndices} expects.
 */
final class SaltelliDesign implements UnitDesign {

    private final int k;
    private final int rows;
    private final SobolSequenceGenerator sequence;

    SaltelliDesign(int k, int rows) {
        this.k = k;
        this.rows = rows;
        this.sequence = new SobolSequenceGenerator(2 * k);
    }

    @Override
    public int size() {
        return rows * (k + 2);
    }

    @Override
    public synchronized double[] point(int i) {
        int row = i / (k + 2);
        int slot = i % (k + 2);
        double[] ab = sequence.skipTo(row + 2);
        double[] u = new double[k];
        for (int d = 0; d < k; d++) {
            boolean fromB = slot == 1 || slot - 2 == d;
            u[d] = ab[fromB ? k + d : d];
        }
        return u;
    }
}
