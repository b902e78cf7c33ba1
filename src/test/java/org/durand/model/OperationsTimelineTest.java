package org.durand.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.durand.Cli;
import org.durand.TestScenarios;
import org.durand.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * An {@code operations} timeline entry (ODD §7.6, §7.18): from its date the host's count of
 * operations is the entry's tempo, which sets how many fighters the operations kill; the count is
 * the government's state, so a live change of another value keeps it, a live change of
 * {@code opsTempo} itself replaces it, and a restarted run begins again from the scenario's count.
 */
class OperationsTimelineTest {

    private static final LocalDate DAY = LocalDate.of(2023, 3, 1);

    /** The baseline without its own operations entries, with {@code tempo} from {@link #DAY} when not NaN. */
    private static Scenario scenario(double tempo, String... more) {
        List<String> sets = new ArrayList<>(List.of(TestScenarios.VERY_COARSE));
        for (String id : List.of("ops-jan-aug-2024", "ops-sep-dec-2024", "ops-2025")) {
            sets.add("timeline." + id + ".enabled=false");
        }
        if (!Double.isNaN(tempo)) {
            sets.addAll(List.of("timeline.surge.date=" + DAY, "timeline.surge.type=operations",
                    "timeline.surge.actor=host", "timeline.surge.tempo=" + tempo));
        }
        sets.addAll(List.of(more));
        return TestScenarios.truncated(TestScenarios.baseline(sets.toArray(new String[0])), DAY.plusDays(120));
    }

    @Test
    void fromItsDateTheCountIsTheEntrysAndOperationsKillMore() {
        Scenario base = scenario(Double.NaN);
        double before = base.host().opsTempo();
        TensionModel with = ModelSteps.started(scenario(4), 5);
        TensionModel without = ModelSteps.started(base, 5);
        ModelSteps.stepTo(with, DAY.minusDays(1));
        ModelSteps.stepTo(without, DAY.minusDays(1));
        assertEquals(before, with.host().getOpsTempo(), 0, "the scenario's count until the entry's date");
        int withKilled = 0;
        int withoutKilled = 0;
        for (int d = 0; d < 60; d++) {
            with.schedule.step(with);
            without.schedule.step(without);
            withKilled += with.today().militant(with.provinceIds().indexOf("kp"));
            withoutKilled += without.today().militant(without.provinceIds().indexOf("kp"));
        }
        assertEquals(4, with.host().getOpsTempo(), 0, "the entry's count from its date");
        assertEquals(before, without.host().getOpsTempo(), 0);
        // at the baseline's elasticity, kills per fighter follow the count: ≈4/0.614 times as many
        assertTrue(withKilled > 3 * withoutKilled, "militants killed in KP in 60 days: " + withKilled + " against "
                + withoutKilled);
    }

    @Test
    void theCountIsRecordedMonthByMonth() {
        Scenario s = scenario(4);
        TensionModel m = ModelSteps.started(s, 5);
        m.attach(new org.durand.observe.MonthlyRecorder(org.durand.observe.MetricSet.of(s), m));
        ModelSteps.stepTo(m, LocalDate.of(2023, 4, 30));
        double[] counts = m.observer(org.durand.observe.MonthlyRecorder.class).series().values("operations_host");
        assertEquals(s.host().opsTempo(), counts[1], 0, "February 2023: the scenario's count");
        assertEquals(4, counts[3], 0, "April 2023: the entry's count from 1 March, read at the month's end");
    }

    @Test
    void aLiveChangeKeepsTheCountUnlessItChangesTheCountItself() {
        TensionModel m = ModelSteps.started(scenario(4), 5);
        ModelSteps.stepTo(m, DAY.plusDays(1));
        m.applyScenario(scenario(4, "governments.host.hawkishness=0.9"));
        assertEquals(4, m.host().getOpsTempo(), 0, "another value changed live: the recorded count stays");
        m.applyScenario(scenario(4, "governments.host.opsTempo=2"));
        assertEquals(2, m.host().getOpsTempo(), 0, "the count itself changed live: the new value holds");
    }

    @Test
    void aRestartedRunBeginsFromTheScenariosCount() {
        Scenario s = scenario(4);
        TensionModel m = ModelSteps.started(s, 5);
        ModelSteps.stepTo(m, DAY.plusDays(10));
        assertEquals(4, m.host().getOpsTempo(), 0);
        m.finish();
        m.start();
        assertEquals(s.host().opsTempo(), m.host().getOpsTempo(), 0, "a new start takes the scenario's count");
    }

    @Test
    void anEntryWithoutItsTempoIsRefusedNamingTheKey() {
        var r = Cli.run("validate", TestScenarios.BASELINE.toString(), "--set", "timeline.surge.date=2024-01-01",
                "--set", "timeline.surge.type=operations", "--set", "timeline.surge.actor=host");
        assertEquals(2, r.exit(), r::all);
        assertTrue(r.err().contains("timeline.surge.tempo") && r.err().contains("is missing"), r::all);
        var bad = Cli.run("validate", TestScenarios.BASELINE.toString(), "--set", "timeline.surge.date=2024-01-01",
                "--set", "timeline.surge.type=operations", "--set", "timeline.surge.actor=host",
                "--set", "timeline.surge.tempo=-1");
        assertEquals(2, bad.exit(), bad::all);
        assertTrue(bad.err().contains("timeline.surge.tempo") && bad.err().contains("between 0 and 100"), bad::all);
    }
}
