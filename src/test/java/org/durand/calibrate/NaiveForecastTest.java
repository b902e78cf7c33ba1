package org.durand.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.durand.TestScenarios;
import org.durand.observe.MetricSet;
import org.durand.scenario.Target;
import org.junit.jupiter.api.Test;

/** The naive forecasts of a backtest, worked by hand on the baseline's 2024 figures fitted to 30 June 2024. */
class NaiveForecastTest {

    private static final LocalDate UNTIL = LocalDate.of(2024, 6, 30);
    private static final List<Target> FITTED = List.of(
            target("fat-2023", "fatalities_total", "2023-01-01", "2023-12-31", 1523),
            target("fat-q1", "fatalities_total", "2024-01-01", "2024-03-31", 432),
            target("fat-q2", "fatalities_total", "2024-04-01", "2024-06-30", 380),
            target("ret-mar", "returns_total", "2023-09-01", "2024-03-31", 525_000),
            target("ret-jun", "returns_total", "2023-09-01", "2024-06-30", 639_000),
            target("tension", "tension_index", "2024-01-01", "2024-06-30", 60));
    private static final NaiveForecast NAIVE = new NaiveForecast(FITTED, MetricSet.of(TestScenarios.baseline()),
            UNTIL);

    private static Target target(String id, String metric, String from, String to, double observed) {
        return new Target(id, metric, LocalDate.parse(from), LocalDate.parse(to), observed, 0, 1e9, 1, "test");
    }

    @Test
    void aLaterQuarterIsTheRateTimesItsMonths() {
        Target q3 = target("q3", "fatalities_total", "2024-07-01", "2024-09-30", 722);
        assertEquals(380, NAIVE.last(q3), 1e-9, "the last quarter's rate, 380/3 a month, for three months");
        assertEquals(3 * (1523 + 432 + 380) / 18.0, NAIVE.mean(q3), 1e-9, "18 observed months, 2,335 deaths");
    }

    @Test
    void aYearStartedInTheFitKeepsItsObservedMonths() {
        Target year = target("y", "fatalities_total", "2024-01-01", "2024-12-31", 2546);
        assertEquals(432 + 380 + 6 * 380 / 3.0, NAIVE.last(year), 1e-9);
    }

    @Test
    void aCumulativeSeriesContinuesFromItsLastIncrement() {
        Target apr25 = target("r", "returns_total", "2023-09-01", "2025-04-30", 904_000);
        assertEquals(639_000 + 10 * (639_000 - 525_000) / 3.0, NAIVE.last(apr25), 1e-6);
        assertEquals(639_000 + 10 * 639_000 / 10.0, NAIVE.mean(apr25), 1e-6, "the longest window's mean rate");
    }

    @Test
    void ratiosMaxMonthsLevelsAndUnobservedMetrics() {
        Target ratio = new Target("h", "fatalities_total", LocalDate.parse("2024-07-01"), LocalDate.parse("2024-12-31"),
                2.14, 0, 9, 1, "t", Target.RATIO, LocalDate.parse("2024-01-01"), LocalDate.parse("2024-06-30"),
                Double.NaN);
        assertEquals(6 * 380 / 3.0 / 812, NAIVE.last(ratio), 1e-9);
        Target worst = new Target("w", "fatalities_total", LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"),
                450, 0, 999, 1, "t", Target.MAX_MONTH, null, null, 400);
        assertEquals(0, NAIVE.last(worst), "a share-of-replicates target: 127 a month never reaches 400");
        assertEquals(60, NAIVE.last(target("t2", "tension_index", "2024-07-01", "2024-12-31", 70)), 1e-9,
                "a level is carried forward");
        assertTrue(Double.isNaN(NAIVE.last(target("s", "fatalities_security", "2024-07-01", "2024-12-31", 300))));
    }
}
