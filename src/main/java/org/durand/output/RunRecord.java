package org.durand.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.durand.experiment.TargetResult;
import org.durand.experiment.RunResult;
import org.durand.observe.MetricSet;

/**
 * A finished run held in memory: what it was ({@link RunInfo}), each replicate's result and the
 * targets it was compared with. The run folder's files, charts and report are written from it, and
 * {@link RunFolderReader} reads a folder back into an equal record.
 *
 * @param info    names, calendar and seed of the run
 * @param results one result per replicate, ordered by replicate index (at least one)
 * @param targets targets with the model's statistics (empty when the scenario names none)
 */
public record RunRecord(RunInfo info, List<RunResult> results, List<TargetResult> targets) {

    /**
     * @throws IllegalArgumentException when there is no result
     */
    public RunRecord {
        Objects.requireNonNull(info, "info");
        if (results.isEmpty()) {
            throw new IllegalArgumentException("a run has at least one replicate");
        }
        List<RunResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparingInt(RunResult::rep));
        results = List.copyOf(sorted);
        targets = List.copyOf(targets);
    }

    /** The metrics every replicate recorded. */
    public MetricSet metrics() {
        return results.get(0).series().metrics();
    }
}
