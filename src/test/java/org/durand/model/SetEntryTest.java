package org.durand.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.durand.TestScenarios;
import org.durand.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * A {@code set} entry of the timeline (ODD §7.18) changes its parameter from its date and nothing
 * else: a live change made before it fires is kept when it fires, a live change made after it
 * keeps the entry's value, and a restarted run begins from the scenario as given and fires the
 * entry again on its day.
 */
class SetEntryTest {

    private static final LocalDate DAY = LocalDate.of(2023, 6, 1);

    /** The baseline with a set of the host's accusation rate to 50 on {@link #DAY}, and {@code more}. */
    private static Scenario scenario(String... more) {
        List<String> sets = new ArrayList<>(List.of(TestScenarios.VERY_COARSE, "timeline.louder.date=" + DAY,
                "timeline.louder.type=set", "timeline.louder.actor=host",
                "timeline.louder.parameter=governments.host.accusationsPerYear", "timeline.louder.value=50"));
        sets.addAll(List.of(more));
        return TestScenarios.baseline(sets.toArray(new String[0]));
    }

    @Test
    void theEntrySetsItsParameterOnItsDay() {
        Scenario s = scenario();
        TensionModel m = ModelSteps.started(s, 9);
        ModelSteps.stepTo(m, DAY.minusDays(1));
        assertEquals(s.host().accusationsPerYear(), m.scenario().host().accusationsPerYear(), 0);
        ModelSteps.stepTo(m, DAY);
        assertEquals(50, m.scenario().host().accusationsPerYear(), 0);
        assertEquals(50, m.host().spec().accusationsPerYear(), 0, "the government takes the value");
    }

    @Test
    void aLiveChangeBeforeTheEntryIsKeptWhenItFires() {
        TensionModel m = ModelSteps.started(scenario(), 9);
        ModelSteps.stepTo(m, DAY.minusDays(10));
        m.applyScenario(scenario("governments.haven.clashesPerYear=200"));
        ModelSteps.stepTo(m, DAY.plusDays(1));
        assertEquals(50, m.scenario().host().accusationsPerYear(), 0, "the entry fired");
        assertEquals(200, m.scenario().haven().clashesPerYear(), 0, "the live change survived it");
        assertEquals(200, m.haven().spec().clashesPerYear(), 0);
    }

    @Test
    void aLiveChangeAfterTheEntryKeepsTheEntrysValue() {
        TensionModel m = ModelSteps.started(scenario(), 9);
        ModelSteps.stepTo(m, DAY.plusDays(5));
        m.applyScenario(scenario("governments.haven.clashesPerYear=200"));
        assertEquals(200, m.scenario().haven().clashesPerYear(), 0);
        assertEquals(50, m.scenario().host().accusationsPerYear(), 0, "the entry's value stays in force");
        assertEquals(50, m.host().spec().accusationsPerYear(), 0);
    }

    @Test
    void aRestartBeginsFromTheScenarioGivenAndFiresTheEntryAgain() {
        Scenario s = scenario();
        TensionModel m = ModelSteps.started(s, 9);
        ModelSteps.stepTo(m, DAY.plusDays(5));
        m.finish();
        m.start();
        assertEquals(s.host().accusationsPerYear(), m.scenario().host().accusationsPerYear(), 0,
                "the restarted run starts from the given value");
        ModelSteps.stepTo(m, DAY);
        assertEquals(50, m.scenario().host().accusationsPerYear(), 0, "and the entry fires again on its day");
    }
}
