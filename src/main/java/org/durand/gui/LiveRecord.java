package org.durand.gui;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import org.durand.model.DayTally;
import org.durand.model.Event;
import org.durand.model.EventListener;
import org.durand.model.TensionModel;
import org.durand.observe.MetricSet;
import org.durand.observe.MonthlyRecorder;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * What the GUI shows, recorded by the model's one observer: the monthly series of a headless run
 * (the same {@link MonthlyRecorder}, stepped first), a row of daily values for the live charts,
 * and the events of the last days for the map. It is the model's event listener and observer,
 * so a checkpoint carries the whole history and a reopened run redraws its charts from it.
 * Being one observer, it leaves the schedule, and so the random stream, exactly as a headless
 * run has it.
 */
final class LiveRecord implements Steppable, EventListener {

    private static final long serialVersionUID = 1L;
    /** Events this many days old or more leave the map. */
    static final int RECENT_DAYS = 6;

    /** Columns of a daily row. */
    enum Column { TENSION, TRUST_HOST, TRUST_HAVEN, GRIEVANCE_HOST, GRIEVANCE_HAVEN, REFUGEES, RETURNS, TRADE,
        SECURITY, CIVILIAN, MILITANT }

    /**
     * One simulated day.
     *
     * @param date   the day
     * @param values by {@link Column} ordinal
     */
    record Day(LocalDate date, double[] values) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        double get(Column c) {
            return values[c.ordinal()];
        }
    }

    private final MonthlyRecorder monthly;
    private final ArrayList<Day> days = new ArrayList<>();
    private final ArrayDeque<Event> recent = new ArrayDeque<>();
    private final LiveScenario source;
    private final long baseSeed;
    private long fatalities;

    LiveRecord(TensionModel model, LiveScenario source, long baseSeed) {
        this.monthly = new MonthlyRecorder(MetricSet.of(model.scenario()), model);
        this.source = source;
        this.baseSeed = baseSeed;
    }

    @Override
    public void onEvent(Event event) {
        recent.addLast(event);
    }

    @Override
    public void step(SimState state) {
        monthly.step(state);
        TensionModel m = (TensionModel) state;
        DayTally t = m.today();
        int security = 0;
        int civilian = 0;
        int militant = 0;
        for (int p = 0; p < m.provinceIds().size(); p++) {
            security += t.security(p);
            civilian += t.civilian(p);
            militant += t.militant(p);
        }
        fatalities += security + civilian + militant;
        days.add(row(m, t.tradeUsd(), security, civilian, militant));
        LocalDate oldest = m.date().minusDays(RECENT_DAYS - 1L);
        while (!recent.isEmpty() && recent.peekFirst().date().isBefore(oldest)) {
            recent.removeFirst();
        }
    }

    /**
     * The state of {@code m}, started and waiting at its start with no day played, as a row
     * dated its first day: no deaths yet, and trade not a number, as no day has traded yet. The
     * charts draw it before play; the first day's row takes its place.
     */
    static Day start(TensionModel m) {
        return row(m, Double.NaN, 0, 0, 0);
    }

    private static Day row(TensionModel m, double tradeUsd, int security, int civilian, int militant) {
        double[] v = new double[Column.values().length];
        v[Column.TENSION.ordinal()] = m.getTensionIndex();
        v[Column.TRUST_HOST.ordinal()] = m.host().getTrust();
        v[Column.TRUST_HAVEN.ordinal()] = m.haven().getTrust();
        v[Column.GRIEVANCE_HOST.ordinal()] = m.host().getGrievance();
        v[Column.GRIEVANCE_HAVEN.ordinal()] = m.haven().getGrievance();
        v[Column.REFUGEES.ordinal()] = m.population().getRemaining();
        v[Column.RETURNS.ordinal()] = m.getTotalDeported() + m.getTotalReturned();
        v[Column.TRADE.ordinal()] = tradeUsd;
        v[Column.SECURITY.ordinal()] = security;
        v[Column.CIVILIAN.ordinal()] = civilian;
        v[Column.MILITANT.ordinal()] = militant;
        return new Day(m.date(), v);
    }

    /** The monthly recorder (the same series as a headless run's; read with care mid-run). */
    MonthlyRecorder monthly() {
        return monthly;
    }

    /** Days recorded so far. */
    int size() {
        return days.size();
    }

    /** Day {@code i} (0 = the first simulated day). */
    Day day(int i) {
        return days.get(i);
    }

    /** Events of the last {@link #RECENT_DAYS} days, oldest first. */
    List<Event> recent() {
        return List.copyOf(recent);
    }

    /** Fatalities on the host's soil since the start (security, civilian and militant). */
    long fatalities() {
        return fatalities;
    }

    /** Fatalities in the month of the last recorded day. */
    long fatalitiesThisMonth() {
        long sum = 0;
        for (int i = days.size() - 1; i >= 0 && sameMonth(days.get(i).date(), days.get(days.size() - 1).date()); i--) {
            Day d = days.get(i);
            sum += Math.round(d.get(Column.SECURITY) + d.get(Column.CIVILIAN) + d.get(Column.MILITANT));
        }
        return sum;
    }

    private static boolean sameMonth(LocalDate a, LocalDate b) {
        return a.getYear() == b.getYear() && a.getMonth() == b.getMonth();
    }

    /** The base seed the run was started with (see {@link DurandWithUI#runSeed(long)}). */
    long baseSeed() {
        return baseSeed;
    }

    /** The file and the inspector's changes the run was made with. */
    LiveScenario source() {
        return source;
    }
}
