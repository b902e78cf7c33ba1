package org.durand.output;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;
import org.durand.experiment.ParameterDraws;
import org.durand.experiment.RunResult;
import org.durand.experiment.VarianceSplit;
import org.durand.io.AtomicFiles;
import org.durand.io.Csv;
import org.durand.io.Numbers;

/**
 * The files of a run over a posterior ({@code durand run --posterior}): {@code draws.csv}, which
 * parameter set each replicate ran, and {@code variance.csv}, each outcome's variance across
 * replicates split into its parameter and replicate parts ({@link VarianceSplit}).
 */
public final class PosteriorRunCsv {

    /** The file naming each replicate's parameter set. */
    public static final String DRAWS = "draws.csv";
    /** The file of variance splits. */
    public static final String VARIANCE = "variance.csv";

    /** The columns of {@link #DRAWS} before the parameters'. */
    public static final List<String> DRAWS_COLUMNS = List.of("rep", "seed", "draw", "particle");

    private PosteriorRunCsv() {
    }

    /** {@code draws.csv}: {@code rep, seed, draw, particle}, then each parameter's value. */
    public static void writeDraws(Path file, ParameterDraws draws, List<RunResult> results) throws IOException {
        List<String> header = new ArrayList<>(DRAWS_COLUMNS);
        header.addAll(draws.posterior().paths());
        AtomicFiles.write(file, out -> {
            CSVPrinter csv = Csv.printer(out, header.toArray(new String[0]));
            for (RunResult r : results) {
                int particle = draws.particle(r.rep());
                List<Object> row = new ArrayList<>(List.of(r.rep(), r.seed(), draws.draw(r.rep()), particle));
                for (double v : draws.posterior().particle(particle)) {
                    row.add(Numbers.format(v));
                }
                csv.printRecord(row);
            }
            csv.flush();
        });
    }

    /**
     * {@code variance.csv}: for every metric and each calendar year and the whole run,
     * {@code metric, period, whole, mean, variance_total, variance_parameter, variance_replicate,
     * parameter_share, share_ci95_low, share_ci95_high, draws, per_draw}; values combine months as
     * {@code summary.csv} does. {@code variance_total} is the sum of the two estimated components
     * (the variance of one replicate under the random-effects model), not the sample variance
     * whose square root is {@code summary.csv}'s sd; the two differ by the estimation noise.
     *
     * @param perDraw replicates per parameter set, ≥ 2
     */
    public static void writeVariance(Path file, List<RunResult> results, LocalDate start, LocalDate end, int perDraw)
            throws IOException {
        List<Period> periods = new ArrayList<>();
        for (int y = start.getYear(); y <= end.getYear(); y++) {
            periods.add(Period.year(y, start, end));
        }
        periods.add(Period.run(start, end));
        List<String> metrics = results.get(0).series().metrics().names();
        AtomicFiles.write(file, out -> {
            CSVPrinter csv = Csv.printer(out, "metric", "period", "whole", "mean", "variance_total",
                    "variance_parameter", "variance_replicate", "parameter_share", "share_ci95_low", "share_ci95_high",
                    "draws", "per_draw");
            for (String metric : metrics) {
                for (Period p : periods) {
                    double[] v = results.stream().mapToDouble(r -> r.series().over(metric,
                            YearMonth.from(p.first()), YearMonth.from(p.last()))).toArray();
                    VarianceSplit s = VarianceSplit.of(v, perDraw);
                    csv.printRecord(metric, p.name(), p.whole(), Numbers.statistic(s.mean()), Numbers.statistic(s.total()),
                            Numbers.statistic(s.parameter()), Numbers.statistic(s.replicate()),
                            Numbers.statistic(s.parameterShare()), Numbers.statistic(s.shareLow()),
                            Numbers.statistic(s.shareHigh()), s.draws(), s.perDraw());
                }
            }
            csv.flush();
        });
    }
}
