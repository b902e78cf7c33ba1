package org.durand.chart;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.durand.experiment.ReplicateStatistics;
import org.durand.experiment.RunResult;
import org.durand.io.Numbers;
import org.durand.output.Period;
import org.durand.output.PosteriorRunCsv;
import org.durand.output.Display;

/** Headline differences of each run against the first (reference) run, with Welch 95% intervals. */
final class Differences {

    /** CSV and HTML header of the difference table. */
    static final List<String> HEADER = List.of("metric", "period", "run", "reference", "run_mean", "reference_mean",
            "difference", "ci95_low", "ci95_high", "run_n", "reference_n", "interval");

    /** How a headline metric turns a run's months into one value per rep. */
    private enum Measure {
        FATALITIES_TOTAL("fatalities_total", "sum"),
        TENSION_INDEX("tension_index", "monthly mean"),
        RETURNS_TOTAL("returns_total", "sum"),
        REFUGEES_REMAINING("refugees_remaining", "at end");

        final String metric;
        final String how;

        Measure(String metric, String how) {
            this.metric = metric;
            this.how = how;
        }

        /** e.g. {@code fatalities_total (sum, people)}, the unit from the run's metric declarations. */
        String label(RunInputs run) {
            return metric + " (" + how + ", " + run.metrics().unit(metric) + ")";
        }
    }

    /**
     * One row of the table.
     *
     * @param measure    metric and how its months combine
     * @param period     the months compared
     * @param run        label of the compared run
     * @param reference  label of the reference run
     * @param runMean    mean of the run's replicates
     * @param refMean    mean of the reference's replicates
     * @param difference run − reference with its Welch 95% interval
     * @param runN       replicates of the run
     * @param refN       replicates of the reference
     * @param interval   {@link #PAIRED} or {@link #WELCH}: how the interval was computed
     */
    record Row(String measure, String period, String run, String reference, double runMean, double refMean,
               Stats.Estimate difference, int runN, int refN, String interval) {

        /** Whether the 95% interval of the difference excludes zero. */
        boolean significant() {
            return !Double.isNaN(difference.low()) && (difference.low() > 0 || difference.high() < 0);
        }

        /** The row with numbers in {@code format}. */
        List<String> cells(java.util.function.DoubleFunction<String> format) {
            return List.of(measure, period, run, reference, format.apply(runMean), format.apply(refMean),
                    format.apply(difference.estimate()), format.apply(difference.low()),
                    format.apply(difference.high()), Integer.toString(runN), Integer.toString(refN), interval);
        }
    }

    /** The rows as written to {@code differences.csv}: every digit kept. */
    static List<List<String>> csv(List<Row> rows) {
        // means and differences derived from the runs' values, at the precision they mean
        return rows.stream().map(r -> r.cells(v -> Numbers.format(Numbers.derived(v)))).toList();
    }

    /** Interval of differences of paired replicates (the same seeds, and draws over a posterior, in both runs). */
    static final String PAIRED = "paired t";
    /** Interval of a difference of independent means. */
    static final String WELCH = "Welch t";

    private Differences() {
    }

