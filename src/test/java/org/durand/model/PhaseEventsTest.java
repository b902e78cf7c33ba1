package org.durand.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.durand.scenario.PolicyPhase;
import org.durand.scenario.StatusSpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The events a repatriation policy makes (ODD §7.10): a phase that targets persons is a mass
 * expulsion (PHASE) when it has a capacity and an announced deportation policy (DEPORTATION) when it
 * has none; a phase that targets no one present suspends a campaign that targeted persons (a YIELD)
 * and is no event otherwise; an announcement that warns no one present is no event either.
 */
class PhaseEventsTest {

    private final SmallScenario sc = new SmallScenario();

    /** The policy events (host → haven) of the first {@code days} days, type and day. */
    private List<String> policyEvents(int days) {
        sc.statuses.clear();
        sc.statuses.put("card", new StatusSpec("Card", 1000, 0, 0, 0));
        sc.statuses.put("none", new StatusSpec("None", 0, 0, 0, 0));
        TensionModel m = sc.started(211);
        List<String> out = new ArrayList<>();
        m.setEventListener(e -> out.add(e.type() + "@" + m.day()));
        for (int d = 0; d < days; d++) {
            m.schedule.step(m);
        }
        return out;
    }

    @Test
    @DisplayName("a campaign with capacity (PHASE), then a phase targeting no one (YIELD), then another (nothing)")
    void aCampaignAndItsSuspension() {
        sc.phases.add(new PolicyPhase("campaign", sc.start, List.of("card"), 5));
        sc.phases.add(new PolicyPhase("pause", sc.start.plusDays(2), List.of(), 0));
        sc.phases.add(new PolicyPhase("still", sc.start.plusDays(4), List.of("none"), 5));
        assertEquals(List.of("PHASE@0", "YIELD@2"), policyEvents(6));
    }

    @Test
    @DisplayName("a phase targeting persons without capacity is a DEPORTATION policy, not a mass expulsion")
    void aPolicyWithoutCapacity() {
        sc.phases.add(new PolicyPhase("policy", sc.start.plusDays(1), List.of("card"), 0));
        assertEquals(List.of("DEPORTATION@1"), policyEvents(3));
    }

    @Test
    @DisplayName("a deadline announced for a status with no one present warns no one: no event")
    void anAnnouncementToNoOne() {
        sc.phases.add(new PolicyPhase("empty", sc.start.plusDays(5), List.of("none"), 5, sc.start.plusDays(1),
                sc.start.plusDays(4)));
        assertEquals(List.of(), policyEvents(7));
    }
}
