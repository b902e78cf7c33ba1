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
 *
 * <p>Two cases have no Fisher interval and are reported as such rather than as a number that
 * looks precise: a PRCC of exactly ±1 (the other parameters' ranks and this one's explain the
 * outcome's ranks completely; Fisher's z is infinite, so the formula would give the zero-width
 * interval [±1, ±1] whatever the number of points), which gets the value ±1 and no interval; and
 * an undefined PRCC, NaN, whose reason {@link #undefined} states.
 */
public final class Prcc {

    private static final double Z975 = 1.959963984540054;
    /** |r| this close to 1 is 1: residuals of exactly related ranks correlate to 1 only up to rounding. */
    private static final double ONE = 1 - 1e-12;

    private Prcc() {
    }

    /** A PRCC, or NaN and why not. */
    private record Estimate(double r, String why) {
    }

    /**
     * PRCC of one outcome against every parameter.
     *
     * @param outcome    outcome name
     * @param parameters parameter names, k of them
     * @param x          x[p][i]: value of parameter i at point p (n rows)
     * @param y          the outcome at each point; points with NaN are left out
     * @return one {@code prcc} index per parameter: NaN when it is undefined ({@link #undefined} says
     *         why); ±1 with a NaN interval when the ranks are related exactly
     */
    public static List<Index> analyse(String outcome, List<String> parameters, double[][] x, double[] y) {
        List<Estimate> estimates = estimates(parameters.size(), x, y);
        int n = kept(y).size();
        int k = parameters.size();
        List<Index> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            double r = estimates.get(i).r();
            double dof = n - 3.0 - (k - 1);
            double low = Double.NaN;
            double high = Double.NaN;
            if (!Double.isNaN(r) && Math.abs(r) < 1 && dof > 0) {
                double z = 0.5 * Math.log((1 + r) / (1 - r));
                double half = Z975 / Math.sqrt(dof);
                low = Math.tanh(z - half);
                high = Math.tanh(z + half);
            }
            out.add(new Index(outcome, parameters.get(i), "prcc", "prcc", r, low, high, n));
        }
        return out;
    }

    /**
     * Why each parameter's PRCC is undefined, in parameter order: an empty string where it is
     * defined, else a short reason a reader can act on (too few points, an outcome or parameter
     * that does not vary across points, or one whose ranks the other parameters' ranks explain
     * completely).
     *
     * @param k the number of parameters; {@code x} and {@code y} as for {@link #analyse}
     */
    public static List<String> undefined(int k, double[][] x, double[] y) {
        return estimates(k, x, y).stream().map(Estimate::why).toList();
    }

    private static List<Integer> kept(double[] y) {
        List<Integer> keep = new ArrayList<>();
        for (int p = 0; p < y.length; p++) {
            if (!Double.isNaN(y[p])) {
                keep.add(p);
            }
        }
        return keep;
    }

    private static List<Estimate> estimates(int k, double[][] x, double[] y) {
        List<Integer> keep = kept(y);
        int n = keep.size();
        NaturalRanking ranking = new NaturalRanking(NaNStrategy.FIXED, TiesStrategy.AVERAGE);
        double[][] ranks = new double[k][];
        for (int i = 0; i < k; i++) {
            int c = i;
            ranks[i] = ranking.rank(keep.stream().mapToDouble(p -> x[p][c]).toArray());
        }
        double[] ry = ranking.rank(keep.stream().mapToDouble(p -> y[p]).toArray());
        List<Estimate> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            if (n <= k + 1) {
                out.add(new Estimate(Double.NaN, "too few points: " + n + " with an outcome, more than k + 1 = "
                        + (k + 1) + " needed"));
            } else if (constant(ry)) {
                out.add(new Estimate(Double.NaN, "the outcome does not vary across points"));
            } else if (constant(ranks[i])) {
                out.add(new Estimate(Double.NaN, "the parameter does not vary across points"));
            } else {
                out.add(partial(ranks, ry, i));
            }
        }
        return out;
    }

    private static Estimate partial(double[][] ranks, double[] ry, int i) {
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
                return new Estimate(Double.NaN, "the other parameters' ranks are linearly dependent");
            }
        }
        if (constant(xi)) {
            return new Estimate(Double.NaN, "the other parameters' ranks explain this parameter's ranks completely");
        }
        if (constant(yr)) {
            return new Estimate(Double.NaN, "the other parameters' ranks explain the outcome's ranks completely");
        }
        double r = new PearsonsCorrelation().correlation(xi, yr);
        return new Estimate(r >= ONE ? 1 : r <= -ONE ? -1 : r, "");
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
