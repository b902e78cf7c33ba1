package org.durand.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import org.durand.calibrate.BacktestRow;
import org.durand.output.Display;

/** The backtest's Markdown table and its score lines. */
final class BacktestTable {

    private BacktestTable() {
    }

    /** A Markdown table of the scored targets with a closing line of scores. */
    static String markdown(List<BacktestRow> rows, LocalDate until) {
        StringBuilder b = new StringBuilder();
        b.append("Fitted to the targets ending by ").append(until).append("; scored on the ").append(rows.size())
                .append(" later ones (model: mean and 90% predictive interval over posterior draws):\n\n");
        b.append("| target | window | observed | model mean [90% interval] | model error | inside | last rate | "
                + "error | mean rate | error |\n|---|---|---:|---:|---:|:---:|---:|---:|---:|---:|\n");
        for (BacktestRow r : rows) {
            var p = r.predictive();
            var t = p.target();
            b.append("| ").append(t.id()).append(" | ").append(t.from()).append(" – ").append(t.to()).append(" | ")
                    .append(Display.number(t.observed())).append(" | ").append(Display.interval(p.model().mean(),
                    p.model().p05(), p.model().p95())).append(" | ").append(percent(p.relativeError()))
                    .append(" | ").append(p.within90() ? "yes" : "**no**").append(" | ")
                    .append(Display.number(r.naiveLast())).append(" | ").append(percent(r.relativeError(r.naiveLast())))
                    .append(" | ").append(Display.number(r.naiveMean())).append(" | ")
                    .append(percent(r.relativeError(r.naiveMean()))).append(" |\n");
        }
        b.append('\n').append(scores(rows).replace("\n", "\n\n").trim()).append('\n');
        return b.toString();
    }

    /**
     * Coverage of the 90% intervals and the mean absolute relative error of each forecast, the
     * model's also over just the targets the naive forecasts can make, so the three compare like
     * with like.
     */
    static String scores(List<BacktestRow> rows) {
        long inside = rows.stream().filter(r -> r.predictive().within90()).count();
        List<BacktestRow> both = rows.stream().filter(r -> Double.isFinite(r.relativeError(r.naiveLast()))).toList();
        return String.format(Locale.ROOT, "%d of %d observed values inside the model's 90%% predictive interval%n"
                        + "mean absolute relative error: model %s; on the targets the naive forecasts make, model %s, "
                        + "last rate carried forward %s, fitting-window mean rate %s%n", inside, rows.size(),
                mae(rows, r -> r.predictive().relativeError()), mae(both, r -> r.predictive().relativeError()),
                mae(both, r -> r.relativeError(r.naiveLast())), mae(both, r -> r.relativeError(r.naiveMean())));
    }

    /** Mean of |error| over the rows where it is known, as a percentage, with how many rows that is. */
    private static String mae(List<BacktestRow> rows, ToDoubleFunction<BacktestRow> error) {
        double[] e = rows.stream().mapToDouble(error).filter(Double::isFinite).map(Math::abs).toArray();
        if (e.length == 0) {
            return "– (no target)";
        }
        double mean = java.util.Arrays.stream(e).average().orElseThrow();
        return String.format(Locale.ROOT, "%.1f%% (%s)", 100 * mean, Display.count(e.length, "target"));
    }

    private static String percent(double e) {
        return Display.signedPercent(e);
    }
}
