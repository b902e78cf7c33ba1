package org.durand.model;

import static org.durand.model.Frequencies.assertMean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Answers to force (ODD §7.7, §7.21): when they come, that a government answers at most once a
 * day, that a ceasefire neither plans nor takes them, and that cutting the strike → retaliation
 * loop stops them. The haven answers every host strike (q ≈ 1: retaliationProbability 1 at full
 * drive) with a clash, having no means to strike; the host answers nothing.
 */
class RetaliationTest {

    private final SmallScenario sc = new SmallScenario();

    @BeforeEach
    void aHavenThatAlwaysAnswers() {
        sc.haven.retaliationProbability = 1;
        sc.haven.pressure = 1e9;                                     // D = 1: q = retaliationProbability
        sc.pressure = SmallScenario.pressure().halfLifeDays(Double.POSITIVE_INFINITY).build();   // for good
    }

    /** A model of the fixture over {@code days} days that collects the haven's clashes in {@code answers}. */
    private TensionModel started(int days, long seed, List<Event> answers) {
        sc.end = sc.start.plusDays(days);
        TensionModel m = sc.started(seed);
        m.setEventListener(e -> {
            if (e.type() == EventType.CLASH && e.actor().equals("Haven")) {
                answers.add(e);
            }
        });
        return m;
    }

    private static void step(TensionModel m, int days) {
        for (int d = 0; d < days; d++) {
            m.schedule.step(m);
        }
    }

    @Test
    @DisplayName("an answer comes 1 + Poisson(retaliationDelayDays − 1) days after the act: mean 4, variance 3")
    void answersComeAfterTheirDelay() {
        sc.coercion = SmallScenario.coercion().retaliationDelayDays(4).build();
        int strikes = 300;
        int every = 30;
        List<Event> answers = new ArrayList<>();
        TensionModel m = started(strikes * every + 40, 61, answers);
        double delays = 0;
        for (int s = 0; s < strikes; s++) {
            m.schedule.step(m);
            m.airStrike(m.host(), "", 1);                             // on days 0, 30, 60, …
            step(m, every - 1);
            assertEquals(s + 1, answers.size(), "one answer to each strike, before the next");
            delays += ChronoUnit.DAYS.between(sc.start.plusDays((long) s * every), answers.get(s).date());
        }
        assertMean(delays, strikes, 4, 3, "days from strike to answer");
    }

    @Test
    @DisplayName("an alarmed government answers with Bernoulli(q) + Poisson(q·level) acts: 1 + Poisson(1) at level 1")
    void alarmAddsAnswers() {
        sc.haven.pressure = 1000;
        sc.haven.grievance = 1e12;                                    // D = 1 for good: q = 1
        sc.pressure = SmallScenario.pressure().build();
        sc.grievance = SmallScenario.grievance().halfLifeDays(Double.POSITIVE_INFINITY).build();
        // an alarm of P₀ × memoryDays / (halfLife/ln 2) ≈ 1.5·10⁷ that hardly fades: level = reactivity = 1
        sc.response = SmallScenario.response().memoryDays(1e6).threshold(100).reactivity(1).build();
        // answers spread over 401 ± 20 days, so two answers to a strike seldom fall on one day (≈ 0.02 merged a strike)
        sc.coercion = SmallScenario.coercion().retaliationDelayDays(401).build();
        int strikes = 200;
        int every = 150;
        List<Event> answers = new ArrayList<>();
        TensionModel m = started(strikes * every + 600, 65, answers);
        assertEquals(1, m.haven().responseLevel(), 1e-9);
        for (int s = 0; s < strikes; s++) {
            m.schedule.step(m);
            m.airStrike(m.host(), "", 1);
            step(m, every - 1);
        }
        step(m, 600);
        assertMean(answers.size(), strikes, 2, 1, "answers per strike");
    }

    @Test
    @DisplayName("answers due the same day are one act of force: five strikes in a day draw one clash")
    void aGovernmentAnswersAtMostOnceADay() {
        List<Event> answers = new ArrayList<>();
        TensionModel m = started(10, 62, answers);
        m.schedule.step(m);
        for (int i = 0; i < 5; i++) {
            m.airStrike(m.host(), "", 1);
        }
        step(m, 3);
        assertEquals(1, answers.size());
        assertEquals(sc.start.plusDays(1), answers.get(0).date());
    }

    @Test
    @DisplayName("a ceasefire drops the answers due while it holds and plans none; they resume when it ends")
    void aCeasefireStopsTheAnswers() {
        List<Event> answers = new ArrayList<>();
        TensionModel m = started(60, 63, answers);
        m.schedule.step(m);
        m.airStrike(m.host(), "", 1);                                   // answer due on day 1
        m.request(Intervention.CEASEFIRE);                            // holds from day 1, before the governments act
        step(m, 1);
        assertTrue(m.isCeasefire(), "the ceasefire holds on day 1");
        m.airStrike(m.host(), "", 1);                                   // during the ceasefire
        step(m, Intervention.CEASEFIRE_DAYS + 1);
        assertEquals(List.of(), answers, "neither the answer due nor one to a strike during the ceasefire");
        m.airStrike(m.host(), "", 1);
        step(m, 1);
        assertEquals(1, answers.size(), "answered again once the ceasefire has ended");
    }

    @Test
    @DisplayName("strike → retaliation loop cut: no act of force is answered")
    void withoutTheLoopNothingIsAnswered() {
        sc.loops = SmallScenario.loops().strikeRetaliation(false).build();
        List<Event> answers = new ArrayList<>();
        TensionModel m = started(20, 64, answers);
        for (int d = 0; d < 10; d++) {
            m.schedule.step(m);
            m.airStrike(m.host(), "", 1);
            m.clash(m.host(), 1);
        }
        step(m, 5);
        assertEquals(List.of(), answers);
    }
}
