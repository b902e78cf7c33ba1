package org.durand.experiment.sensitivity;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Partial rank correlation coefficients (Marino et al. 2008, J. Theor. Biol. 254:178): the
 * correlation between the ranks of a parameter and of the outcome after the linear effect of the
 * other parameters' ranks is removed from both. It measures monotone influence whatever the
 * design. The 95% interval uses Fisher's z with n − 3 − (k − 1) degrees of freedom.
 */
public final class Prcc {

    private static final double Z975 = 1.959963984540054;

    private Prcc() {
    }

    /**
     * PRCC of one outcome against every parameter.
     *
     * @param outcome    outcome name
     * @param parameters parameter names, k of them
     * @param x          x[p][i]: value of parameter i at point p (n rows)
     * @param y          the outcome at each point; points with NaN are left out
     * @return one {@code prcc} index per parameter (NaN when the outcome or the parameter does not vary,
     *         or there are too few points)
     */
    public static List<Index> analyse(String outcome, List<String> parameters, double[][] x, double[] y) {
        int k = parameters.size();
        List<Integer> keep = new ArrayList<>();
        for (int p = 0; p < y.length; p++) {
            if (!Double.isNaN(y[p])) {
                keep.add(p);
            }
        }
        int n = keep.size();
        NaturalRanking ranking = new NaturalRanking(NaNStrategy.FIXED, TiesStrategy.AVERAGE);
        double[][] ranks = new double[k][];
        for (int i = 0; i < k; i++) {
            int c = i;
            ranks[i] = ranking.rank(keep.stream().mapToDouble(p -> x[p][c]).toArray());
        }
        double[] ry = ranking.rank(keep.stream().mapToDouble(p -> y[p]).toArray());
        List<Index> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            double r = n > k + 1 ? partial(ranks, ry, i) : Double.NaN;
            double dof = n - 3.0 - (k - 1);
            double low = Double.NaN;
            double high = Double.NaN;
            if (!Double.isNaN(r) && dof > 0) {
                double z = 0.5 * Math.log((1 + r) / (1 - r));
                double half = Z975 / Math.sqrt(dof);
                low = Math.tanh(z - half);
                high = Math.tanh(z + half);
            }
            out.add(new Index(outcome, parameters.get(i), "prcc", "prcc", r, low, high, n));
        }
        return out;
    }

    private static double partial(double[][] ranks, double[] ry, int i) {
        double[] xi = ranks[i];
        double[] yr = ry;
        if (ranks.length > 1) {
            double[][] others = new double[ry.length][ranks.length - 1];
            for (int p = 0; p < ry.length; p++) {
                for (int j = 0, c = 0; j < ranks.length; j++) {
                    if (j != i) {
                        others[p][c++] = ranks[j][p];
                    }
                }
            }
            try {
                xi = residuals(xi, others);
                yr = residuals(ry, others);
            } catch (SingularMatrixException e) {
                return Double.NaN;
            }
        }
        if (constant(xi) || constant(yr)) {
            return Double.NaN;
        }
        double r = new PearsonsCorrelation().correlation(xi, yr);
        return Math.max(-1, Math.min(1, r));
    }

    private static double[] residuals(double[] target, double[][] others) {
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(target.clone(), others);
        return ols.estimateResiduals();
    }

    private static boolean constant(double[] v) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        return max - min <= 1e-12 * Math.max(1, Math.abs(max));
    }
}
