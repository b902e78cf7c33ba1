package org.durand.experiment.sensitivity;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/**
 * Morris elementary-effects screening (Morris 1991, Technometrics 33:161; μ* from Campolongo,
 * Cariboni and Saltelli 2007, Environ. Model. Softw. 22:1509).
 *
 * <p>Each trajectory is k + 1 points in the unit cube in which consecutive points differ in one
 * coordinate. The elementary effect of that parameter is (f(x') − f(x)) / (x'_i − x_i), in outcome
 * units per whole range of the parameter (unit coordinates). Steps in which the realised coordinate
 * did not change (a whole-number or yes/no parameter rounding both points to the same value) are
 * left out. Per parameter: μ* (mean absolute effect; importance), μ (mean effect; sign) and σ
 * (standard deviation; interaction or non-linearity); μ* carries a 95% bootstrap interval over
 * its effects.
 */
public final class MorrisScreening {

    private MorrisScreening() {
    }

    /**
     * Screening indices of one outcome.
     *
     * @param outcome    outcome name
     * @param parameters parameter names, k of them
     * @param unit       the design's points in unit coordinates (as realised), r (k + 1) rows of k
     * @param f          the outcome at each point
     * @param seed       seed of the bootstrap
     * @return for each parameter {@code mu_star}, {@code mu} and {@code sigma}
     * @throws IllegalArgumentException if the number of points is not a multiple of k + 1
     */
    public static List<Index> analyse(String outcome, List<String> parameters, double[][] unit, double[] f,
                                      long seed) {
        int k = parameters.size();
        if (unit.length != f.length || unit.length % (k + 1) != 0) {
            throw new IllegalArgumentException("Morris design needs r(k+1) points; got " + unit.length
                    + " points and " + f.length + " values for k = " + k);
        }
        List<List<Double>> effects = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            effects.add(new ArrayList<>());
        }
        for (int t = 0; t < unit.length; t += k + 1) {
            for (int s = t; s < t + k; s++) {
                int changed = changedCoordinate(unit[s], unit[s + 1]);
                double dx = changed < 0 ? 0 : unit[s + 1][changed] - unit[s][changed];
                if (dx != 0 && !Double.isNaN(f[s]) && !Double.isNaN(f[s + 1])) {
                    effects.get(changed).add((f[s + 1] - f[s]) / dx);
                }
            }
        }
        List<Index> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            double[] ee = effects.get(i).stream().mapToDouble(Double::doubleValue).toArray();
            int n = ee.length;
            double muStar = meanAbs(ee, Bootstrap.all(n));
            double[] ci = Bootstrap.interval(n, seed + i, rows -> meanAbs(ee, rows));
            double mu = n == 0 ? Double.NaN : java.util.Arrays.stream(ee).average().orElse(Double.NaN);
            double sigma = n < 2 ? Double.NaN : new StandardDeviation().evaluate(ee);
            String p = parameters.get(i);
            out.add(new Index(outcome, p, "morris", "mu_star", muStar, ci[0], ci[1], n));
            out.add(new Index(outcome, p, "morris", "mu", mu, Double.NaN, Double.NaN, n));
            out.add(new Index(outcome, p, "morris", "sigma", sigma, Double.NaN, Double.NaN, n));
        }
        return out;
    }

    /** The coordinate in which two consecutive trajectory points differ most (−1 when equal). */
    private static int changedCoordinate(double[] a, double[] b) {
        int best = -1;
        double most = 0;
        for (int i = 0; i < a.length; i++) {
            double d = Math.abs(b[i] - a[i]);
            if (d > most) {
                most = d;
                best = i;
            }
        }
        return best;
    }

    private static double meanAbs(double[] ee, int[] rows) {
        if (rows.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int r : rows) {
            sum += Math.abs(ee[r]);
        }
        return sum / rows.length;
    }
}
