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
 */
final class PlotTable {

    /** CSV header of every chart data file. */
    static final List<String> HEADER = List.of("series", "x", "y", "low", "high", "unit", "note");

    private final List<List<String>> rows = new ArrayList<>();

    /** Adds one plotted point. {@code NaN} values are written as empty cells. */
    void add(String series, String x, double y, double low, double high, String unit, String note) {
        rows.add(List.of(series, x, Numbers.format(y), Numbers.format(low), Numbers.format(high), unit, note == null ? "" : note));
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
