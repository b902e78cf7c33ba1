package org.durand.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.durand.TestScenarios;
import org.durand.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * A {@code communal} timeline entry (ODD §7.18): the record's tribal and sectarian dead, which no
 * agent of the model kills, are counted as civilians in their province on their day and in nothing
 * else: no attack is counted, no group is excited, the host's pressure and alarm do not take them
 * and nothing is laid at the haven's door. The same seed with and without the entry differs on
 * that day by exactly its deaths, and then not at all: the two runs go on alike.
 */
class CommunalViolenceTest {

    private static final LocalDate DAY = LocalDate.of(2024, 11, 21);

    private static Scenario scenario(boolean pinned) {
        List<String> sets = new java.util.ArrayList<>(List.of(TestScenarios.VERY_COARSE));
        if (pinned) {
            sets.addAll(List.of("timeline.feud.date=" + DAY, "timeline.feud.type=communal", "timeline.feud.actor=host",
                    "timeline.feud.province=kp", "timeline.feud.deaths=60"));
        }
        return TestScenarios.truncated(TestScenarios.baseline(sets.toArray(new String[0])), DAY.plusDays(40));
    }

    /** A model of {@code s} stepped to the end of {@link #DAY}, its tally still that day's. */
    private static TensionModel atEndOf(Scenario s) {
        TensionModel m = ModelSteps.started(s, 3);
        ModelSteps.stepTo(m, DAY);
        assertEquals(DAY, m.date(), "stepped through the entry's day");
        return m;
    }

    @Test
    void itsDeadAreCiviliansOnTheHostsSoilAndNoGroupsAttack() {
        TensionModel with = atEndOf(scenario(true));
        TensionModel without = atEndOf(scenario(false));
        int kp = with.provinceIds().indexOf("kp");
        assertEquals(without.today().civilian(kp) + 60, with.today().civilian(kp), "its 60 dead, in KP, as civilians");
        assertEquals(without.today().security(kp), with.today().security(kp));
        assertEquals(without.today().militant(kp), with.today().militant(kp));
        assertEquals(without.today().attacks(), with.today().attacks(), "no attack is counted");
        assertEquals(without.today().goldstein(), with.today().goldstein(), 0, "no bilateral event");
        for (int g = 0; g < with.groups().size(); g++) {
            assertEquals(without.groups().get(g).getTriggeredIntensity(), with.groups().get(g).getTriggeredIntensity(),
                    0, "no group is excited: " + with.groups().get(g).id());
        }
        assertEquals(without.haven().getPressure(), with.haven().getPressure(), 0, "nothing falls on the haven");
        assertEquals(without.host().getPressure(), with.host().getPressure(), 0, "nor on the host's pressure");
        assertEquals(without.host().getAlarm(), with.host().getAlarm(), 0, "nor on its alarm");
        for (int d = 0; d < 30; d++) {
            with.schedule.step(with);
            without.schedule.step(without);
        }
        assertEquals(without.getTensionIndex(), with.getTensionIndex(), 0, "a month later the runs are alike");
        assertEquals(without.groups().get(0).getFighters(), with.groups().get(0).getFighters());
        assertEquals(without.today().civilian(kp), with.today().civilian(kp));
    }

    @Test
    void anEntryWithoutAProvinceIsRefusedNamingTheKey() {
        var r = org.durand.Cli.run("validate", TestScenarios.BASELINE.toString(), "--set", "timeline.feud.date=2024-11-21",
                "--set", "timeline.feud.type=communal", "--set", "timeline.feud.actor=host", "--set", "timeline.feud.deaths=60");
        assertEquals(2, r.exit(), r::all);
        assertTrue(r.err().contains("timeline.feud.province") && r.err().contains("is missing; allowed: "), r::all);
    }
}
