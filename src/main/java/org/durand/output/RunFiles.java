package org.durand.output;

import java.util.List;

/**
 * The files of a run folder and their columns, declared once: the writers print these headers and
 * {@link RunFolderReader} reads by them. Units and aggregations of the metrics are declared in
 * {@code manifest.json} ({@code metrics}), the scenario's names under {@code names}.
 */
public final class RunFiles {

    /** Monthly values, one row per replicate, month and metric. */
    public static final String TIMESERIES = "timeseries.csv";
    /** Columns of {@link #TIMESERIES}; {@code month} is {@code YYYY-MM}. */
    public static final List<String> TIMESERIES_COLUMNS = List.of("scenario", "rep", "seed", "month", "metric",
            "value");

    /** Statistics across replicates per metric and period. */
    public static final String SUMMARY = "summary.csv";
    /**
     * Columns of {@link #SUMMARY}; {@code period_type} is {@code month}, {@code year} or {@code run};
     * {@code days_covered} of {@code days_in_period} are simulated, {@code whole} is {@code true} when
     * all are; {@code band} says what p05 and p95 are ({@link SummaryCsv#PERCENTILE_BAND},
     * {@link SummaryCsv#RANGE_BAND}).
     */
    public static final List<String> SUMMARY_COLUMNS = List.of("scenario", "metric", "period_type", "period",
            "days_covered", "days_in_period", "whole", "mean", "sd", "median", "p05", "p95", "ci95_low", "ci95_high",
            "n", "band");

    /** The event log of every replicate. */
    public static final String EVENTS = "events.csv";
    /** Columns of {@link #EVENTS}. */
    public static final List<String> EVENTS_COLUMNS = List.of("rep", "date", "actor", "target", "type", "cameo",
            "goldstein", "magnitude", "province");

    /** Observed targets beside the model's statistics. */
    public static final String TARGETS = "targets.csv";
    /** Columns of {@link #TARGETS}; {@code model_*}, {@code ci95_*} and {@code n} are across replicates. */
    public static final List<String> TARGETS_COLUMNS = List.of("target", "metric", "window_start", "window_end",
            "statistic", "denominator_start", "denominator_end", "at_least", "observed", "tolerance_low", "tolerance_high", "weight", "model_mean", "model_sd", "model_median",
            "model_p05", "model_p95", "ci95_low", "ci95_high", "n", "relative_error", "within_tolerance", "source");

    /** What produced the run, the scenario's names, calendar, pinned events and metrics. */
    public static final String MANIFEST = "manifest.json";

    private RunFiles() {
    }

    /** {@code columns} as an array, for {@link org.durand.io.Csv#printer}. */
    static String[] header(List<String> columns) {
        return columns.toArray(new String[0]);
    }
}
