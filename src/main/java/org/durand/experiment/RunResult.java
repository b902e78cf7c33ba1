package org.durand.experiment;

import java.util.List;

import org.durand.model.Event;
import org.durand.observe.MonthlySeries;

/**
 * What one replicate produced.
 *
 * @param rep    replicate index, from 0
 * @param seed   the seed it ran with
 * @param series its monthly metrics
 * @param events its event log (empty when events were not kept)
 * @param draw   the parameter draw it belongs to: replicates of one draw of a run over a posterior
 *               share their parameter set ({@link ParameterDraws}), so they are not independent and
 *               confidence intervals of means are computed from draw means; equal to {@code rep}
 *               when every replicate stands alone
 */
public record RunResult(int rep, long seed, MonthlySeries series, List<Event> events, int draw) {

    public RunResult {
        events = List.copyOf(events);
    }

    /** A replicate that shares its parameters with no other (its draw is its own index). */
    public RunResult(int rep, long seed, MonthlySeries series, List<Event> events) {
        this(rep, seed, series, events, rep);
    }

    /** This result marked as belonging to parameter draw {@code d}. */
    public RunResult inDraw(int d) {
        return new RunResult(rep, seed, series, events, d);
    }

    /** The draw of each result, in order: the groups {@link ReplicateStatistics#of(double[], double, double, int[])} takes. */
    public static int[] draws(List<RunResult> results) {
        return results.stream().mapToInt(RunResult::draw).toArray();
    }
}
