package org.durand.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.durand.TestScenarios;
import org.durand.observe.MonthlySeries;
import org.durand.scenario.Scenario;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The error a coarse refugee resolution carries: the baseline's headline aggregates at one agent per
 * household and at 50 persons per agent (the resolution sweeps use), 12 replicates each, agree
 * within the tolerances below. Measured (docs/performance.md): fatalities in 2024 agree within
 * about one standard error; returns and refugees remaining within a few tenths of a percent, since
 * a day's last deported agent goes only in proportion to what is left of the quota (before, coarse
 * agents overshot the quota by half an agent a day, +3% returns at 50 persons per agent). The
 * tolerances are those stated in the documentation: four standard errors of the difference for
 * fatalities (self-excited violence varies by ≈20% between replicates, so the standard error of
 * the difference of 12-replicate means is ≈5%); 1% for returns and for refugees remaining, or four
 * standard errors of the difference where those are wider (the deportation capacity answers the
 * host's drive, §4.6 of docs/ODD.md, so the refugee outcomes carry some of the violence's
 * replicate noise: ≈0.4% for 12-replicate means). The half-agent overshoot this test was written
 * against gave +3% returns, beyond either.
 */
class ResolutionErrorTest {

    private static final int REPS = 12;

    /** An aggregate and its tolerance: a relative difference or four standard errors, whichever is wider. */
    private record Aggregate(String name, double tolerance, ToDoubleFunction<MonthlySeries> of) {
    }

    private static final List<Aggregate> AGGREGATES = List.of(
            new Aggregate("fatalities in 2024", 0,
                    m -> m.over("fatalities_total", YearMonth.of(2024, 1), YearMonth.of(2024, 12))),
            new Aggregate("returns, November 2023 to April 2025", 0.01,
                    m -> m.over("returns_deported", YearMonth.of(2023, 11), YearMonth.of(2025, 4))
                            + m.over("returns_pressured", YearMonth.of(2023, 11), YearMonth.of(2025, 4))),
            new Aggregate("refugees remaining at the end", 0.01, m -> {
                double[] remaining = m.values("refugees_remaining");
                return remaining[remaining.length - 1];
            }));

    private static SummaryStatistics[] aggregates(int personsPerAgent) {
        Scenario s = TestScenarios.baseline("resolution.personsPerAgent=" + personsPerAgent);
        SummaryStatistics[] out = new SummaryStatistics[AGGREGATES.size()];
        for (int a = 0; a < out.length; a++) {
            out[a] = new SummaryStatistics();
        }
        for (RunResult r : Replicates.run(s, REPS, 11, 2, false, rep -> { })) {
            for (int a = 0; a < out.length; a++) {
                out[a].addValue(AGGREGATES.get(a).of().applyAsDouble(r.series()));
            }
        }
        return out;
    }

    @Test
    @DisplayName("50 persons per agent against one agent per household: fatalities within 4 standard errors, returns and refugees remaining within 1% or 4 standard errors")
    void coarseAggregatesAgreeWithHouseholdResolution() {
        SummaryStatistics[] household = aggregates(0);
        SummaryStatistics[] coarse = aggregates(50);
        StringBuilder report = new StringBuilder();
        boolean ok = true;
        for (int a = 0; a < AGGREGATES.size(); a++) {
            double h = household[a].getMean();
            double c = coarse[a].getMean();
            double relative = (c - h) / h;
            double se = Math.sqrt(household[a].getVariance() / REPS + coarse[a].getVariance() / REPS) / h;
            double tolerance = Math.max(AGGREGATES.get(a).tolerance(), 4 * se);
            report.append(String.format(java.util.Locale.ROOT, "%n  %s: household %.0f, coarse %.0f, "
                    + "difference %+.2f%% (standard error %.2f%%), tolerance %.1f%%", AGGREGATES.get(a).name(), h, c,
                    100 * relative, 100 * se, 100 * tolerance));
            ok &= Math.abs(relative) <= tolerance;
        }
        assertTrue(ok, "coarse resolution out of tolerance:" + report);
    }
}
