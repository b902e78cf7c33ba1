package org.durand.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.durand.TestScenarios;
import org.durand.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** A replicate tells its progress day by day without changing what it computes. */
class ReplicateStepsTest {

    @Test
    void everyDayAndTheBuildAreReportedAndTheResultIsUnchanged() {
        Scenario s = TestScenarios.truncated(TestScenarios.baseline(TestScenarios.VERY_COARSE), LocalDate.of(2024, 2, 29));
        List<String> told = new ArrayList<>();
        RunResult stepped = Replicates.runOne(s, 3, 42, false, new Replicates.Steps() {
            @Override
            public void building(int rep) {
                told.add("building " + rep);
            }

            @Override
            public void day(int rep, int days) {
                told.add(Integer.toString(days));
            }
        });
        assertEquals(s.days() + 1, told.size());
        assertEquals("building 3", told.get(0));
        assertEquals("1", told.get(1));
        assertEquals(Integer.toString(s.days()), told.get(told.size() - 1));
        assertEquals(Replicates.runOne(s, 3, 42, false).series(), stepped.series());
    }
}
