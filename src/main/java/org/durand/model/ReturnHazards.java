package org.durand.model;

import java.io.Serializable;

import org.durand.scenario.Behaviour;

/**
 * Pressured returns, drawn one cohort at a time.
 *
 * <p>A household of cohort g returns on the first day its status clock G_s(t) passes its
 * threshold E/ρ_g, E ~ Exp(1) (ODD §7.12). Thresholds are memoryless: whatever the clock and
 * whoever has left, the present households of a cohort are n households whose thresholds lie
 * beyond the clock by independent Exp(ρ_g) amounts, so the next of them returns when the clock
 * has advanced by Exp(1)/(n ρ_g), and it is any one of them with equal chance. The cohort keeps
 * that Exp(1) as a budget of hazard, spends n ρ_g ΔG of it each day, and when it is spent lets the
 * household at the front of the cohort return ({@link Households}) and draws a new one. This is
 * the same process as one threshold drawn per household at the start, with one exponential drawn
 * per return and one per cohort instead of one per household, and no sort.
 *
 * <p>The factors ρ_g are those of the return parameters at the start: a live change of the
 * parameters leaves the thresholds where they were.
 */
final class ReturnHazards implements Serializable {

    private static final long serialVersionUID = 1L;

    /** ρ_g of each cohort at the start. */
    private final double[] factor;
    /** What is left of cohort g's Exp(1) budget until its next return. */
    private final double[] budget;

    /** A budget for every cohort of {@code households}, with the factors of {@code params}. */
    ReturnHazards(Households households, Behaviour.Returns params, Draws draws) {
        factor = new double[households.cohorts()];
        budget = new double[households.cohorts()];
        for (int g = 0; g < factor.length; g++) {
            factor[g] = Cohorts.factor(params, households.cohortYears(g), households.cohortLivelihood(g));
            budget[g] = draws.unitExponential();
        }
    }

    /**
     * The clock of status {@code k} advances by {@code advance}: the households of its cohorts
     * whose thresholds it passes return; the persons who returned.
     *
     * @param advance the status clock's advance today, ≥ 0
     */
    long release(int k, double advance, Households households, Draws draws) {
        if (!(advance > 0)) {
            return 0;
        }
        long out = 0;
        for (int g = households.firstCohort(k); g < households.firstCohort(k + 1); g++) {
            double rate = factor[g];
            double left = advance;
            int n = households.present(g);
            while (n > 0 && rate > 0) {
                double hazard = n * rate * left;
                if (hazard < budget[g]) {
                    budget[g] -= hazard;
                    break;
                }
                left = Math.max(0, left - budget[g] / (n * rate));
                out += households.returnFront(g);
                n--;
                budget[g] = draws.unitExponential();
            }
        }
        return out;
    }
}
