package org.durand.experiment.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;
import org.durand.experiment.sensitivity.Index;
import org.durand.experiment.sensitivity.MorrisScreening;
import org.durand.experiment.sensitivity.Prcc;
import org.durand.experiment.sensitivity.ReplicateNoise;
import org.durand.experiment.sensitivity.SobolIndices;
import org.durand.io.AtomicFiles;
import org.durand.io.Csv;
import org.durand.io.Numbers;

/**
 * The sensitivity analysis of a finished sweep, on each outcome's mean over replicates at each
 * point: Sobol first and total indices for a Sobol design, Morris μ*, μ and σ for a Morris design,
 * partial rank correlations otherwise; and, for every design, the share of each outcome's variance
 * that lies within points (replicate noise).
 */
public final class SweepAnalysis {

    private SweepAnalysis() {
    }

    /** Every index of every outcome. Base rows or points with a failed run at every replicate are left out. */
    public static List<Index> analyse(SweepPlan plan, SweepResults results) {
        List<Index> out = new ArrayList<>();
        List<String> params = plan.paths();
        int k = params.size();
        for (int o = 0; o < results.outcomes().size(); o++) {
            String name = results.outcomes().get(o);
            double[] f = results.means(o);
            switch (plan.design()) {
                case SOBOL -> out.addAll(sobol(name, params, f, plan.seed()));
                case MORRIS -> {
                    double[][] unit = new double[f.length][k];
                    for (int p = 0; p < f.length; p++) {
                        double[] v = results.values(p);
                        for (int d = 0; d < k; d++) {
                            unit[p][d] = plan.varied().get(d).unit(v[d]);
                        }
                    }
                    out.addAll(MorrisScreening.analyse(name, params, unit, f, plan.seed()));
                }
                default -> out.addAll(Prcc.analyse(name, params, values(results), f));
            }
            out.add(ReplicateNoise.analyse(name, results.perPoint(o)));
        }
        return out;
    }

    /**
     * Why each parameter's PRCC of outcome {@code o} is undefined (NaN), in parameter order; an
     * empty string where it is defined. See {@link Prcc#undefined}.
     */
    public static List<String> undefinedPrcc(SweepPlan plan, SweepResults results, int o) {
        return Prcc.undefined(plan.varied().size(), values(results), results.means(o));
    }

    private static double[][] values(SweepResults results) {
        double[][] x = new double[results.points()][];
        for (int p = 0; p < x.length; p++) {
            x[p] = results.values(p);
        }
        return x;
    }

    private static List<Index> sobol(String name, List<String> params, double[] f, long seed) {
        int k = params.size();
        int per = SobolIndices.pointsPerRow(k);
        List<Integer> rows = new ArrayList<>();
        for (int j = 0; j < f.length / per; j++) {
            boolean whole = true;
            for (int s = 0; s < per; s++) {
                whole &= !Double.isNaN(f[j * per + s]);
            }
            if (whole) {
                rows.add(j);
            }
        }
        double[] fA = rows.stream().mapToDouble(j -> f[j * per]).toArray();
        double[] fB = rows.stream().mapToDouble(j -> f[j * per + 1]).toArray();
        double[][] fAB = new double[k][];
        for (int i = 0; i < k; i++) {
            int slot = 2 + i;
            fAB[i] = rows.stream().mapToDouble(j -> f[j * per + slot]).toArray();
        }
        return SobolIndices.analyse(name, params, fA, fB, fAB, seed);
    }

    /** Writes {@code sensitivity.csv}: outcome, parameter, method, measure, value, 95% interval, n. */
    public static void write(Path file, List<Index> indices) throws IOException {
        AtomicFiles.write(file, w -> {
            CSVPrinter csv = Csv.printer(w, "outcome", "parameter", "method", "measure", "value", "ci95_low",
                    "ci95_high", "n");
            for (Index i : indices) {
                csv.printRecord(i.outcome(), i.parameter(), i.method(), i.measure(), Numbers.statistic(i.value()),
                        Numbers.statistic(i.low()), Numbers.statistic(i.high()), i.n());
            }
            csv.flush();
        });
    }
}
