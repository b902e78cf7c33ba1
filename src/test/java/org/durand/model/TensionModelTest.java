package org.durand.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.durand.TestScenarios;
import org.durand.experiment.Replicates;
import org.durand.experiment.RunResult;
import org.durand.observe.MetricSet;
import org.durand.observe.MonthlyRecorder;
import org.durand.observe.MonthlySeries;
import org.durand.scenario.Scenario;
import org.durand.scenario.StatusSpec;
import org.junit.jupiter.api.Test;

/** Single seeded runs of the model: it completes, is reproducible, and conserves people. */
class TensionModelTest {

    private static final Scenario COARSE = TestScenarios.baseline(TestScenarios.COARSE);

    @Test
    void seededRunCompletesWithFatalitiesAndABoundedTensionIndex() {
        TensionModel model = new TensionModel(11, COARSE);
        model.start();
        MonthlyRecorder recorder = new MonthlyRecorder(MetricSet.of(COARSE), model);
        model.attach(recorder);
        model.runToEnd();
        MonthlySeries s = recorder.series();

        assertEquals(48, s.months().size());
        assertEquals(YearMonth.of(2023, 1), s.months().get(0));
        assertEquals(YearMonth.of(2026, 12), s.months().get(47));
        assertEquals(COARSE.end(), model.date(), "the last day run is the calendar's end");
        assertTrue(s.over("fatalities_total", YearMonth.of(2023, 11), YearMonth.of(2026, 12)) > 0);
        assertTrue(s.over("attacks", YearMonth.of(2024, 1), YearMonth.of(2024, 12)) > 0);
        for (int m = 0; m < s.months().size(); m++) {
            double t = s.value("tension_index", m);
            assertTrue(t >= 0 && t <= 100, s.months().get(m) + ": tension " + t);
            double total = s.value("fatalities_total", m);
            assertEquals(total, s.value("fatalities_security", m) + s.value("fatalities_civilian", m)
                    + s.value("fatalities_militant", m), 1e-9, "total = security + civilian + militant");
            double byProvince = 0;
            for (String p : COARSE.provinces().keySet()) {
                byProvince += s.value("fatalities_" + p, m);
            }
            assertEquals(total, byProvince, 1e-9, "provinces add up to the total");
            for (String trust : List.of("trust_host", "trust_haven", "restraint_haven")) {
                double v = s.value(trust, m);
                assertTrue(v >= 0 && v <= 1, trust + " " + v);
            }
            assertTrue(s.value("border_closed_days", m) <= s.months().get(m).lengthOfMonth());
        }
        // the two strikes the baseline pins happen in March and December 2024
        assertTrue(s.over("strikes", YearMonth.of(2024, 3), YearMonth.of(2024, 3)) >= 1);
        assertTrue(s.over("strikes", YearMonth.of(2024, 12), YearMonth.of(2024, 12)) >= 1);
        assertTrue(s.over("border_closed_days", YearMonth.of(2024, 6), YearMonth.of(2024, 6)) == 30,
                "Chaman is closed all of June 2024");
    }

    @Test
    void sameSeedGivesTheSameSeriesAndEvents() {
        RunResult a = Replicates.runOne(COARSE, 0, 42, true);
        RunResult b = Replicates.runOne(COARSE, 0, 42, true);
        for (String metric : a.series().metrics().names()) {
            assertArrayEquals(a.series().values(metric), b.series().values(metric), metric);
        }
        assertEquals(a.events(), b.events());
        assertFalse(a.events().isEmpty());
    }

    @Test
    void differentSeedsGiveDifferentRuns() {
        RunResult a = Replicates.runOne(COARSE, 0, 42, false);
        RunResult b = Replicates.runOne(COARSE, 0, 43, false);
        for (String metric : List.of("fatalities_total", "returns_pressured", "tension_index")) {
            assertFalse(java.util.Arrays.equals(a.series().values(metric), b.series().values(metric)), metric);
        }
    }

    @Test
    void peopleAreConservedHouseholdByHousehold() {
        // one agent per household, as in the baseline, over the whole calendar (both phases)
        Scenario scenario = TestScenarios.baseline();
        TensionModel model = new TensionModel(5, scenario);
        model.start();
        RefugeePopulation pop = model.population();
        long[] before = new long[pop.statusIds().size()];
        for (int k = 0; k < before.length; k++) {
            before[k] = pop.remaining(k);
        }
        model.runToEnd();

        Map<String, long[]> byStatus = new HashMap<>();   // present, returned, deported
        for (int i = 0; i < pop.size(); i++) {
            Household h = pop.household(i);
            int col = switch (h.state()) {
                case "present" -> 0;
                case "returned" -> 1;
                case "deported" -> 2;
                default -> throw new AssertionError("state " + h.state());
            };
            assertTrue(h.persons() >= 1, "household " + i);
            byStatus.computeIfAbsent(h.status(), k -> new long[3])[col] += h.persons();
        }
        long initialTotal = 0;
        long returned = 0;
        long deported = 0;
        List<String> ids = pop.statusIds();
        for (int k = 0; k < ids.size(); k++) {
            String id = ids.get(k);
            StatusSpec spec = scenario.refugees().statuses().get(id);
            long[] c = byStatus.get(id);
            assertEquals(spec.persons(), before[k], id + " starts with the persons the scenario gives");
            assertEquals(spec.persons(), pop.initial(k), id);
            assertEquals(spec.persons(), c[0] + c[1] + c[2], id + ": present + returned + deported");
            assertEquals(pop.remaining(k), c[0], id + ": present");
            initialTotal += spec.persons();
            returned += c[1];
            deported += c[2];
        }
        assertEquals(3_400_000, initialTotal);
        assertEquals(returned, model.getTotalReturned());
        assertEquals(deported, model.getTotalDeported());
        assertEquals(initialTotal, pop.getRemaining() + model.getTotalReturned() + model.getTotalDeported());
        // PoR holders are never targeted by a phase: none is deported
        assertEquals(0, byStatus.get("por")[2]);
        assertTrue(byStatus.get("acc")[2] > 0, "ACC holders are deported from April 2025");
        assertTrue(byStatus.get("undocumented")[2] > 0);
    }

    @Test
    void monthlyReturnsAddUpToTheModelTotals() {
        TensionModel model = new TensionModel(9, COARSE);
        model.start();
        MonthlyRecorder recorder = new MonthlyRecorder(MetricSet.of(COARSE), model);
        model.attach(recorder);
        model.runToEnd();
        MonthlySeries s = recorder.series();
        YearMonth a = s.months().get(0);
        YearMonth b = s.months().get(s.months().size() - 1);
        assertEquals(model.getTotalDeported(), s.over("returns_deported", a, b), 0.5);
        assertEquals(model.getTotalReturned(), s.over("returns_pressured", a, b), 0.5);
        assertEquals(model.population().getRemaining(), s.over("refugees_remaining", a, b), 0.5);
        double statuses = 0;
        for (String st : COARSE.refugees().statuses().keySet()) {
            statuses += s.over("refugees_status_" + st, a, b);
        }
        assertEquals(model.population().getRemaining(), statuses, 0.5);
    }
}
