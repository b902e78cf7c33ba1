package org.durand.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.durand.observe.EventLog;
import org.durand.scenario.Scenario;

/** Starting a model of a read scenario and stepping it to a date, for tests of dated entries. */
final class ModelSteps {

    private ModelSteps() {
    }

    /** A model of {@code s} with replicate seed {@code seed}, started, its events logged. */
    static TensionModel started(Scenario s, long seed) {
        TensionModel m = new TensionModel(seed, s);
        m.setEventListener(new EventLog());
        m.start();
        return m;
    }

    /** Steps {@code m} until the day {@code date} has been simulated. */
    static void stepTo(TensionModel m, LocalDate date) {
        int day = (int) ChronoUnit.DAYS.between(m.scenario().start(), date);
        while (m.day() < day || m.schedule.getTime() < 0) {
            m.schedule.step(m);
        }
    }
}
