package org.durand.calibrate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.durand.model.RandomAdapter;

/**
 * Fits scenario parameters to targets in two stages, both from Commons Math and bounded, in unit
 * coordinates: CMA-ES explores globally with about 60% of the evaluation budget, then a local
 * derivative-free search polishes the best point with the rest (BOBYQA for two or more
 * parameters, Brent's method for one). The objective is evaluated with the same replicate seeds
 * at every point (common random numbers), so it is a deterministic function of the parameters and
 * differences between points are not replicate noise. The best point seen is kept even when the
 * budget ends a stage.
 */
public final class Calibration {

    /** The function to minimise, at parameter values in scenario units. */
    @FunctionalInterface
    public interface Objective {
        /**
         * The objective at one point.
         *
         * @param values one value per fitted parameter, in the order of the parameter list and
         *               within its bounds (scenario units)
         * @return the objective, ≥ 0 for the weighted squared relative error; smaller is better
         * @throws Exception if the point cannot be evaluated (for example a scenario the values
         *                   make invalid); the search stops and {@link #fit} rethrows it
         */
        double at(double[] values) throws Exception;
    }

    /**
     * One evaluation of the objective.
     *
     * @param index     1 for the first evaluation of a search, then consecutive
     * @param values    the parameter values, scenario units (copied)
     * @param objective the objective at {@code values}
     */
    public record Evaluation(int index, double[] values, double objective) {
        public Evaluation {
            values = values.clone();
        }

        /** The parameter values, scenario units (a copy). */
        @Override
        public double[] values() {
            return values.clone();
        }
    }

    /** CMA-ES initial step, in unit coordinates: a third of each range, the usual advice for bounded searches. */
    static final double INITIAL_STEP = 0.3;
    /** Share of the budget given to the global (CMA-ES) stage. */
    static final double GLOBAL_SHARE = 0.6;
    /** Initial trust-region radius of the local stage, in unit coordinates. */
    static final double LOCAL_RADIUS = 0.1;
    /** The local stage stops when its steps shrink below this, in unit coordinates (0.01% of a range). */
    static final double LOCAL_STOP = 1e-4;

    private final List<FitParameter> parameters;
    private final Objective objective;
    private final List<Evaluation> log = new ArrayList<>();
    private Evaluation best;

    /**
     * A search over {@code parameters} (each bounded by its low and high values) of
     * {@code objective}.
     *
     * @param parameters the parameters to fit, at least one
     * @param objective  the function to minimise; called once per evaluation, never concurrently
     * @throws IllegalArgumentException if {@code parameters} is empty
     */
    public Calibration(List<FitParameter> parameters, Objective objective) {
        if (parameters.isEmpty()) {
            throw new IllegalArgumentException("calibration needs at least one parameter to fit");
        }
        this.parameters = List.copyOf(parameters);
        this.objective = objective;
    }

    /**
     * Searches from {@code start} with at most {@code budget} evaluations and returns the best
     * point seen. The search is deterministic: the same start, budget, seed and objective give the
     * same evaluations in the same order.
     *
     * @param start        starting values, one per parameter, scenario units; values outside a
     *                     parameter's bounds are moved to the nearest bound
     * @param budget       evaluations at most, ≥ 2; about 60% go to CMA-ES, the rest to the polish
     *                     (which runs only if at least 3 remain)
     * @param seed         seed of CMA-ES's own generator (not of the model runs)
     * @param onEvaluation sees each evaluation as it completes, in order
     * @return the evaluation with the smallest objective (the first of equal ones)
     * @throws IllegalArgumentException if {@code start} does not hold one value per parameter or
     *                                  {@code budget} is below 2
     * @throws IllegalStateException    wrapping a checked exception thrown by the objective;
     *                                  unchecked exceptions propagate unchanged
     */
    public Evaluation fit(double[] start, int budget, long seed, Consumer<Evaluation> onEvaluation) {
        int d = parameters.size();
        if (start.length != d) {
            throw new IllegalArgumentException("start has " + start.length + " values for " + d + " parameters");
        }
        if (budget < 2) {
            throw new IllegalArgumentException("the evaluation budget must be at least 2, got " + budget);
        }
        double[] x0 = new double[d];
        double[] sigma = new double[d];
        for (int i = 0; i < d; i++) {
            x0[i] = Math.max(0, Math.min(1, parameters.get(i).unit(start[i])));
            sigma[i] = INITIAL_STEP;
        }
        double[] lo = new double[d];
        double[] hi = new double[d];
        Arrays.fill(hi, 1.0);
        int lambda = 4 + (int) (3 * Math.log(d));
        int global = Math.max(2, (int) Math.round(budget * GLOBAL_SHARE));
        CMAESOptimizer cmaes = new CMAESOptimizer(global, 0, true, 0, 0,
                new RandomAdapter(new MersenneTwisterFast(seed)), false, null);
        ObjectiveFunction f = new ObjectiveFunction(u -> evaluate(u, onEvaluation));
        try {
            cmaes.optimize(new MaxEval(global), f, GoalType.MINIMIZE, new InitialGuess(x0), new SimpleBounds(lo, hi),
                    new CMAESOptimizer.Sigma(sigma), new CMAESOptimizer.PopulationSize(lambda));
        } catch (TooManyEvaluationsException e) {
            // the global stage's share is spent
        }
        int local = budget - log.size();
        if (local >= 3) {
            polish(unitOf(best.values()), local, onEvaluation);
        }
        return best;
    }

    /** Local search from {@code start} (unit coordinates) with at most {@code evaluations}. */
    private void polish(double[] start, int evaluations, Consumer<Evaluation> onEvaluation) {
        try {
            if (start.length == 1) {
                new BrentOptimizer(LOCAL_STOP, 1e-6).optimize(new MaxEval(evaluations), GoalType.MINIMIZE,
                        new SearchInterval(0, 1, start[0]),
                        new UnivariateObjectiveFunction(u -> evaluate(new double[] {u}, onEvaluation)));
            } else {
                double[] lo = new double[start.length];
                double[] hi = new double[start.length];
                Arrays.fill(hi, 1.0);
                new BOBYQAOptimizer(2 * start.length + 1, LOCAL_RADIUS, LOCAL_STOP).optimize(new MaxEval(evaluations),
                        new ObjectiveFunction(u -> evaluate(u, onEvaluation)), GoalType.MINIMIZE,
                        new InitialGuess(start), new SimpleBounds(lo, hi));
            }
        } catch (TooManyEvaluationsException e) {
            // the budget is spent: the best point seen is the answer
        }
    }

    private double[] unitOf(double[] values) {
        double[] u = new double[values.length];
        for (int i = 0; i < u.length; i++) {
            u[i] = Math.max(0, Math.min(1, parameters.get(i).unit(values[i])));
        }
        return u;
    }

    private double evaluate(double[] unit, Consumer<Evaluation> onEvaluation) {
        double[] values = new double[unit.length];
        for (int i = 0; i < unit.length; i++) {
            values[i] = parameters.get(i).at(unit[i]);
        }
        double value;
        try {
            value = objective.at(values);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Evaluation ev = new Evaluation(log.size() + 1, values, value);
        log.add(ev);
        if (best == null || value < best.objective()) {
            best = ev;
        }
        onEvaluation.accept(ev);
        return value;
    }

    /** Every evaluation so far, in order (a copy; empty before {@link #fit}). */
    public List<Evaluation> log() {
        return List.copyOf(log);
    }
}
