package org.durand.experiment;

import org.apache.commons.math3.distribution.FDistribution;

/**
 * The variance of an outcome across replicates run over a posterior, split into the part due to
 * parameter uncertainty and the part due to replicate noise: the one-way random-effects analysis
 * of variance over G draws of m replicates each (Searle, Casella and McCulloch 1992, <i>Variance
 * Components</i>, §3.5). With group means ȳ<sub>g</sub> and grand mean ȳ,
 * MS<sub>within</sub> = Σ(y<sub>gi</sub> − ȳ<sub>g</sub>)² / (G(m − 1)) estimates the replicate
 * variance, MS<sub>between</sub> = m Σ(ȳ<sub>g</sub> − ȳ)² / (G − 1), and
 * (MS<sub>between</sub> − MS<sub>within</sub>) / m, clipped at 0, the variance of the outcome's
 * expectation over parameter sets (the law of total variance: Var Y = Var E[Y | θ] + E Var[Y | θ]).
 *
 * <p>The parameter part's share of the variance is the intraclass correlation ρ; its 95%
 * confidence interval is the exact one under normality (Searle, Casella and McCulloch 1992, §3.5d):
 * with F = MS<sub>between</sub>/MS<sub>within</sub> on (G − 1, G(m − 1)) degrees of freedom,
 * F<sub>L</sub> = F / F<sub>0.975</sub> and F<sub>U</sub> = F / F<sub>0.025</sub>, the bounds are
 * (F<sub>L,U</sub> − 1) / (F<sub>L,U</sub> + m − 1), clipped to 0–1. With few draws the interval is
 * wide: the split is an estimate, not a fact.
 *
 * @param mean      mean of all replicates, in the outcome's unit
 * @param parameter variance due to parameter uncertainty, unit², ≥ 0
 * @param replicate variance due to replicate noise, unit², ≥ 0
 * @param draws     G, the parameter sets drawn
 * @param perDraw   m, replicates per parameter set
 * @param shareLow  lower 95% bound of the parameter share, 0–1 (NaN when undefined)
 * @param shareHigh upper 95% bound of the parameter share, 0–1 (NaN when undefined)
 */
public record VarianceSplit(double mean, double parameter, double replicate, int draws, int perDraw,
                            double shareLow, double shareHigh) {

    /**
     * The split of {@code values}, replicates in order, grouped {@code perDraw} at a time; a last
     * incomplete group is left out.
     *
     * @param values  one value per replicate (replicate r belongs to draw ⌊r / perDraw⌋)
     * @param perDraw replicates per draw, ≥ 2
     * @return the split, all NaN when fewer than 2 whole groups or any value is NaN
     * @throws IllegalArgumentException if {@code perDraw} is below 2
     */
    public static VarianceSplit of(double[] values, int perDraw) {
        if (perDraw < 2) {
            throw new IllegalArgumentException("splitting the variance needs at least 2 replicates per draw");
        }
        int groups = values.length / perDraw;
        if (groups < 2) {
            return new VarianceSplit(Double.NaN, Double.NaN, Double.NaN, groups, perDraw, Double.NaN, Double.NaN);
        }
        double grand = 0;
        double[] means = new double[groups];
        for (int g = 0; g < groups; g++) {
            for (int i = 0; i < perDraw; i++) {
                means[g] += values[g * perDraw + i] / perDraw;
            }
            grand += means[g] / groups;
        }
        double within = 0;
        double between = 0;
        for (int g = 0; g < groups; g++) {
            for (int i = 0; i < perDraw; i++) {
                double e = values[g * perDraw + i] - means[g];
                within += e * e;
            }
            between += (means[g] - grand) * (means[g] - grand);
        }
        double msWithin = within / (groups * (perDraw - 1.0));
        double msBetween = perDraw * between / (groups - 1.0);
        double[] share = shareInterval(msBetween, msWithin, groups, perDraw);
        return new VarianceSplit(grand, Math.max(0, (msBetween - msWithin) / perDraw), msWithin, groups, perDraw,
                share[0], share[1]);
    }

    /** The 95% interval of the intraclass correlation from the mean squares (see the type's description). */
    private static double[] shareInterval(double msBetween, double msWithin, int groups, int perDraw) {
        if (!(msWithin > 0) || Double.isNaN(msBetween)) {
            return msBetween > 0 ? new double[] {1, 1} : new double[] {Double.NaN, Double.NaN};
        }
        double f = msBetween / msWithin;
        FDistribution dist = new FDistribution(null, groups - 1.0, groups * (perDraw - 1.0));
        double fLow = f / dist.inverseCumulativeProbability(0.975);
        double fHigh = f / dist.inverseCumulativeProbability(0.025);
        return new double[] {clip((fLow - 1) / (fLow + perDraw - 1)), clip((fHigh - 1) / (fHigh + perDraw - 1))};
    }

    private static double clip(double v) {
        return Math.max(0, Math.min(1, v));
    }

    /** Parameter plus replicate variance, unit². */
    public double total() {
        return parameter + replicate;
    }

    /** The parameter part's share of the total, 0–1 (NaN when the total is 0 or unknown). */
    public double parameterShare() {
        double t = total();
        return t > 0 ? parameter / t : Double.NaN;
    }
}
