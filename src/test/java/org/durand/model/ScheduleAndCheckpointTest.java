package org.durand.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.durand.TestScenarios;
import org.durand.experiment.Replicates;
import org.durand.experiment.RunResult;
import org.durand.observe.EventLog;
import org.durand.observe.MetricSet;
import org.durand.observe.MonthlyRecorder;
import org.durand.observe.MonthlySeries;
import org.durand.scenario.Scenario;
import org.junit.jupiter.api.Test;

import sim.engine.SimState;

/**
 * The schedule owns the clock: MASON's own loop ends the model on its end date with the same
 * outputs as {@code durand run}, and a checkpoint written with MASON's {@code writeToCheckpoint}
 * and read back continues to exactly the outputs of an uninterrupted run.
 */
class ScheduleAndCheckpointTest {

    private static final Scenario SCENARIO = TestScenarios.baseline(TestScenarios.VERY_COARSE);
    private static final long SEED = 20_241_224L;

    private static TensionModel started(long seed) {
        TensionModel m = new TensionModel(seed, SCENARIO);
        m.setEventListener(new EventLog());
        m.start();
        m.attach(new MonthlyRecorder(MetricSet.of(SCENARIO), m));
        return m;
    }

    /** Steps until MASON's schedule says there is nothing left; returns the number of steps taken. */
    private static int stepToEnd(SimState m) {
        int steps = 0;
        while (m.schedule.step(m)) {
            steps++;
        }
        return steps;
    }

    private static TensionModel roundTrip(TensionModel m) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        m.writeToCheckpoint(bytes);
        return (TensionModel) SimState.readFromCheckpoint(new ByteArrayInputStream(bytes.toByteArray()));
    }

    private static void assertSameOutputs(TensionModel expected, TensionModel actual) {
        MonthlySeries a = expected.observer(MonthlyRecorder.class).series();
        MonthlySeries b = actual.observer(MonthlyRecorder.class).series();
        assertEquals(a.months(), b.months());
        for (String metric : a.metrics().names()) {
            assertArrayEquals(a.values(metric), b.values(metric), metric);
        }
        assertEquals(((EventLog) expected.eventListener()).events(), ((EventLog) actual.eventListener()).events());
    }

    @Test
    void masonsLoopStepsEveryDayAndStopsOnTheEndDate() {
        TensionModel m = started(SEED);
        assertEquals(0, m.day());
        assertEquals(SCENARIO.start(), m.date(), "before the first step the date is the start");
        m.schedule.step(m);
        assertEquals(0, m.day(), "after the first step the date is the day just simulated");
        int steps = 1 + stepToEnd(m);
        assertEquals(SCENARIO.days(), steps);
        assertEquals(LocalDate.of(2026, 12, 31), m.date());
        assertFalse(m.schedule.step(m), "nothing is left to step after the end date");
    }

    @Test
    void masonsLoopGivesTheSameOutputsAsARun() {
        TensionModel m = started(SEED);
        stepToEnd(m);
        RunResult run = Replicates.runOne(SCENARIO, 0, SEED, true);
        MonthlySeries mine = m.observer(MonthlyRecorder.class).series();
        for (String metric : mine.metrics().names()) {
            assertArrayEquals(run.series().values(metric), mine.values(metric), metric);
        }
        assertEquals(run.events(), ((EventLog) m.eventListener()).events());
    }

    @Test
    void aModelMadeFromASeedAloneRunsTheShippedBaseline() {
        TensionModel m = new TensionModel(3);
        assertEquals("baseline", m.scenario().name());
        m.start();
        assertEquals(m.scenario().days(), stepToEnd(m));
        assertEquals(m.scenario().end(), m.date());
    }

    @Test
    void aCheckpointAtDay400ContinuesToTheUninterruptedOutputs() throws Exception {
        TensionModel whole = started(SEED);
        stepToEnd(whole);

        TensionModel part = started(SEED);
        for (int d = 0; d < 400; d++) {
            part.schedule.step(part);
        }
        assertEquals(399, part.day());
        TensionModel restored = roundTrip(part);
        assertEquals(part.date(), restored.date());
        assertEquals(SCENARIO.days() - 400, stepToEnd(restored));
        assertSameOutputs(whole, restored);
    }

    @Test
    void aCheckpointOnTheLastDayEndsWhereTheRunEnds() throws Exception {
        TensionModel whole = started(SEED);
        stepToEnd(whole);

        TensionModel beforeLast = started(SEED);
        for (int d = 0; d < SCENARIO.days() - 1; d++) {
            beforeLast.schedule.step(beforeLast);
        }
        TensionModel restored = roundTrip(beforeLast);
        assertEquals(1, stepToEnd(restored), "the last day is left to run");
        assertSameOutputs(whole, restored);

        TensionModel finished = roundTrip(whole);
        assertEquals(0, stepToEnd(finished), "a finished model stays finished");
        assertEquals(SCENARIO.end(), finished.date());
        assertSameOutputs(whole, finished);
    }

    @Test
    void theObserversAttachedChangeNothingInTheRun() {
        TensionModel recorded = started(SEED);
        stepToEnd(recorded);
        TensionModel bare = ModelSteps.started(SCENARIO, SEED);
        for (int k = 0; k < 3; k++) {
            bare.attach(state -> { });          // as the GUI's windows attach theirs
        }
        stepToEnd(bare);
        assertEquals(((EventLog) recorded.eventListener()).events(), ((EventLog) bare.eventListener()).events(),
                "the same events, in the same order, with and without observers");
    }

    @Test
    void restartingAModelRepeatsItsRun() {
        TensionModel m = started(SEED);
        stepToEnd(m);
        List<Event> first = ((EventLog) m.eventListener()).events();
        m.setEventListener(new EventLog());
        m.start();
        stepToEnd(m);
        assertEquals(first, ((EventLog) m.eventListener()).events());
    }
}
