package org.durand.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a targets file: a mapping of target ids, each with its metric, window, observed value,
 * tolerance (relative, {@code tolerance: 0.10}, or absolute bounds {@code range: [lo, hi]}),
 * optional weight and its source; optionally a statistic ({@code total}, {@code max-month}, or
 * {@code ratio} with a {@code denominator} window) and {@code atLeast} (the model's value is then
 * the share of replicates whose statistic reaches it). See {@link Target}.
 */
public final class TargetsReader {

    private TargetsReader() {
    }

    /**
     * Refuses a window that does not start on the first day of a month or end on the last: targets
     * are scored on the monthly series, so such a window would be widened to whole months without a
     * word.
     */
    private static void wholeMonths(Section window, java.time.LocalDate from, java.time.LocalDate to) {
        if (!window.hasProblem("from") && from.getDayOfMonth() != 1) {
            window.problemAtKey("from", from.toString(), "must be the first day of a month (targets are scored on "
                    + "monthly series); allowed here: " + from.withDayOfMonth(1));
        }
        if (!window.hasProblem("to") && to.getDayOfMonth() != to.lengthOfMonth()) {
            window.problemAtKey("to", to.toString(), "must be the last day of a month (targets are scored on "
                    + "monthly series); allowed here: " + to.withDayOfMonth(to.lengthOfMonth()));
        }
    }

    public static List<Target> read(Path file) throws ScenarioException {
        List<Problem> problems = new ArrayList<>();
        YamlNode.Mapping yaml = YamlLoader.load(file);
        java.util.Optional<String> kind = YamlLoader.kind(yaml);
        if (kind.isPresent() && !kind.get().equals("a targets file")) {
            throw new ScenarioException(new Problem(file.toString(), "", "", "this is " + kind.get() + ", not a targets "
                    + "file (its top-level keys are " + String.join(", ", yaml.entries().keySet()) + "); a targets "
                    + "file maps 'targets' to observed values"));
        }
        Section root = new Section(yaml, "", problems);
        List<Target> out = new ArrayList<>();
        root.entries("targets", true).forEach((id, s) -> {
            String metric = s.text("metric");
            Section window = s.section("window");
            var from = window.date("from");
            var to = window.date("to");
            if (!window.hasProblem("from") && !window.hasProblem("to") && to.isBefore(from)) {
                window.problemAtKey("to", to.toString(), "must not be before window.from (" + from + ")");
            }
            wholeMonths(window, from, to);
            window.done();
            double observed = s.number("observed", -1e15, 1e15);
            double low;
            double high;
            if (s.has("range")) {
                if (s.has("tolerance")) {
                    s.problemAtKey("tolerance", s.text("tolerance"), "give a range or a tolerance, not both: the "
                            + "range's low and high already say which values are met");
                }
                if (s.has("absolute")) {
                    s.problemAtKey("absolute", s.text("absolute"), "applies to a tolerance only (whether it is "
                            + "relative or in the metric's units); a range gives its bounds in the metric's units");
                }
                Section r = s.section("range");
                low = r.number("low", -1e15, 1e15);
                high = r.number("high", -1e15, 1e15);
                if (high < low) {
                    r.problemAtKey("high", String.valueOf(high), "must be at least range.low (" + low + ")");
                }
                r.done();
            } else {
                boolean absolute = s.bool("absolute", false);
                // a relative tolerance above 1 would allow values of the other sign
                double tol = absolute ? s.number("tolerance", 0, 1e15) : s.number("tolerance", 0, 1);
                // bounds derived from written decimals, without the noise of binary arithmetic
                low = org.durand.io.Numbers.derived(absolute ? observed - tol : observed * (1 - tol));
                high = org.durand.io.Numbers.derived(absolute ? observed + tol : observed * (1 + tol));
            }
            String statistic = s.has("statistic") ? s.choice("statistic", Target.STATISTICS) : Target.TOTAL;
            java.time.LocalDate perFrom = null;
            java.time.LocalDate perTo = null;
            if (statistic.equals(Target.RATIO)) {
                Section per = s.section("denominator");
                perFrom = per.date("from");
                perTo = per.date("to");
                if (!per.hasProblem("from") && !per.hasProblem("to") && perTo.isBefore(perFrom)) {
                    per.problemAtKey("to", perTo.toString(), "must not be before denominator.from (" + perFrom + ")");
                }
                wholeMonths(per, perFrom, perTo);
                per.done();
            }
            double atLeast = s.number("atLeast", Double.NaN, -1e15, 1e15);
            out.add(new Target(id, metric, from, to, observed, low, high, s.number("weight", 1, 0, 1000),
                    s.text("source"), statistic, perFrom, perTo, atLeast));
            s.done();
        });
        root.done();
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return out;
    }
}
