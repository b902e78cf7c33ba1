package org.durand.calibrate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.distribution.MultivariateNormalDistribution;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.durand.experiment.Posterior;
import org.durand.experiment.Seeds;
import org.durand.model.RandomAdapter;

/**
 * Approximate Bayesian computation by sequential Monte Carlo (ABC-SMC, the population Monte Carlo
 * scheme of Beaumont, Cornuet, Marin and Robert 2009, <i>Biometrika</i> 96(4):983–990, with the
 * adaptive tolerance of Del Moral, Doucet and Jasra 2012, <i>Stat. Comput.</i> 22:1009–1020).
 *
 * <p>The prior of each parameter is uniform on its bounds. Generation 0 simulates {@code n}
 * particles drawn from the prior and accepts all of them. Generation t ≥ 1 sets its tolerance
 * ε<sub>t</sub> to the {@code quantile} (0.5 by default) of generation t − 1's distances, then
 * proposes particles by drawing one of generation t − 1 by weight and moving it with a Gaussian
 * kernel whose covariance is twice the weighted covariance of generation t − 1 (Beaumont et al.
 * 2009, §3), discarding proposals outside the prior's support unsimulated, until {@code n}
 * proposals simulate within ε<sub>t</sub>. A particle's weight is its prior density over the
 * kernel mixture density, π(θ)/Σ<sub>j</sub> w<sub>j</sub> K(θ | θ<sub>j</sub>). The search works
 * in unit coordinates (each parameter mapped linearly onto [0, 1]) and stops when the simulation
 * budget would be exceeded; the posterior is the last complete generation.
 *
 * <p>Deterministic whatever the thread count: proposal k of generation t is drawn from a generator
 * seeded by (seed, t) in order, and simulated with the seed derived from (seed, t, k); results are
 * consumed in proposal order and a generation ends at its n-th acceptance, so simulations run
 * ahead in parallel are discarded the same way on any number of threads.
 */
public final class AbcSmc {

    /** The model seen by the search: one stochastic simulation at a parameter set. */
    @FunctionalInterface
    public interface Simulator {
        /**
         * Simulates once at {@code values}; may be called from several threads at once.
         *
         * @param values one value per parameter, in its own unit, within its bounds
         * @param seed   the seed of this simulation's model runs (≥ 0)
         * @return the distance of the simulated targets from the observed ones, with the simulated
         *         target values
         * @throws Exception when the point cannot be simulated; the search stops and rethrows it
         */
        Simulation simulate(double[] values, long seed) throws Exception;
    }

    /**
     * One simulation's result.
     *
     * @param distance   the distance from the observed data, ≥ 0 (NaN counts as never accepted)
     * @param summaries  the simulated values it was computed from, one per target (copied)
     */
    public record Simulation(double distance, double[] summaries) {
        public Simulation {
            summaries = summaries.clone();
        }

        /** The simulated values (a copy). */
        @Override
        public double[] summaries() {
            return summaries.clone();
        }
    }

    /**
     * One generation's record.
     *
     * @param index       0 for the prior generation, then consecutive
     * @param tolerance   ε, the largest distance accepted (infinite in generation 0)
     * @param simulations simulations the generation consumed
     * @param accepted    particles accepted (n for a complete generation)
     * @param ess         effective sample size of its weights (NaN when incomplete)
     * @param complete    whether it reached n particles within the budget
     */
    public record Generation(int index, double tolerance, int simulations, int accepted, double ess,
                             boolean complete) {
    }

    /**
     * The search's result.
     *
     * @param posterior   the last complete generation's particles, weights and distances
     * @param summaries   n × targets: the simulated target values of each posterior particle
     * @param generations every generation, the incomplete last one included
     * @param simulations all simulations consumed
     */
    public record Result(Posterior posterior, double[][] summaries, List<Generation> generations, int simulations) {
    }

    /** Default quantile of the previous distances that sets the next tolerance (Del Moral et al. 2012 use 0.5–0.9). */
    public static final double DEFAULT_QUANTILE = 0.5;
    /** Scale of the kernel covariance relative to the population's (Beaumont et al. 2009: twice). */
    static final double KERNEL_SCALE = 2.0;
    /** Added to the kernel covariance's diagonal (unit coordinates) so a collapsed population still moves. */
    static final double KERNEL_FLOOR = 1e-8;
    /** Proposals in flight per thread ahead of the one being consumed. */
    static final int BATCH_PER_THREAD = 4;

    private final List<FitParameter> parameters;
    private final Simulator simulator;
    private final int particles;
    private final double quantile;
    private final int threads;

