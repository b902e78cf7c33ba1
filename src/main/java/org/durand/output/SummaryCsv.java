package org.durand.output;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.commons.csv.CSVPrinter;
import org.durand.experiment.ReplicateStatistics;
import org.durand.experiment.RunResult;
import org.durand.observe.MetricSet;
import org.durand.observe.MonthlySeries;

/**
 * {@code summary.csv}: statistics across replicates of every metric, for every month, every
 * calendar year and the whole run. A year or run value of a replicate is the sum of its months
 * for flows, the last month's value for stocks and the mean of its months for the tension index.
 */
public final class SummaryCsv {

    private SummaryCsv() {
    }

    /**
     * Writes the statistics of {@code results} (at least one) under the scenario name {@code scenario}.
     *
     * @throws IOException when the file cannot be written
     */
    public static void write(Path file, String scenario, List<RunResult> results) throws IOException {
        MonthlySeries first = results.get(0).series();
        MetricSet metrics = first.metrics();
        List<YearMonth> months = first.months();
        TreeSet<Integer> years = new TreeSet<>();
        months.forEach(m -> years.add(m.getYear()));
        AtomicFiles.write(file, out -> {
            CSVPrinter csv = Csv.printer(out, RunFiles.header(RunFiles.SUMMARY_COLUMNS));
            for (String metric : metrics.names()) {
                for (YearMonth m : months) {
                    row(csv, scenario, metric, "month", m.toString(), statistics(results, metric, m, m));
                }
                for (int y : years) {
                    row(csv, scenario, metric, "year", Integer.toString(y),
                            statistics(results, metric, YearMonth.of(y, 1), YearMonth.of(y, 12)));
                }
                row(csv, scenario, metric, "run", "all",
                        statistics(results, metric, months.get(0), months.get(months.size() - 1)));
            }
            csv.flush();
        });
    }

    /**
     * Statistics across replicates of {@code metric} over the months {@code from..to} (inclusive),
     * each replicate's months combined by the metric's aggregation: the numbers of a summary row.
     *
     * @throws IllegalArgumentException when there is no such metric
     */
    public static ReplicateStatistics statistics(List<RunResult> results, String metric, YearMonth from,
                                                 YearMonth to) {
        double[] v = new double[results.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = results.get(i).series().over(metric, from, to);
        }
        return ReplicateStatistics.of(v);
    }

    private static void row(CSVPrinter csv, String scenario, String metric, String type, String period,
                            ReplicateStatistics s) throws IOException {
        List<Object> r = new ArrayList<>(List.of(scenario, metric, type, period));
        for (double d : new double[] {s.mean(), s.sd(), s.median(), s.p05(), s.p95(), s.ci95Low(), s.ci95High()}) {
            r.add(Numbers.format(d));
        }
        r.add(s.n());
        csv.printRecord(r);
    }
}
