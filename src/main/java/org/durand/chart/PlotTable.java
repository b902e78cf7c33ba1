package org.durand.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.durand.io.Csv;
import org.durand.io.Numbers;

/**
 * The data drawn in one chart, in long form: {@code series,x,y,low,high,unit,note}. Written next to
 * the chart images so readers can re-plot or check exactly what they see.
 *
 * <p>What a chart plots is mostly a statistic (a mean, a percentile, an index and its interval, a
 * histogram bin) or a value derived from one (a ratio to the observed value, a value in thousands):
 * {@link #add} writes those as {@link Numbers#statistic} does, to 12 significant digits, so that a
 * mean reads 780.6 here as in {@code summary.csv}, {@code backtest.csv} or {@code sensitivity.csv}, not
 * 780.5999999999999. Values a run or a fit produced and that a chart plots as they are, one point
 * each (a replicate's yearly total, a posterior particle's parameter values), go through
 * {@link #addExact} and are written exactly, as {@code timeseries.csv} and {@code posterior.csv}
 * write them.
 */
final class PlotTable {

    /** CSV header of every chart data file. */
    static final List<String> HEADER = List.of("series", "x", "y", "low", "high", "unit", "note");

    private final List<List<String>> rows = new ArrayList<>();

    /**
     * Adds one plotted statistic or value derived from statistics, written to 12 significant
     * digits ({@link Numbers#statistic}). {@code NaN} values are written as empty cells.
     */
    void add(String series, String x, double y, double low, double high, String unit, String note) {
        row(series, x, Numbers.statistic(y), Numbers.statistic(low), Numbers.statistic(high), unit, note);
    }

    /**
     * Adds one plotted value that a run or a fit produced, written exactly ({@link Numbers#format})
     * so that it reads back as the very value of {@code timeseries.csv} or {@code posterior.csv}.
     * {@code NaN} values are written as empty cells.
     */
    void addExact(String series, String x, double y, double low, double high, String unit, String note) {
        row(series, x, Numbers.format(y), Numbers.format(low), Numbers.format(high), unit, note);
    }

    private void row(String series, String x, String y, String low, String high, String unit, String note) {
        rows.add(List.of(series, x, y, low, high, unit, note == null ? "" : note));
    }

    /** Adds a monthly mean with its 5–95% band (already in display units). */
    void addBand(String series, List<YearMonth> months, Band band, String unit) {
        for (int t = 0; t < months.size(); t++) {
            add(series, months.get(t).toString(), band.mean()[t], band.low()[t], band.high()[t], unit,
                    "mean; band p05-p95 across reps (Commons Math LEGACY percentiles: min-max below 20 reps)");
        }
    }

    /** Number of data rows. */
    int size() {
        return rows.size();
    }

    /** Writes the table to {@code file} atomically. */
    void write(Path file) throws IOException {
        Csv.write(file, HEADER, rows);
    }
}
