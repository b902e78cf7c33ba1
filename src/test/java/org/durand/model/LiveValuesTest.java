package org.durand.model;

import static org.durand.model.Frequencies.assertMean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.durand.TestScenarios;
import org.durand.scenario.GroupSpec;
import org.durand.scenario.ParameterValues;
import org.durand.scenario.PolicyPhase;
import org.durand.scenario.Scenario;
import org.durand.scenario.StatusSpec;
import org.durand.scenario.TensionSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A scenario changed during a run (ODD §7.16): its live values reach the agents at once, a value the
 * run itself moved stays unless the new scenario changes it, and a value that only shapes the start
 * is refused while the run lasts, naming it.
 */
class LiveValuesTest {

    private final SmallScenario sc = new SmallScenario();

    @BeforeEach
    void aCampaignAndAGroup() {
        sc.statuses.clear();
        sc.statuses.put("card", new StatusSpec("Card", 100_000, 0, 0, 0));
        sc.phases.add(new PolicyPhase("campaign", sc.start, List.of("card"), 10));
        sc.phases.add(new PolicyPhase("later", sc.start.plusDays(3), List.of("card"), 10));
        sc.phases.add(new PolicyPhase("last", sc.start.plusDays(6), List.of("card"), 10));
        sc.groups.put("g", new GroupSpec("Group", 10, 10, true, 0.4, 0, 1, 0, 1000, Map.of("north", 1.0)));
    }

    @Test
    @DisplayName("hawkishness, a government's rates, a group's equipment, the index's scale, return parameters and "
            + "the phases' capacities: the new values at once, the active phase's included")
    void liveValuesReachTheAgents() {
        TensionModel m = sc.started(191);
        m.schedule.step(m);
        sc.host.hawkishness = 0.3;
        sc.haven.clashesPerYear = 5;
        sc.groups.put("g", new GroupSpec("Group", 10, 10, true, 0.9, 0, 1, 0, 1000, Map.of("north", 1.0)));
        sc.tension = new TensionSpec(10, 200);
        sc.returns = SmallScenario.returns().backgroundPerYear(3.65).build();
        sc.phases.set(0, new PolicyPhase("campaign", sc.start, List.of("card"), 1000));
        sc.phases.set(1, new PolicyPhase("later", sc.start.plusDays(3), List.of("card"), 2000));
        sc.phases.set(2, new PolicyPhase("last", sc.start.plusDays(6), List.of("card"), 300));
        Scenario next = sc.build();
        m.applyScenario(next);
        assertSame(next, m.scenario());
        assertEquals(0.3, m.host().getHawkishness(), 0);
        assertEquals(5, m.haven().spec().clashesPerYear(), 0);
        assertEquals(0.9, m.groups().get(0).getEquipmentShare(), 0);
        assertEquals(m.population().getRemaining() * 0.01, m.population().backgroundReturnsPerDay(), 1e-9);
        long deported = m.getTotalDeported();
        m.emit(EventType.THREAT, m.host(), m.haven(), 10, "");
        double intensity = m.tension().intensity();
        m.schedule.step(m);
        assertMean(m.getTotalDeported() - deported, 1, 1000, 1000, "a day's deportations at the new capacity");
        assertEquals(100 / (1 + Math.exp(intensity / 200)), m.getTensionIndex(), 1e-9, "the index on the new scale");
        m.schedule.step(m);
        deported = m.getTotalDeported();
        m.schedule.step(m);
        assertMean(m.getTotalDeported() - deported, 1, 2000, 2000, "the later phase's first day, at its new capacity");
    }

    @Test
    @DisplayName("a hawkishness set in the inspector and equipment interdicted stay when the new scenario keeps their values")
    void valuesTheRunMovedStay() {
        TensionModel m = sc.started(192);
        m.schedule.step(m);
        m.host().setHawkishness(0.1);
        m.interdict(m.host(), "g", 0.5);
        sc.haven.clashesPerYear = 5;
        m.applyScenario(sc.build());
        assertEquals(0.1, m.host().getHawkishness(), 0);
        assertEquals(0.2, m.groups().get(0).getEquipmentShare(), 1e-12);
        assertEquals(5, m.haven().spec().clashesPerYear(), 0);
    }

    @Test
    @DisplayName("the inspector's hawkishness: 0 … 1 accepted, anything else refused naming the value; range and description")
    void hawkishnessIsAnInspectorProperty() {
        Government host = sc.started(194).host();
        host.setHawkishness(0);
        host.setHawkishness(1);
        assertEquals(1, host.getHawkishness(), 0);
        for (double wrong : new double[] {-0.01, 1.01, Double.NaN}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> host.setHawkishness(wrong));
            assertTrue(e.getMessage().contains(String.valueOf(wrong)), e.getMessage());
        }
        sim.util.Interval range = (sim.util.Interval) host.domHawkishness();
        assertEquals(0.0, range.getMin().doubleValue(), 0);
        assertEquals(1.0, range.getMax().doubleValue(), 0);
        assertTrue(host.desHawkishness().contains("Host"), host.desHawkishness());
    }

    @Test
    @DisplayName("a value that is not live is refused during a run, naming the first; any value between runs")
    void fixedValuesWaitForTheNextRun() {
        Scenario read = TestScenarios.baseline();
        ParameterValues values = read.parameters();
        assertNull(LiveControl.firstFixedDifference(values,
                TestScenarios.baseline("governments.host.hawkishness=0.9").parameters()), "a live value");
        assertEquals("groups.ttp.fighters", LiveControl.firstFixedDifference(values,
                TestScenarios.baseline("groups.ttp.fighters=100").parameters()));
        assertEquals(values.list().get(0).path(), LiveControl.firstFixedDifference(values, ParameterValues.empty()),
                "a value gone");

        TensionModel m = sc.started(193);
        Scenario small = m.scenario();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.applyScenario(read));
        assertTrue(e.getMessage().startsWith(values.list().get(0).path() + " "), e.getMessage());
        assertSame(small, m.scenario(), "a refused change leaves the scenario as it was");
        m.finish();
        m.applyScenario(read);
        assertSame(read, m.scenario());
    }
}
