package org.durand.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.durand.TestScenarios;
import org.durand.observe.MonthlySeries;
import org.durand.scenario.Problem;
import org.durand.scenario.Scenario;
import org.durand.scenario.ScenarioException;
import org.durand.scenario.Target;
import org.durand.scenario.TargetsReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The targets file and how a run is compared with it. */
class TargetsTest {

    @TempDir
    Path dir;

    private static Map<String, Target> byId(List<Target> targets) {
        return targets.stream().collect(Collectors.toMap(Target::id, Function.identity()));
    }

    @Test
    void readsTheObservedTargets() throws ScenarioException {
        List<Target> targets = TargetsReader.read(TestScenarios.TARGETS);
        assertEquals(28, targets.size());
        Map<String, Target> t = byId(targets);
        Target fat = t.get("fatalities-2024");
        assertEquals("fatalities_total", fat.metric());
        assertEquals(LocalDate.of(2024, 1, 1), fat.from());
        assertEquals(LocalDate.of(2024, 12, 31), fat.to());
        assertEquals(2546, fat.observed(), 0);
        assertEquals(2546 * 0.9, fat.low(), 1e-9);
        assertEquals(2546 * 1.1, fat.high(), 1e-9);
        assertEquals(2, fat.weight(), 0);
        assertTrue(fat.source().contains("CRSS"));

        Target share = t.get("deported-share-apr-2025");
        assertEquals(TargetEvaluator.DEPORTED_SHARE, share.metric());
        assertEquals(0.21, share.low(), 1e-12, "absolute tolerance");
        assertEquals(0.41, share.high(), 1e-12);
        assertEquals(1, share.weight(), 0, "weight defaults to 1");

        Target range = t.get("returns-apr-2025");
        assertEquals(80000, range.low(), 0);
        assertEquals(135000, range.high(), 0);
        assertEquals("returns_total", t.get("returns-to-apr-2025").metric());
    }

    @Test
    void refusesAWindowThatEndsBeforeItStarts() {
        Path file = TestScenarios.write(dir, "bad.yaml", String.join("\n",
                "targets:",
                "  fatalities-2024:",
                "    metric: fatalities_total",
                "    window: {from: 2024-12-01, to: 2024-01-31}",
                "    observed: 2546",
                "    tolerance: 0.10",
                "    source: CRSS",
                ""));
        ScenarioException e = assertThrows(ScenarioException.class, () -> TargetsReader.read(file));
        assertEquals(1, e.problems().size(), e::getMessage);
        Problem p = e.problems().get(0);
        assertEquals("targets.fatalities-2024.window.to", p.key());
        assertEquals(file + " line 4", p.where());
        assertEquals("2024-01-31", p.value());
        assertTrue(p.message().contains("must not be before window.from (2024-12-01)"), p::describe);
    }

    @Test
    void refusesARangeWithATolerance() {
        Path file = TestScenarios.write(dir, "both.yaml", String.join("\n",
                "targets:",
                "  returns:",
                "    metric: returns_total",
                "    window: {from: 2025-04-01, to: 2025-04-30}",
                "    observed: 107500",
                "    range: {low: 80000, high: 135000}",
                "    tolerance: 0.1",
                "    source: test",
                ""));
        ScenarioException e = assertThrows(ScenarioException.class, () -> TargetsReader.read(file));
        assertEquals(1, e.problems().size(), e::getMessage);
        Problem p = e.problems().get(0);
        assertEquals("targets.returns.tolerance", p.key());
        assertEquals(file + " line 7", p.where());
        assertTrue(p.message().contains("give a range or a tolerance, not both"), p::describe);
    }

    /** Targets are scored on monthly series: a window inside months would be widened without a word. */
    @Test
    void refusesAWindowThatDoesNotCoverWholeMonths() {
        Path file = TestScenarios.write(dir, "days.yaml", String.join("\n",
                "targets:",
                "  fatalities-2024:",
                "    metric: fatalities_total",
                "    window: {from: 2024-01-15, to: 2024-12-20}",
                "    observed: 2546",
                "    tolerance: 0.10",
                "    source: CRSS",
                "  ratio:",
                "    metric: fatalities_total",
                "    statistic: ratio",
                "    window: {from: 2024-07-01, to: 2024-12-31}",
                "    denominator: {from: 2024-01-02, to: 2024-06-30}",
                "    observed: 2.14",
                "    tolerance: 0.25",
                "    source: CRSS",
                ""));
        ScenarioException e = assertThrows(ScenarioException.class, () -> TargetsReader.read(file));
        assertEquals(3, e.problems().size(), e::getMessage);
        Problem from = e.problems().get(0);
        assertEquals("targets.fatalities-2024.window.from", from.key());
        assertEquals(file + " line 4", from.where());
        assertEquals("2024-01-15", from.value());
        assertTrue(from.message().contains("must be the first day of a month") && from.message().contains("2024-01-01"),
                from::describe);
        Problem to = e.problems().get(1);
        assertEquals("targets.fatalities-2024.window.to", to.key());
        assertTrue(to.message().contains("must be the last day of a month") && to.message().contains("2024-12-31"),
                to::describe);
        assertEquals("targets.ratio.denominator.from", e.problems().get(2).key());
    }

