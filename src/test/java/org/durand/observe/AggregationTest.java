package org.durand.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.durand.TestScenarios;
import org.junit.jupiter.api.Test;

/** How months combine into a period: flows add, stocks take the last month, levels average. */
class AggregationTest {

    private static final double[] V = {3, 5, 10, 2};

    @Test
    void flowSums() {
        assertEquals(20, Aggregation.FLOW.combine(V, 0, 4), 1e-12);
        assertEquals(15, Aggregation.FLOW.combine(V, 1, 3), 1e-12);
        assertEquals(10, Aggregation.FLOW.combine(V, 2, 3), 1e-12);
    }

    @Test
    void stockTakesTheLastMonth() {
        assertEquals(2, Aggregation.STOCK.combine(V, 0, 4), 1e-12);
        assertEquals(10, Aggregation.STOCK.combine(V, 1, 3), 1e-12);
        assertEquals(3, Aggregation.STOCK.combine(V, 0, 1), 1e-12);
    }

    @Test
    void levelAverages() {
        assertEquals(5, Aggregation.LEVEL.combine(V, 0, 4), 1e-12);
        assertEquals(7.5, Aggregation.LEVEL.combine(V, 1, 3), 1e-12);
        assertEquals(2, Aggregation.LEVEL.combine(V, 3, 4), 1e-12);
    }

    @Test
    void anEmptyPeriodIsNaN() {
        for (Aggregation a : Aggregation.values()) {
            assertTrue(Double.isNaN(a.combine(V, 2, 2)), a.name());
            assertTrue(Double.isNaN(a.combine(V, 3, 1)), a.name());
        }
    }

    @Test
    void metricSetDeclaresTheAggregationOfEachMetric() {
        MetricSet m = MetricSet.of(TestScenarios.baseline());
        assertEquals(Aggregation.FLOW, m.aggregation("fatalities_total"));
        assertEquals(Aggregation.FLOW, m.aggregation("fatalities_kp"));
        assertEquals(Aggregation.FLOW, m.aggregation("returns_deported"));
        assertEquals(Aggregation.FLOW, m.aggregation("trade_value_usd"));
        assertEquals(Aggregation.STOCK, m.aggregation("refugees_remaining"));
        assertEquals(Aggregation.STOCK, m.aggregation("refugees_status_acc"));
        assertEquals(Aggregation.STOCK, m.aggregation("grievance_haven"));
        assertEquals(Aggregation.STOCK, m.aggregation("fighters_ttp"));
        assertEquals(Aggregation.LEVEL, m.aggregation("tension_index"));
        assertEquals(-1, m.indexOf("no_such_metric"));
        assertEquals(m.names().size(), m.size());
        assertEquals(m.names().size(), new java.util.HashSet<>(m.names()).size(), "metric names are unique");
    }

    @Test
    void monthlySeriesCombinesOverAWindowByTheMetricsAggregation() {
        MetricSet m = MetricSet.of(TestScenarios.baseline());
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            months.add(YearMonth.of(2024, 11).plusMonths(i));   // 2024-11 .. 2025-02
        }
        double[][] values = new double[m.size()][];
        for (int k = 0; k < m.size(); k++) {
            values[k] = V.clone();
        }
        MonthlySeries s = new MonthlySeries(m, months, values);
        YearMonth y2025a = YearMonth.of(2025, 1);
        YearMonth y2025b = YearMonth.of(2025, 12);
        assertEquals(12, s.over("fatalities_total", y2025a, y2025b), 1e-12, "Jan + Feb 2025");
        assertEquals(2, s.over("refugees_remaining", y2025a, y2025b), 1e-12, "Feb 2025");
        assertEquals(6, s.over("tension_index", y2025a, y2025b), 1e-12, "mean of Jan, Feb 2025");
        assertEquals(8, s.over("fatalities_total", YearMonth.of(2024, 1), YearMonth.of(2024, 12)), 1e-12);
        assertTrue(Double.isNaN(s.over("fatalities_total", YearMonth.of(2026, 1), YearMonth.of(2026, 12))));
        assertEquals(5, s.value("fatalities_total", 1), 1e-12);
        double[] copy = s.values("fatalities_total");
        copy[0] = 99;
        assertEquals(3, s.value("fatalities_total", 0), 1e-12, "values() returns a copy");
        assertThrows(IllegalArgumentException.class, () -> s.values("no_such_metric"));
    }
}
