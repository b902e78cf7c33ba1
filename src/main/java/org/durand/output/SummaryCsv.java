package org.durand.output;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;
import org.durand.experiment.ReplicateStatistics;
import org.durand.experiment.RunResult;
import org.durand.io.AtomicFiles;
import org.durand.io.Csv;
import org.durand.io.Numbers;
import org.durand.observe.Metric;
import org.durand.observe.MetricSet;

/**
 * {@code summary.csv}: statistics across replicates of every metric, for every month, every
 * calendar year and the whole run. A year or run value of a replicate is the sum of its months
 * for flows, the last month's value for stocks and the mean of its months for the tension index.
 *
 * <p>Every row says how many days of its period the run covers ({@code days_covered} of
 * {@code days_in_period}, {@code whole} true or false): a run ending 15 December has a "year" row
 * whose stocks are those of 15 December and whose flows miss 16 days. Confidence intervals are
 * clipped to the metric's bounds ({@link ReplicateStatistics}); the {@code band} column says what
 * p05 and p95 are at the row's number of replicates.
 */
public final class SummaryCsv {

    /** {@code band} value from {@value ReplicateStatistics#BAND_REPLICATES} replicates. */
    public static final String PERCENTILE_BAND = "p05-p95 (Commons Math Percentile, LEGACY)";
    /** {@code band} value below {@value ReplicateStatistics#BAND_REPLICATES} replicates. */
    public static final String RANGE_BAND = "min-max (fewer than 20 replicates)";

    private SummaryCsv() {
    }

    /**
     * Writes the statistics of {@code results} (at least one) of a run from {@code start} to
     * {@code end} (inclusive) under the scenario name {@code scenario}.
     *
     * @throws IOException when the file cannot be written
     */
    public static void write(Path file, String scenario, LocalDate start, LocalDate end, List<RunResult> results)
            throws IOException {
        MetricSet metrics = results.get(0).series().metrics();
        List<Period> periods = periods(start, end);
        AtomicFiles.write(file, out -> {
            CSVPrinter csv = Csv.printer(out, RunFiles.header(RunFiles.SUMMARY_COLUMNS));
            for (String metric : metrics.names()) {
                for (Period p : periods) {
                    row(csv, scenario, metric, p, statistics(results, metric, p));
                }
            }
            csv.flush();
        });
    }

    /** The rows' periods of a run {@code start..end}: each month, each calendar year, the whole run. */
    public static List<Period> periods(LocalDate start, LocalDate end) {
        List<Period> out = new ArrayList<>();
        for (YearMonth m = YearMonth.from(start); !m.isAfter(YearMonth.from(end)); m = m.plusMonths(1)) {
            out.add(Period.month(m, start, end));
        }
        for (int y = start.getYear(); y <= end.getYear(); y++) {
            out.add(Period.year(y, start, end));
        }
        out.add(Period.run(start, end));
        return out;
    }

    /**
     * Statistics across replicates of {@code metric} over the months of {@code period}, each
     * replicate's months combined by the metric's aggregation: the numbers of a summary row.
     *
     * @throws IllegalArgumentException when there is no such metric
     */
    public static ReplicateStatistics statistics(List<RunResult> results, String metric, Period period) {
        return statistics(results, metric, YearMonth.from(period.first()), YearMonth.from(period.last()));
    }

    /**
     * Statistics across replicates of {@code metric} over the months {@code from..to} (inclusive),
     * each replicate's months combined by the metric's aggregation, the interval clipped to the
     * metric's bounds.
     *
     * @throws IllegalArgumentException when there is no such metric
     */
    public static ReplicateStatistics statistics(List<RunResult> results, String metric, YearMonth from,
                                                 YearMonth to) {
        Metric m = results.get(0).series().metrics().metric(metric);
        if (m == null) {
            throw new IllegalArgumentException("no metric " + metric);
        }
        double[] v = new double[results.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = results.get(i).series().over(metric, from, to);
        }
        return ReplicateStatistics.of(v, m.lowerBound(), m.upperBound(), RunResult.draws(results));
    }

    private static void row(CSVPrinter csv, String scenario, String metric, Period p, ReplicateStatistics s)
            throws IOException {
        List<Object> r = new ArrayList<>(List.of(scenario, metric, p.type(), p.name(), p.daysCovered(),
                p.daysInPeriod(), p.whole()));
        for (double d : new double[] {s.mean(), s.sd(), s.median(), s.p05(), s.p95(), s.ci95Low(), s.ci95High()}) {
            r.add(Numbers.statistic(d));
        }
        r.add(s.n());
        r.add(ReplicateStatistics.bandIsRange(s.n()) ? RANGE_BAND : PERCENTILE_BAND);
        csv.printRecord(r);
    }
}
