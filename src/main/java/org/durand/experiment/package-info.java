/**
 * Replicates: seeds derived from a base seed and the replicate index, parallel runs whose results
 * do not depend on the thread count, statistics across replicates, and the model's value of each
 * observed target ({@link org.durand.experiment.TargetEvaluator}), which run folders, sweeps and
 * calibrations all read. Sweeps and their designs are in {@code experiment.sweep}, sensitivity
 * indices in {@code experiment.sensitivity}.
 *
 * <pre>{@code
 * List<RunResult> runs = Replicates.run(scenario, 20, 7L, 4, true, rep -> { });
 * Replicates.stream(scenario, 20, 7L, 4, result -> spool.accept(result));   // events to disk as they come
 * ReplicateStatistics s = ReplicateStatistics.of(values);
 * List<TargetResult> fit = TargetEvaluator.evaluate(targets, scenario, runs);
 * }</pre>
 */
package org.durand.experiment;
