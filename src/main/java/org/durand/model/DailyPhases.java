package org.durand.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/** The model's own daily phases that are not agents: dawn, dusk and the end of the calendar. */
final class DailyPhases {

    private DailyPhases() {
    }

    /** Clears the day's tallies (first phase of every day, {@link TensionModel#ORDER_DAWN}). */
    static final class Dawn implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState state) {
            ((TensionModel) state).today().clear();
        }
    }

    /** Decay, reversion and the tension index ({@link TensionModel#ORDER_DUSK}). */
    static final class Dusk implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState state) {
            ((TensionModel) state).dusk();
        }
    }

    /**
     * Empties the schedule after the last day's observers ({@link TensionModel#ORDER_END}, scheduled
     * once, on the calendar's last day), so that every loop that steps the schedule stops there.
     */
    static final class CalendarEnd implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState state) {
            state.schedule.clear();
        }
    }
}
