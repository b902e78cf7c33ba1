package org.durand.calibrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.durand.experiment.ParameterDraws;
import org.durand.experiment.Replicates;
import org.durand.experiment.RunResult;
import org.durand.experiment.TargetEvaluator;
import org.durand.experiment.TargetResult;
import org.durand.scenario.ScenarioException;
import org.durand.scenario.Target;

/**
 * The posterior predictive check: runs the scenario once at each of {@code n} parameter sets drawn
 * from a posterior (each with its own seed) and sets every target's observed value beside the
 * distribution of the model's values (Gelman, Meng and Stern 1996). Fitted and held-out targets are
 * checked alike, so the same draws serve a calibration's check and a backtest's out-of-sample
 * scores.
 */
public final class PredictiveCheck {

    private PredictiveCheck() {
    }

    /**
     * Runs the draws and compares them with the targets.
     *
     * @param draws   the parameter sets, one per replicate ({@code perDraw} 1 for independent draws)
     * @param n       draws, ≥ 2
     * @param seed    the base seed of the draws' runs (the draws' own base seed, for pairing)
     * @param threads replicates at once, ≥ 1
     * @param targets every target to check; those the scenario does not cover are left out
     * @param fitted  the ids of the targets the posterior was fitted to
     * @return one row per covered target, in the order of {@code targets}
     * @throws ScenarioException when a drawn parameter set makes the scenario invalid (before any run)
     */
    public static List<Predictive> run(ParameterDraws draws, int n, long seed, int threads, List<Target> targets,
                                       Set<String> fitted) throws ScenarioException {
        draws.prepare(n);
        List<RunResult> runs = Replicates.run(draws::scenario, n, seed, threads);
        List<TargetResult> stats = TargetEvaluator.evaluate(targets, draws.scenario(0), runs);
        List<Predictive> out = new ArrayList<>();
        for (TargetResult r : stats) {
            double[] values = runs.stream().mapToDouble(run -> TargetEvaluator.value(r.target(), run.series()))
                    .toArray();
            out.add(new Predictive(r.target(), r.model(), values, fitted.contains(r.target().id())));
        }
        return out;
    }
}
