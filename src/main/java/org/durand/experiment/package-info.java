/**
 * Replicates: seeds derived from a base seed and the replicate index, parallel runs whose results
 * do not depend on the thread count, and statistics across replicates.
 *
 * <pre>{@code
 * List<RunResult> runs = Replicates.run(scenario, 20, 7L, 4, true, rep -> { });
 * ReplicateStatistics s = ReplicateStatistics.of(values);
 * }</pre>
 */
package org.durand.experiment;
