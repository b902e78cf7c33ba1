package org.durand.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.durand.io.Numbers;
import org.durand.scenario.Scenario;
import org.durand.scenario.ScenarioException;

/**
 * Which parameter set each replicate of a run over a posterior uses, and the scenario at it.
 *
 * <p>Replicates come in groups of {@code perDraw}: group g = ⌊r / perDraw⌋ draws one particle by
 * weight ({@link Posterior#drawFor}(base seed, g)) and its {@code perDraw} replicates run that
 * parameter set with their own seeds. Groups let the variance of an outcome be split into a part
 * due to the parameters and a part due to replicate noise ({@link VarianceSplit}); the draw of
 * group g depends on the base seed and g only, so a scenario and its counterfactual run with the
 * same seed, posterior and {@code perDraw} give each replicate the same parameter set (paired).
 */
public final class ParameterDraws {

    /** Reads the scenario with extra {@code --set} overrides (the particle's values). */
    @FunctionalInterface
    public interface Reader {
        /**
         * @param sets {@code PATH=VALUE} overrides, after the run's own
         * @throws ScenarioException when the values make the scenario invalid
         */
        Scenario read(List<String> sets) throws ScenarioException;
    }

    private final Posterior posterior;
    private final long baseSeed;
    private final int perDraw;
    private final Reader reader;
    private final Map<Integer, Scenario> scenarios = new ConcurrentHashMap<>();

    /**
     * @param posterior the particles to draw from
     * @param baseSeed  the run's base seed
     * @param perDraw   replicates per drawn parameter set, ≥ 1
     * @param reader    reads the scenario at a particle's values
     * @throws IllegalArgumentException if {@code perDraw} is below 1
     */
    public ParameterDraws(Posterior posterior, long baseSeed, int perDraw, Reader reader) {
        if (perDraw < 1) {
            throw new IllegalArgumentException("replicates per draw must be at least 1, got " + perDraw);
        }
        this.posterior = posterior;
        this.baseSeed = baseSeed;
        this.perDraw = perDraw;
        this.reader = reader;
    }

    /** The posterior drawn from. */
    public Posterior posterior() {
        return posterior;
    }

    /** Replicates per drawn parameter set. */
    public int perDraw() {
        return perDraw;
    }

    /** The draw (group) replicate {@code rep} belongs to: ⌊rep / perDraw⌋. */
    public int draw(int rep) {
        return rep / perDraw;
    }

    /** The particle replicate {@code rep} runs, 0 ≤ index &lt; the posterior's size. */
    public int particle(int rep) {
        return posterior.drawFor(baseSeed, draw(rep));
    }

    /** The {@code PATH=VALUE} overrides of particle {@code i}, values formatted to read back exactly. */
    public List<String> sets(int i) {
        List<String> sets = new ArrayList<>();
        double[] v = posterior.particle(i);
        for (int j = 0; j < v.length; j++) {
            sets.add(posterior.paths().get(j) + "=" + Numbers.format(v[j]));
        }
        return sets;
    }

    /**
     * Reads the scenario of every particle replicates 0..reps−1 use, so a value that makes the
     * scenario invalid is reported before anything runs; keeps them for {@link #scenario}.
     *
     * @throws ScenarioException naming the first invalid particle's problems
     */
    public void prepare(int reps) throws ScenarioException {
        for (int rep = 0; rep < reps; rep++) {
            int i = particle(rep);
            if (!scenarios.containsKey(i)) {
                scenarios.put(i, reader.read(sets(i)));
            }
        }
    }

    /** The scenarios read by {@link #prepare}, one per particle drawn, in particle order. */
    public List<Scenario> prepared() {
        return new java.util.TreeMap<>(scenarios).values().stream().toList();
    }

    /**
     * The scenario replicate {@code rep} runs.
     *
     * @throws IllegalStateException if its particle was not read by {@link #prepare}
     */
    public Scenario scenario(int rep) {
        Scenario s = scenarios.get(particle(rep));
        if (s == null) {
            throw new IllegalStateException("replicate " + rep + " was not prepared");
        }
        return s;
    }
}
