package org.durand.experiment.sweep;

import org.durand.experiment.Seeds;

/**
 * One run of a sweep: replicate {@code rep} at design point {@code point}. Runs are numbered
 * point by point, {@code run = point × reps + rep}.
 *
 * @param run   run id, from 0
 * @param point design point, from 0
 * @param rep   replicate at that point, from 0
 * @param seed  the run's seed: derived from the base seed and the point, then from that and the replicate
 */
public record RunSpec(int run, int point, int rep, long seed) {

    /** The run {@code run} of a sweep with {@code reps} replicates per point under base seed {@code base}. */
    public static RunSpec of(int run, int reps, long base) {
        int point = run / reps;
        int rep = run % reps;
        return new RunSpec(run, point, rep, Seeds.forReplicate(Seeds.forReplicate(base, point), rep));
    }
}
