package org.durand.experiment.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The numbers of a complete {@code runs.csv}, held by point: each point's varied values and each
 * outcome's value per replicate (NaN for a failed run). About 8 bytes per run and outcome.
 */
public final class SweepResults {

    private final List<String> paths;
    private final List<String> outcomes;
    private final double[][] values;
    private final double[][][] outcomeValues;
    private int runs;
    private int failed;

    private SweepResults(List<String> paths, List<String> outcomes, int points, int reps) {
        this.paths = List.copyOf(paths);
        this.outcomes = List.copyOf(outcomes);
        this.values = new double[points][];
        this.outcomeValues = new double[outcomes.size()][points][reps];
        for (double[][] o : outcomeValues) {
            for (double[] p : o) {
                Arrays.fill(p, Double.NaN);
            }
        }
    }

    /**
     * Reads {@code runsCsv} of {@code plan} with the given outcome columns.
     *
     * @throws IllegalStateException when the file's columns are not the plan's
     */
    public static SweepResults read(Path runsCsv, SweepPlan plan, List<String> outcomes) throws IOException {
        SweepResults r = new SweepResults(plan.paths(), outcomes, plan.points(), plan.reps());
        int k = plan.varied().size();
        int first = RunsCsv.FIXED.size();
        RunsCsv.read(runsCsv, RunsCsv.header(plan.paths(), outcomes), row -> {
            int point = Integer.parseInt(row.get(1));   // whole numbers, checked by RunsCsv.read
            int rep = Integer.parseInt(row.get(2));
            if (point >= plan.points() || rep >= plan.reps()) {
                throw new RunsCsv.Damaged(runsCsv + " line " + row.getRecordNumber() + ": point " + point
                        + ", replicate " + rep + " is not in this sweep (" + plan.points() + " point"
                        + (plan.points() == 1 ? "" : "s") + " × " + plan.reps() + " replicate"
                        + (plan.reps() == 1 ? "" : "s") + ")");
            }
            r.runs++;
            if (r.values[point] == null) {
                double[] v = new double[k];
                for (int d = 0; d < k; d++) {
                    v[d] = plan.varied().get(d).parseValue(row.get(first + d));
                }
                r.values[point] = v;
            }
            if (!RunsCsv.OK.equals(row.get(4))) {
                r.failed++;
                return;
            }
            for (int o = 0; o < outcomes.size(); o++) {
                String cell = row.get(first + k + o);
                r.outcomeValues[o][point][rep] = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
            }
        });
        return r;
    }

    /** The varied paths. */
    public List<String> paths() {
        return paths;
    }

    /** The outcome names. */
    public List<String> outcomes() {
        return outcomes;
    }

    /** Number of points. */
    public int points() {
        return values.length;
    }

    /** Rows read. */
    public int runs() {
        return runs;
    }

    /** Failed runs. */
    public int failed() {
        return failed;
    }

    /** The varied values at {@code point} (dates as epoch days, yes/no as 0/1); NaN when no row of it was read. */
    public double[] values(int point) {
        if (values[point] == null) {
            double[] nan = new double[paths.size()];
            Arrays.fill(nan, Double.NaN);
            return nan;
        }
        return values[point].clone();
    }

    /** The replicates' values of outcome {@code o} at {@code point} (NaN for failed runs); a copy. */
    public double[] replicates(int o, int point) {
        return outcomeValues[o][point].clone();
    }

    /** The mean of outcome {@code o} at each point over its successful replicates (NaN when none). */
    public double[] means(int o) {
        double[] m = new double[values.length];
        for (int p = 0; p < m.length; p++) {
            m[p] = Arrays.stream(outcomeValues[o][p]).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
        }
        return m;
    }

    /** Every point's replicate values of outcome {@code o}. */
    public List<double[]> perPoint(int o) {
        return Arrays.asList(outcomeValues[o]);
    }
}
