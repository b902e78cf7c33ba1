/**
 * Replicates: seeds derived from a base seed and the replicate index, parallel runs whose results
 * do not depend on the thread count, and statistics across replicates.
 *
 * <pre>{@code
 * List<RunResult> runs = Replicates.run(scenario, 20, 7L, 4, true, rep -> { });
 * Replicates.stream(scenario, 20, 7L, 4, result -> spool.accept(result));   // events to disk as they come
 * ReplicateStatistics s = ReplicateStatistics.of(values);
 * }</pre>
 */
package org.durand.experiment;