    /**
     * A search over {@code parameters}, uniform priors on their bounds.
     *
     * @param parameters the parameters, at least one
     * @param simulator  the model
     * @param particles  population size n, ≥ 2
     * @param quantile   quantile of the previous distances that sets a tolerance, in (0, 1)
     * @param threads    simulations at once, ≥ 1
     * @throws IllegalArgumentException if an argument is outside its range
     */
    public AbcSmc(List<FitParameter> parameters, Simulator simulator, int particles, double quantile, int threads) {
        if (parameters.isEmpty() || particles < 2 || !(quantile > 0 && quantile < 1) || threads < 1) {
            throw new IllegalArgumentException("ABC-SMC needs a parameter, at least 2 particles, a quantile in (0, 1) "
                    + "and a thread");
        }
        this.parameters = List.copyOf(parameters);
        this.simulator = simulator;
        this.particles = particles;
        this.quantile = quantile;
        this.threads = threads;
    }

    /**
     * Runs generations until the next would exceed {@code budget} simulations.
     *
     * @param budget       simulations at most, ≥ 2n (the prior generation takes n, the first
     *                     shrinking one usually about n/quantile)
     * @param seed         base seed of proposals and simulations
     * @param onSimulation called on the calling thread with the running count of consumed
     *                     simulations, in order
     * @return the posterior and the record of generations
     * @throws IllegalArgumentException if the budget is below 2n
     * @throws IllegalStateException    wrapping an exception thrown by the simulator
     */
    public Result run(int budget, long seed, IntConsumer onSimulation) {
        if (budget < 2 * particles) {
            throw new IllegalArgumentException("the budget (" + budget + ") must be at least twice the particles ("
                    + particles + ")");
        }
        int d = parameters.size();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "durand-abc");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Generation> generations = new ArrayList<>();
            int[] used = {0};
            // generation 0: the prior
            MersenneTwisterFast g0 = new MersenneTwisterFast(Seeds.forReplicate(seed, 0));
            Population current = simulateGeneration(pool, 0, seed, Double.POSITIVE_INFINITY, budget, used,
                    onSimulation, () -> {
                        double[] u = new double[d];
                        for (int j = 0; j < d; j++) {
                            u[j] = g0.nextDouble();
                        }
                        return u;
                    });
            current.weights = uniform(particles);
            generations.add(new Generation(0, Double.POSITIVE_INFINITY, current.simulations, particles,
                    particles, true));
            for (int t = 1; ; t++) {
                double epsilon = new Percentile().evaluate(current.distances, 100 * quantile);
                Kernel kernel = new Kernel(current, new MersenneTwisterFast(Seeds.forReplicate(seed, t)));
                Population next = simulateGeneration(pool, t, seed, epsilon, budget, used, onSimulation,
                        kernel::propose);
                if (next.accepted < particles) {
                    generations.add(new Generation(t, epsilon, next.simulations, next.accepted, Double.NaN, false));
                    break;
                }
                next.weights = kernel.weights(next.unit);
                Posterior p = next.posterior();
                generations.add(new Generation(t, epsilon, next.simulations, particles, p.effectiveSampleSize(),
                        true));
                current = next;
                if (used[0] >= budget) {
                    break;
                }
            }
            return new Result(current.posterior(), current.summaries, List.copyOf(generations), used[0]);
        } finally {
            pool.shutdownNow();
        }
    }

    private static double[] uniform(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1.0 / n);
        return w;
    }

    /** Proposes unit-coordinate points within [0, 1]^d. */
    private interface Proposer {
        double[] next();
    }

    private Population simulateGeneration(ExecutorService pool, int t, long seed, double epsilon, int budget,
                                          int[] used, IntConsumer onSimulation, Proposer proposer) {
        Population pop = new Population(particles, parameters.size());
        long generationSeed = Seeds.forReplicate(seed, 1_000_000 + t);
        boolean acceptsAll = epsilon == Double.POSITIVE_INFINITY;
        // a window of proposals in flight, consumed in proposal order and refilled as each is consumed,
        // so the threads stay busy; never more in flight than the budget (or, when all are accepted, the
        // particles still needed) can consume
        java.util.ArrayDeque<double[]> units = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<Future<Simulation>> inFlight = new java.util.ArrayDeque<>();
        int[] k = {0};
        Runnable submit = () -> {
            double[] u = proposer.next();
            double[] values = valuesOf(u);
            long simSeed = Seeds.forReplicate(generationSeed, k[0]++);
            units.add(u);
            inFlight.add(pool.submit(() -> simulator.simulate(values, simSeed)));
        };
        int window = threads * BATCH_PER_THREAD;
        try {
            while (pop.accepted < particles && used[0] < budget) {
                int room = Math.min(budget - used[0], acceptsAll ? particles - pop.accepted : Integer.MAX_VALUE);
                while (inFlight.size() < Math.min(window, room)) {
                    submit.run();
                }
                Simulation s = get(inFlight.poll());
                double[] u = units.poll();
                used[0]++;
                pop.simulations++;
                onSimulation.accept(used[0]);
                if (s.distance() <= epsilon) {
                    pop.add(u, valuesOf(u), s);
                }
            }
        } finally {
            inFlight.forEach(f -> f.cancel(true));
        }
        return pop;
    }

    private static Simulation get(Future<Simulation> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while simulating", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause.getMessage(), cause);
        }
    }

    private double[] valuesOf(double[] unit) {
        double[] v = new double[unit.length];
        for (int j = 0; j < v.length; j++) {
            v[j] = parameters.get(j).at(unit[j]);
        }
        return v;
    }

    /** A generation's accepted particles. */
    private final class Population {
        final double[][] unit;
        final double[][] values;
        final double[] distances;
        final double[][] summaries;
        double[] weights;
        int accepted;
        int simulations;

        Population(int n, int d) {
            unit = new double[n][];
            values = new double[n][];
            distances = new double[n];
            summaries = new double[n][];
        }

        void add(double[] u, double[] v, Simulation s) {
            unit[accepted] = u;
            values[accepted] = v;
            distances[accepted] = s.distance();
            summaries[accepted] = s.summaries();
            accepted++;
        }

        Posterior posterior() {
            return new Posterior(parameters.stream().map(FitParameter::path).toList(), values, weights, distances);
        }
    }

    /** The perturbation kernel of one generation: a Gaussian around a particle drawn by weight. */
    private final class Kernel {
        private final Population from;
        private final MersenneTwisterFast random;
        private final MultivariateNormalDistribution normal;
        private final double[] cumulative;

        Kernel(Population from, MersenneTwisterFast random) {
            this.from = from;
            this.random = random;
            int d = parameters.size();
            double[][] cov = weightedCovariance(from.unit, from.weights);
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    cov[a][b] *= KERNEL_SCALE;
                }
                cov[a][a] += KERNEL_FLOOR;
            }
            this.normal = distribution(cov);
            this.cumulative = new double[from.weights.length];
            double c = 0;
            for (int i = 0; i < cumulative.length; i++) {
                c += from.weights[i];
                cumulative[i] = c;
            }
        }

        private MultivariateNormalDistribution distribution(double[][] cov) {
            double[] zero = new double[cov.length];
            try {
                return new MultivariateNormalDistribution(new RandomAdapter(random), zero, cov);
            } catch (SingularMatrixException | NonPositiveDefiniteMatrixException e) {
                double[][] diagonal = new double[cov.length][cov.length];
                for (int a = 0; a < cov.length; a++) {
                    diagonal[a][a] = Math.max(cov[a][a], KERNEL_FLOOR);
                }
                return new MultivariateNormalDistribution(new RandomAdapter(random), zero, diagonal);
            }
        }

        double[] propose() {
            while (true) {
                double u = random.nextDouble() * cumulative[cumulative.length - 1];
                int i = 0;
                while (i < cumulative.length - 1 && u >= cumulative[i]) {
                    i++;
                }
                double[] step = normal.sample();
                double[] x = from.unit[i].clone();
                boolean inside = true;
                for (int j = 0; j < x.length; j++) {
                    x[j] += step[j];
                    inside &= x[j] >= 0 && x[j] <= 1;
                }
                if (inside) {
                    return x;
                }
            }
        }

        /** Importance weights of {@code points}: uniform prior density over the kernel mixture density. */
        double[] weights(double[][] points) {
            double[] w = new double[points.length];
            for (int i = 0; i < points.length; i++) {
                double mixture = 0;
                for (int j = 0; j < from.unit.length; j++) {
                    double[] diff = new double[points[i].length];
                    for (int a = 0; a < diff.length; a++) {
                        diff[a] = points[i][a] - from.unit[j][a];
                    }
                    mixture += from.weights[j] * normal.density(diff);
                }
                w[i] = 1 / mixture;
            }
            double sum = Arrays.stream(w).sum();
            for (int i = 0; i < w.length; i++) {
                w[i] /= sum;
            }
            return w;
        }
    }

    /** The weighted covariance Σ w_i (x_i − x̄)(x_i − x̄)ᵀ / (1 − Σ w_i²) of rows {@code x} (weights summing to 1). */
    static double[][] weightedCovariance(double[][] x, double[] w) {
        int d = x[0].length;
        double[] mean = new double[d];
        double sumSq = 0;
        for (int i = 0; i < x.length; i++) {
            sumSq += w[i] * w[i];
            for (int a = 0; a < d; a++) {
                mean[a] += w[i] * x[i][a];
            }
        }
        double[][] cov = new double[d][d];
        for (int i = 0; i < x.length; i++) {
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    cov[a][b] += w[i] * (x[i][a] - mean[a]) * (x[i][b] - mean[b]);
                }
            }
        }
        double correction = sumSq < 1 ? 1 / (1 - sumSq) : 1;
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                cov[a][b] *= correction;
            }
        }
        return cov;
    }
}
