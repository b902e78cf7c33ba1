package org.durand.experiment.sweep;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Saltelli's sampling scheme (Saltelli et al. 2010, Comput. Phys. Commun. 181:259) over a Sobol
 * sequence in 2k dimensions (Commons Math, Joe–Kuo direction numbers). With N base rows (a power
 * of two, {@link SweepPlan}), base row j takes point N + j of the sequence: the rows are the whole
 * block [N, 2N), which is as balanced as the first N points (a (t, m, s)-net in base 2) but holds
 * neither the all-zero point 0 nor point 1, which is ½ in every dimension and would make
 * A_0 = B_0; skipping only those two points would break the balance (Owen 2020, "On dropping the
 * first Sobol' point"; SALib issue 414). A row's first k coordinates are A_j, the last k are B_j.
 * The row's k + 2 points are A_j, B_j, then AB^i_j for each parameter i (A_j with coordinate i
 * from B_j), the layout {@link org.durand.experiment.sensitivity.SobolIndices} expects.
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
        double[] ab = sequence.skipTo(rows + row);
        double[] u = new double[k];
        for (int d = 0; d < k; d++) {
            boolean fromB = slot == 1 || slot - 2 == d;
            u[d] = ab[fromB ? k + d : d];
        }
        return u;
    }
}