    /**
     * The groups of paired replicates: replicates linked by sharing a draw in either run (its
     * parameter set over a posterior) form one group, whose differences are correlated and count as
     * one unit; a replicate at fixed parameters is a draw of its own. Over the same posterior with
     * the same seed both runs' draws coincide, and the groups are those draws.
     */
    static int[] pairGroups(int[] a, int[] b) {
        int n = a.length;
        int[] parent = new int[n];
        java.util.Arrays.setAll(parent, i -> i);
        for (int[] draws : new int[][] {a, b}) {
            java.util.Map<Integer, Integer> first = new java.util.HashMap<>();
            for (int i = 0; i < n; i++) {
                Integer j = first.putIfAbsent(draws[i], i);
                if (j != null) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        int[] g = new int[n];
        for (int i = 0; i < n; i++) {
            g[i] = root(parent, i);
        }
        return g;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }

    /**
     * Whether replicate r of both runs ran with the same seed for every r (the same base seed and
     * replicate count), so their differences pair: common random numbers, and over the same
     * posterior the same parameter sets.
     */
    static boolean paired(RunInputs a, RunInputs b) {
        List<Long> x = a.run().results().stream().map(RunResult::seed).toList();
        List<Long> y = b.run().results().stream().map(RunResult::seed).toList();
        return x.equals(y);
    }

    /**
     * Rows of the difference table for every run after the first. Only months every run covers
     * wholly ({@link #commonMonths}) are used: period {@code first..last} is that whole common span, then each calendar year it covers
     * completely; refugees are compared at the last common month.
     */
    static List<Row> rows(List<RunInputs> runs, List<String> labels) {
        List<Row> rows = new ArrayList<>();
        List<YearMonth> common = commonMonths(runs);
        if (runs.size() < 2 || common.isEmpty()) {
            return rows;
        }
        Map<String, List<YearMonth>> periods = periods(common);
        String end = common.get(common.size() - 1).toString();
        for (Measure m : Measure.values()) {
            Map<String, List<YearMonth>> use = m == Measure.REFUGEES_REMAINING
                    ? Map.of(end, List.of(common.get(common.size() - 1))) : periods;
            for (Map.Entry<String, List<YearMonth>> period : use.entrySet()) {
                double[] a = perRep(runs.get(0).series(), m, period.getValue());
                for (int i = 1; i < runs.size(); i++) {
                    double[] b = perRep(runs.get(i).series(), m, period.getValue());
                    boolean paired = paired(runs.get(0), runs.get(i));
                    int[] da = RunResult.draws(runs.get(0).run().results());
                    int[] db = RunResult.draws(runs.get(i).run().results());
                    Stats.Estimate d = paired ? Stats.paired(a, b, pairGroups(da, db))
                            : Stats.welch(ReplicateStatistics.groupMeans(a, da),
                                    ReplicateStatistics.groupMeans(b, db));
                    rows.add(new Row(m.label(runs.get(0)), period.getKey(), labels.get(i), labels.get(0),
                            Stats.mean(b).estimate(), Stats.mean(a).estimate(), d, Stats.finite(b).length,
                            Stats.finite(a).length, paired ? PAIRED : WELCH));
                }
            }
        }
        return rows;
    }

    /**
     * Months every run simulates wholly, ascending. A month one run covers in part (a run ending on
     * 15 December, or starting on 20 November) is left out, so that no difference arises only from
     * days one run did not simulate.
     */
    static List<YearMonth> commonMonths(List<RunInputs> runs) {
        TreeSet<YearMonth> common = new TreeSet<>(runs.get(0).series().months());
        runs.forEach(r -> common.retainAll(r.series().months()));
        common.removeIf(m -> runs.stream().anyMatch(r -> !Period.month(m, r.info().start(), r.info().end()).whole()));
        return List.copyOf(common);
    }

    /**
     * What a reader of the differences must know: runs made from different base seeds or with
     * different replicate counts (their intervals differ in width and their noise is not common),
     * and months left out because a run covers them only in part. Empty when there is nothing to say.
     */
    static List<String> cautions(List<RunInputs> runs, List<String> labels) {
        List<String> out = new ArrayList<>();
        RunInputs ref = runs.get(0);
        for (int i = 1; i < runs.size(); i++) {
            RunInputs r = runs.get(i);
            if (r.info().baseSeed() != ref.info().baseSeed()) {
                out.add(labels.get(i) + " was run from base seed " + r.info().baseSeed() + ", the reference "
                        + labels.get(0) + " from " + ref.info().baseSeed() + ": the runs share no common random "
                        + "numbers");
            }
            boolean drawsHere = java.nio.file.Files.exists(r.dir().resolve(PosteriorRunCsv.DRAWS));
            boolean drawsRef = java.nio.file.Files.exists(ref.dir().resolve(PosteriorRunCsv.DRAWS));
            if (drawsHere && drawsRef && !sameDraws(r.dir(), ref.dir())) {
                out.add(labels.get(i) + " and " + labels.get(0) + " drew different parameter sets (other posteriors, "
                        + "seeds or --per-draw): their difference mixes the scenarios' contrast with the difference "
                        + "between the draws");
            }
            if (drawsHere != drawsRef) {
                out.add((drawsHere ? labels.get(i) : labels.get(0)) + " was run over a posterior (draws.csv) and "
                        + (drawsHere ? labels.get(0) : labels.get(i)) + " at fixed parameters: their difference "
                        + "mixes the scenarios' contrast with parameter uncertainty");
            }
            if (r.series().reps() != ref.series().reps()) {
                out.add(labels.get(i) + " has " + Display.count(r.series().reps(), "replicate") + ", the reference "
                        + labels.get(0) + " " + ref.series().reps() + ": intervals and bands differ in width for that reason alone");
            }
        }
        TreeSet<YearMonth> all = new TreeSet<>(ref.series().months());
        runs.forEach(r -> all.retainAll(r.series().months()));
        all.removeAll(commonMonths(runs));
        if (!all.isEmpty()) {
            out.add("months left out of the differences because a run covers them only in part: "
                    + String.join(", ", all.stream().map(YearMonth::toString).toList()));
        }
        return out;
    }

    /**
     * Whether two runs over a posterior gave every replicate the same parameters: their
     * {@code draws.csv} agree in the parameter columns and in each row's values (rep, draw and
     * values, the seed aside). An unreadable file counts as different.
     */
    static boolean sameDraws(java.nio.file.Path a, java.nio.file.Path b) {
        try {
            List<String> x = java.nio.file.Files.readAllLines(a.resolve(PosteriorRunCsv.DRAWS));
            List<String> y = java.nio.file.Files.readAllLines(b.resolve(PosteriorRunCsv.DRAWS));
            return x.stream().map(Differences::withoutSeedAndParticle).toList()
                    .equals(y.stream().map(Differences::withoutSeedAndParticle).toList());
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** A draws.csv line without its seed and particle columns (the 2nd and 4th), which name but do not set values. */
    private static String withoutSeedAndParticle(String line) {
        String[] f = line.split(",", -1);
        if (f.length < 4) {
            return line;
        }
        List<String> kept = new ArrayList<>(List.of(f));
        kept.remove(3);
        kept.remove(1);
        return String.join(",", kept);
    }

    /** The whole common span, then each year with all twelve months in it. */
    private static Map<String, List<YearMonth>> periods(List<YearMonth> common) {
        Map<String, List<YearMonth>> periods = new LinkedHashMap<>();
        periods.put(common.get(0) + ".." + common.get(common.size() - 1), common);
        Map<Integer, List<YearMonth>> byYear = new TreeMap<>();
        common.forEach(m -> byYear.computeIfAbsent(m.getYear(), y -> new ArrayList<>()).add(m));
        byYear.forEach((year, months) -> {
            if (months.size() == 12) {
                periods.put(Integer.toString(year), months);
            }
        });
        return periods;
    }

    /** One value per rep of a measure over the given months. */
    private static double[] perRep(TimeSeriesTable ts, Measure m, List<YearMonth> months) {
        int[] idx = months.stream().mapToInt(ts.months()::indexOf).toArray();
        return TimeSeriesTable.perRep(ts.metric(m.metric), idx, m == Measure.TENSION_INDEX);
    }
}
