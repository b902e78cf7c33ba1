package org.durand.model;

import static org.durand.model.Frequencies.assertBinomial;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.durand.scenario.PolicyPhase;
import org.durand.scenario.StatusSpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The start of a repatriation phase (ODD §5 item 6, §7.10): newly targeted statuses get the fear
 * pulse φ = 2^(−age/fearHalfLifeDays), age counted from the phase's own start date, and a PHASE
 * event host → haven of magnitude ln(1 + N/1000), N the persons of the targeted statuses.
 */
class PolicyPhaseTest {

    private static final int HOUSEHOLDS = 20_000;

    @Test
    @DisplayName("a phase begun 10 days before the calendar takes effect on day 0 with φ = 2^(−10/10) = 1/2")
    void phaseBeforeTheCalendarStartsWithADecayedFearPulse() {
        SmallScenario sc = new SmallScenario();
        sc.statuses.clear();
        sc.statuses.put("card", new StatusSpec("Card", HOUSEHOLDS, 0, 0, 0));
        sc.statuses.put("other", new StatusSpec("Other", 5000, 0, 0, 0));
        sc.returns = SmallScenario.returns().fearPerDay(0.1).build();
        sc.phases.add(new PolicyPhase("early", LocalDate.of(2023, 12, 22), List.of("card"), 1));
        TensionModel m = sc.started(31);
        List<Event> events = new ArrayList<>();
        m.setEventListener(events::add);
        Timeline timeline = new Timeline(m.scenario());
        timeline.step(m);
        assertEquals(1, events.size());
        Event phase = events.get(0);
        assertEquals(EventType.PHASE, phase.type());
        assertEquals("Host", phase.actor());
        assertEquals("Haven", phase.target());
        assertEquals(Math.log(21), phase.magnitude(), 1e-12, "ln(1 + 20,000/1,000): only the targeted status counts");

        for (int day = 0; day < 20; day++) {
            m.population().step(m);
        }
        // G = 0.1 × 1/2 × Σ_{t=1..20} a^t with a = 2^(−1/10)
        double a = Math.pow(2, -0.1);
        double clock = 0.1 * 0.5 * a * (1 - Math.pow(a, 20)) / (1 - a);
        long exposed = HOUSEHOLDS - m.getTotalDeported();   // deportation picks households blind to their thresholds
        assertBinomial(m.population().remaining(0), exposed, Math.exp(-clock), "targeted status after 20 days");
        assertEquals(5000, m.population().remaining(1), "a status not targeted feels no fear without spillover");
    }

    @Test
    @DisplayName("announced 10 days ahead: fear w at once, then max(decayed, w·2^(−days to deadline/h)); a CAMEO 174 event")
    void anAnnouncedDeadlineWarnsTheStatusesItWillTarget() {
        SmallScenario sc = new SmallScenario();
        sc.statuses.clear();
        sc.statuses.put("card", new StatusSpec("Card", HOUSEHOLDS, 0, 0, 0));
        sc.statuses.put("other", new StatusSpec("Other", 5000, 0, 0, 0));
        double w = 0.4;
        sc.returns = SmallScenario.returns().fearPerDay(0.1).warningFear(w).build();
        LocalDate start = sc.start.plusDays(12);
        sc.phases.add(new PolicyPhase("later", start, List.of("card"), 0, sc.start.plusDays(2), start.minusDays(1)));
        TensionModel m = sc.started(32);
        List<Event> events = new ArrayList<>();
        m.setEventListener(events::add);
        int deadline = 11;
        double fear = 0;
        double clock = 0;
        for (int day = 0; day < deadline + 1; day++) {
            m.schedule.step(m);
            if (day >= 2) {
                // the day's step: decay, then the rise toward the deadline (the announcement set w first)
                fear = Math.max(day == 2 ? w : fear, 0) * Math.pow(2, -0.1);
                fear = Math.max(fear, w * Math.pow(2, -(deadline - day) / 10.0));
                clock += 0.1 * fear;
            }
        }
        assertEquals(1, events.size(), events::toString);
        assertEquals(EventType.DEPORTATION, events.get(0).type());
        assertEquals(sc.start.plusDays(2), events.get(0).date());
        assertEquals(Math.log(21), events.get(0).magnitude(), 1e-12, "ln(1 + 20,000/1,000) persons warned");
        assertBinomial(m.population().remaining(0), HOUSEHOLDS, Math.exp(-clock), "warned status by its deadline");
        assertEquals(0, m.getTotalDeported(), "no one is deported before enforcement");
        assertEquals(5000, m.population().remaining(1), "a status not warned feels no fear without spillover");
    }
}