    @Test
    void refusesOtherBrokenTargets() {
        Path file = TestScenarios.write(dir, "bad2.yaml", String.join("\n",
                "targets:",
                "  a:",
                "    metric: returns_total",
                "    window: {from: 2024-01-01, to: 2024-12-31}",
                "    observed: 100",
                "    range: {low: 200, high: 100}",
                "    source: x",
                "  b:",
                "    metric: returns_total",
                "    window: {from: 2024-01-01, to: 2024-12-31}",
                "    observed: lots",
                "    tolerance: 0.1",
                "    sauce: x",
                ""));
        ScenarioException e = assertThrows(ScenarioException.class, () -> TargetsReader.read(file));
        List<String> keys = e.problems().stream().map(Problem::key).sorted().toList();
        assertTrue(keys.containsAll(List.of("targets.a.range.high", "targets.b.observed", "targets.b.sauce",
                "targets.b.source")), keys::toString);
        assertTrue(e.getMessage().contains("did you mean 'source'?"), e::getMessage);
    }

    @Test
    void unknownMetricIsReported() throws ScenarioException {
        Path file = TestScenarios.write(dir, "metric.yaml", String.join("\n",
                "targets:",
                "  a:",
                "    metric: fatalitys_total",
                "    window: {from: 2024-01-01, to: 2024-12-31}",
                "    observed: 100",
                "    tolerance: 0.1",
                "    source: x",
                ""));
        List<Target> targets = TargetsReader.read(file);
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> TargetEvaluator.check(targets, TestScenarios.baseline(), file.toString()));
        assertEquals("targets.a.metric", e.problems().get(0).key());
        assertTrue(e.getMessage().contains("fatalities_total"), e::getMessage);
    }

    @Test
    void onlyTargetsWithinTheCalendarApply() throws ScenarioException {
        List<Target> targets = TargetsReader.read(TestScenarios.TARGETS);
        assertEquals(28, TargetEvaluator.applicable(targets, TestScenarios.baseline()).size());
        List<Target> to2024 = TargetEvaluator.applicable(targets,
                TestScenarios.truncated(TestScenarios.baseline(), LocalDate.of(2024, 12, 31)));
        assertEquals(25, to2024.size());
        assertTrue(to2024.stream().allMatch(t -> t.to().getYear() <= 2024), to2024::toString);
    }

    @Test
    void aTargetAppliesOnlyWhenTheRunCoversItsMonthsWholly() throws ScenarioException {
        List<Target> targets = TargetsReader.read(TestScenarios.TARGETS);
        Target fromNovember = byId(targets).get("returns-to-apr-2025");
        assertEquals(LocalDate.of(2023, 9, 1), fromNovember.from());
        assertTrue(TargetEvaluator.applicable(targets, TestScenarios.baseline()).contains(fromNovember));
        Scenario b = TestScenarios.baseline();
        Scenario from20th = new Scenario(b.name(), b.description(), LocalDate.of(2023, 9, 20), b.end(),
                b.personsPerAgent(), b.provinces(), b.host(), b.haven(), b.groups(), b.refugees(), b.phases(),
                b.crossings(), b.timeline(), b.behaviour(), b.tension(), b.targets(), b.parameters());
        List<Target> late = TargetEvaluator.applicable(targets, from20th);
        assertFalse(late.contains(fromNovember), "a run from 20 September misses 19 days of the window");
        assertEquals(19, late.size(), "all but the 2023 total and the five counts of returns from September");
        List<Target> midApril = TargetEvaluator.applicable(targets,
                TestScenarios.truncated(TestScenarios.baseline(), LocalDate.of(2025, 4, 29)));
        assertTrue(midApril.stream().noneMatch(t -> t.to().getMonthValue() == 4 && t.to().getYear() == 2025),
                midApril::toString);
    }

    @Test
    void returnsTotalAndDeportedShareOfARun() throws ScenarioException {
        Scenario scenario = TestScenarios.baseline(TestScenarios.COARSE);
        List<Target> targets = TargetsReader.read(TestScenarios.TARGETS);
        Map<String, Target> t = byId(targets);
        RunResult run = Replicates.runOne(scenario, 0, 17, false);
        MonthlySeries s = run.series();

        double deported = 0;
        double pressured = 0;
        for (YearMonth m = YearMonth.of(2023, 9); !m.isAfter(YearMonth.of(2025, 4)); m = m.plusMonths(1)) {
            int i = s.months().indexOf(m);
            deported += s.value("returns_deported", i);
            pressured += s.value("returns_pressured", i);
        }
        double total = TargetEvaluator.value(t.get("returns-to-apr-2025"), s);
        assertEquals(deported + pressured, total, 1e-6);
        assertTrue(total > 100_000, "hundreds of thousands return by April 2025: " + total);

        int april = s.months().indexOf(YearMonth.of(2025, 4));
        double d = s.value("returns_deported", april);
        double p = s.value("returns_pressured", april);
        assertEquals(d + p, TargetEvaluator.value(t.get("returns-apr-2025"), s), 1e-6);
        double share = TargetEvaluator.value(t.get("deported-share-apr-2025"), s);
        assertEquals(d / (d + p), share, 1e-12);
        assertTrue(share > 0 && share < 1, "share " + share);

        assertEquals(s.over("fatalities_total", YearMonth.of(2024, 1), YearMonth.of(2024, 12)),
                TargetEvaluator.value(t.get("fatalities-2024"), s), 0);

        List<TargetResult> results = TargetEvaluator.evaluate(targets, scenario, List.of(run));
        assertEquals(28, results.size());
        for (TargetResult r : results) {
            assertEquals(TargetEvaluator.value(r.target(), s), r.model().mean(), 0, r.target().id());
            assertEquals(1, r.model().n());
        }
    }

    @Test
    void deportedShareAWindowOutsideTheRunAndTheRelativeError() {
        Scenario scenario = TestScenarios.truncated(TestScenarios.baseline(TestScenarios.VERY_COARSE,
                "phases.undocumented.capacityPerDay=0", "phases.acc.capacityPerDay=0"), LocalDate.of(2024, 12, 31));
        RunResult run = Replicates.runOne(scenario, 0, 3, false);
        Target share = new Target("share", TargetEvaluator.DEPORTED_SHARE, LocalDate.of(2024, 6, 1),
                LocalDate.of(2024, 6, 30), 0.3, 0.2, 0.4, 1, "test");
        assertEquals(0.0, TargetEvaluator.value(share, run.series()), 0, "returns but no deportations: share 0");
        Target outside = new Target("later", "returns_total", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 1, 31), 10, 9, 11, 1, "test");
        assertTrue(Double.isNaN(TargetEvaluator.value(outside, run.series())), "a window outside the run is NaN");
        TargetResult exact = new TargetResult(new Target("x", "attacks", LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 1, 31), 10, 9, 11, 2, "t"),
                ReplicateStatistics.of(new double[] {11, 11}));
        assertEquals(0.1, exact.relativeError(), 1e-12);
        assertTrue(exact.within());
    }

    @Test
    void maxMonthRatioAndShareOfReplicatesAreComputedPerReplicate() throws ScenarioException {
        Scenario scenario = TestScenarios.truncated(TestScenarios.baseline(TestScenarios.VERY_COARSE),
                LocalDate.of(2024, 12, 31));
        Map<String, Target> t = byId(TargetsReader.read(TestScenarios.TARGETS));
        MonthlySeries s = Replicates.runOne(scenario, 0, 23, false).series();
        double max = 0;
        double h1 = 0;
        double h2 = 0;
        for (int month = 1; month <= 12; month++) {
            double v = s.value("fatalities_total", s.months().indexOf(YearMonth.of(2024, month)));
            max = Math.max(max, v);
            h1 += month <= 6 ? v : 0;
            h2 += month > 6 ? v : 0;
        }
        assertEquals(max, TargetEvaluator.value(t.get("worst-month-2024"), s), 1e-9);
        assertEquals(h2 / h1, TargetEvaluator.value(t.get("second-half-over-first-2024"), s), 1e-12);
        assertEquals(max >= 400 ? 1 : 0, TargetEvaluator.value(t.get("a-month-of-400-2024"), s), 0);
        assertEquals("max-month", t.get("a-month-of-400-2024").statistic());
        assertTrue(t.get("a-month-of-400-2024").shareOfReplicates());
    }
}
