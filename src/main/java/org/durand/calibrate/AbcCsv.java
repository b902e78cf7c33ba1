package org.durand.calibrate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;
import org.durand.experiment.Posterior;
import org.durand.experiment.ReplicateStatistics;
import org.durand.io.AtomicFiles;
import org.durand.io.Csv;
import org.durand.io.Numbers;
import org.durand.scenario.Target;

/**
 * The tables of an approximate Bayesian calibration and of a backtest besides {@code posterior.csv}
 * ({@link org.durand.output.PosteriorCsv}): the generations, a summary of each parameter's
 * posterior, the posterior predictive check and the backtest scores.
 */
public final class AbcCsv {

    /** Columns of {@code generations.csv}. */
    public static final List<String> GENERATIONS_COLUMNS = List.of("generation", "tolerance", "simulations",
            "accepted", "ess", "complete");
    /** Columns of {@code posterior-summary.csv}. */
    public static final List<String> SUMMARY_COLUMNS = List.of("parameter", "prior_low", "prior_high", "mean",
            "median", "q05", "q95", "particles", "ess");
    /** Columns of {@code predictive.csv}. */
    public static final List<String> PREDICTIVE_COLUMNS = List.of("target", "metric", "from", "to", "observed",
            "fitted", "mean", "median", "p05", "p95", "within_90", "observed_quantile", "relative_error", "draws",
            "source");
    /** Columns of {@code backtest.csv}. */
    public static final List<String> BACKTEST_COLUMNS = List.of("target", "metric", "from", "to", "observed",
            "model_mean", "p05", "p95", "relative_error", "within_90", "naive_last", "naive_last_error", "naive_mean",
            "naive_mean_error", "draws", "source");

    private AbcCsv() {
    }

    /** {@code generations.csv}: {@code generation, tolerance, simulations, accepted, ess, complete}. */
    public static void writeGenerations(Path file, List<AbcSmc.Generation> generations) throws IOException {
        AtomicFiles.write(file, out -> {
            CSVPrinter csv = Csv.printer(out, GENERATIONS_COLUMNS.toArray(new String[0]));
            for (AbcSmc.Generation g : generations) {
                csv.printRecord(g.index(), Double.isInfinite(g.tolerance()) ? "inf" : Numbers.statistic(g.tolerance()),
                        g.simulations(), g.accepted(), Numbers.statistic(g.ess()), g.complete());
            }
            csv.flush();
        });
    }

    /**
     * {@code posterior-summary.csv}: per parameter its prior bounds, the posterior's weighted mean,
     * median and 5th/95th percentiles (the 90% credible interval), and the effective sample size.
     *
     * @param low  prior lower bound per parameter, in the order of the posterior's paths
     * @param high prior upper bound per parameter
     */
    public static void writeSummary(Path file, Posterior p, double[] low, double[] high) throws IOException {
        AtomicFiles.write(file, out -> {
            CSVPrinter csv = Csv.printer(out, SUMMARY_COLUMNS.toArray(new String[0]));
            for (int j = 0; j < p.paths().size(); j++) {
                csv.printRecord(p.paths().get(j), Numbers.format(low[j]), Numbers.format(high[j]),
                        Numbers.statistic(p.mean(j)), Numbers.statistic(p.quantile(j, 0.5)),
                        Numbers.statistic(p.quantile(j, 0.05)), Numbers.statistic(p.quantile(j, 0.95)), p.size(),
                        Numbers.statistic(p.effectiveSampleSize()));
            }
            csv.flush();
        });
    }

    /**
     * {@code predictive.csv}: per target the observed value, whether it was fitted, the predictive
     * mean, median, 90% interval (p05–p95 over the draws), whether the observed value lies in it,
     * the observed value's quantile among the draws, the relative error of the mean, the draws and the source.
     */
    public static void writePredictive(Path file, List<Predictive> rows) throws IOException {
        AtomicFiles.write(file, out -> {
            CSVPrinter csv = Csv.printer(out, PREDICTIVE_COLUMNS.toArray(new String[0]));
            for (Predictive r : rows) {
                Target t = r.target();
                ReplicateStatistics m = r.model();
                csv.printRecord(t.id(), t.metric(), day(t.from()), day(t.to()), Numbers.format(t.observed()),
                        r.fitted(), Numbers.statistic(m.mean()), Numbers.statistic(m.median()), Numbers.statistic(m.p05()),
                        Numbers.statistic(m.p95()), r.within90(), Numbers.statistic(r.observedQuantile()),
                        Numbers.statistic(r.relativeError()), m.n(), t.source());
            }
            csv.flush();
        });
    }

    /**
     * {@code backtest.csv}: per held-out target the observed value, the model's mean, 90%
     * predictive interval, relative error and whether the observed value lies in the interval, then
     * each naive forecast with its relative error.
     */
    public static void writeBacktest(Path file, List<BacktestRow> rows) throws IOException {
        AtomicFiles.write(file, out -> {
            CSVPrinter csv = Csv.printer(out, BACKTEST_COLUMNS.toArray(new String[0]));
            for (BacktestRow b : rows) {
                Predictive r = b.predictive();
                Target t = r.target();
                csv.printRecord(t.id(), t.metric(), day(t.from()), day(t.to()), Numbers.format(t.observed()),
                        Numbers.statistic(r.model().mean()), Numbers.statistic(r.model().p05()),
                        Numbers.statistic(r.model().p95()), Numbers.statistic(r.relativeError()), r.within90(),
                        Numbers.statistic(b.naiveLast()), Numbers.statistic(b.relativeError(b.naiveLast())),
                        Numbers.statistic(b.naiveMean()), Numbers.statistic(b.relativeError(b.naiveMean())),
                        r.model().n(), t.source());
            }
            csv.flush();
        });
    }

    private static String day(java.time.LocalDate d) {
        return d.format(DateTimeFormatter.ISO_LOCAL_DATE);
    }
}
