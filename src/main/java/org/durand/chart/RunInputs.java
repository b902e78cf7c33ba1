package org.durand.chart;

import java.nio.file.Path;
import java.util.List;

import org.durand.experiment.TargetResult;
import org.durand.observe.MetricSet;
import org.durand.output.PosteriorRunCsv;
import org.durand.output.RunInfo;
import org.durand.output.RunRecord;

/**
 * One run as the charts see it: the in-memory record, its series as {@code [rep][month]} matrices,
 * the pinned events to mark, and what subtitles say about it.
 *
 * @param dir     the run folder (for links and labels)
 * @param run     the run's results, targets and names
 * @param series  monthly time series
 * @param events  dated timeline markers
 * @param context subtitle information
 */
record RunInputs(Path dir, RunRecord run, TimeSeriesTable series, List<TimelineEvent> events, ChartContext context) {

    /**
     * The chart inputs of {@code run}, which lives (or will live) in {@code dir}; a run over a
     * posterior (its {@code draws.csv} already in {@code dir}) is labelled so in every subtitle.
     */
    static RunInputs of(Path dir, RunRecord run) {
        RunInfo info = run.info();
        return new RunInputs(dir, run, TimeSeriesTable.of(run.results()),
                TimelineEvent.of(info.timeline()),
                new ChartContext(info.scenario() + (java.nio.file.Files.exists(dir.resolve(PosteriorRunCsv.DRAWS))
                        ? " over a posterior" : ""), run.results().size(), Long.toString(info.baseSeed())));
    }

    /** Names, calendar and seed of the run. */
    RunInfo info() {
        return run.info();
    }

    /** The run's metric declarations (units, labels). */
    MetricSet metrics() {
        return run.metrics();
    }

    /** Targets of one metric. */
    List<TargetResult> targets(String metric) {
        return run.targets().stream().filter(t -> metric.equals(t.target().metric())).toList();
    }
}
