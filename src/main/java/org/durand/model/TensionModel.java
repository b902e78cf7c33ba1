package org.durand.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.durand.scenario.Behaviour;
import org.durand.scenario.GroupSpec;
import org.durand.scenario.Scenario;
import org.durand.scenario.Scenarios;
import org.durand.scenario.TimelineAction;

import sim.engine.RandomSequence;
import sim.engine.Schedule;
import sim.engine.Sequence;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The Durand model: two governments, the militant cells that operate across their border, the
 * refugee households, the border and its trade, on a daily calendar.
 *
 * <p>Each day runs these phases in this order (agents shuffled within a phase):
 * <ol>
 * <li>{@link #ORDER_DAWN} — the day's tallies are cleared;</li>
 * <li>{@link #ORDER_TIMELINE} — pinned events and policy phases of the day;</li>
 * <li>{@link #ORDER_GOVERNMENTS} — both governments decide (random order);</li>
 * <li>{@link #ORDER_CELLS} — militant cells may attack (random order);</li>
 * <li>{@link #ORDER_GROUPS} — counter-militant operations and recruitment, group by group;</li>
 * <li>{@link #ORDER_REFUGEES} — deportations and pressured returns;</li>
 * <li>{@link #ORDER_BORDER} — trade through the open crossings;</li>
 * <li>{@link #ORDER_DUSK} — grievance and pressure decay, trust reverts, restraint adjusts,
 * the tension index is computed;</li>
 * <li>{@link #ORDER_OBSERVE} — observers attached with {@link #attach}, which only read;</li>
 * <li>{@link #ORDER_END} — on the calendar's last day only, the schedule is emptied, so MASON's
 * loop ({@code doLoop}, the Console, or {@code while (schedule.step(state))}) ends there.</li>
 * </ol>
 * The schedule owns the clock: one step is one day, and {@link #day()} and {@link #date()} derive
 * from the schedule's time. All randomness comes from {@code random}, seeded in {@link #start()}
 * with all 64 bits of the seed (see {@link #generatorKey(long)}). The model does no I/O, and every
 * object it holds is serializable, so MASON's checkpoints capture a run whole.
 */
public final class TensionModel extends SimState {

    private static final long serialVersionUID = 1L;

    public static final int ORDER_DAWN = 0;
    public static final int ORDER_TIMELINE = 1;
    public static final int ORDER_GOVERNMENTS = 2;
    public static final int ORDER_CELLS = 3;
    public static final int ORDER_GROUPS = 4;
    public static final int ORDER_REFUGEES = 5;
    public static final int ORDER_BORDER = 6;
    public static final int ORDER_DUSK = 7;
    public static final int ORDER_OBSERVE = 8;
    public static final int ORDER_END = 9;

    /** The scenario given to the model (at construction or by {@link #applyScenario}): each start builds from it. */
    private Scenario given;
    /** The scenario in force: {@link #given}, switched by the timeline's {@code set} entries that have fired. */
    private Scenario scenario;
    /** The id of the last {@code set} entry of the timeline that fired in this run, or null. */
    private String lastSetting;
    private final List<String> provinceIds;
    /** The observers attached with {@link #attach}, in attachment order, each with its first day. */
    private final List<Attached> observers = new ArrayList<>();
    private long fullSeed;
    private EventListener listener;

    private Draws draws;
    private Government host;
    private Government haven;
    private List<MilitantGroup> groups;
    private RefugeePopulation population;
    private Border border;
    private Timeline timeline;
    private TensionIndex tension;
    private DayTally tally;
    private Consequences consequences;
    private final LiveControl live = new LiveControl();
    private boolean running;
    private boolean spinningUp;

    /**
     * A model of {@code scenario} whose generator will be seeded with all 64 bits of {@code seed}.
     *
     * @param seed     any long; two different seeds give different runs
     * @param scenario a validated scenario (see {@link org.durand.scenario.ScenarioReader})
     */
    public TensionModel(long seed, Scenario scenario) {
        super(seed, new Clock());
        this.fullSeed = seed;
        this.given = scenario;
        this.scenario = scenario;
        this.provinceIds = List.copyOf(scenario.provinces().keySet());
    }

    /**
     * MASON's convention: a model of the default scenario (the bundled baseline), so that
     * {@code doLoop(TensionModel.class, args)} and the Console can make one from a seed alone.
     *
     * @throws IllegalStateException if the bundled scenario cannot be read (a broken build)
     */
    public TensionModel(long seed) {
        this(seed, Scenarios.defaultScenario());
    }

    /**
     * The generator key of {@code seed}: its high and low 32 bits, in that order, for
     * {@link ec.util.MersenneTwisterFast#setSeed(int[])}. ({@code MersenneTwisterFast(long)} keeps only the
     * low 32 bits, so seeds that share them would give identical runs.)
     */
    public static int[] generatorKey(long seed) {
        return new int[] {(int) (seed >>> 32), (int) seed};
    }

    /** The seed in full, as given to the constructor or to {@link #setSeed(long)}. */
    public long fullSeed() {
        return fullSeed;
    }

    /** Reseeds, keeping all 64 bits (MASON's own {@code setSeed} keeps 32); takes effect at {@link #start()}. */
    @Override
    public void setSeed(long seed) {
        super.setSeed(seed);
        this.fullSeed = seed;
    }

    /** Receives every event as it is emitted (set before {@link #start()}; part of the checkpointed state). */
    public void setEventListener(EventListener listener) {
        this.listener = listener;
    }

    /** The event listener set with {@link #setEventListener}, or null (also after a checkpoint is read). */
    public EventListener eventListener() {
        return listener;
    }

    /**
     * Schedules {@code observer} at {@link #ORDER_OBSERVE} of every day from the current one (call
     * after {@link #start()}); it is kept with the model, so checkpoints carry it.
     */
    public void attach(Steppable observer) {
        synchronized (observers) {
            observers.add(new Attached(observer, schedule.getTime() < 0 ? 0 : (long) schedule.getTime() + 1));
        }
    }

    /**
     * An observer and the first day it is stepped. The observers are stepped in attachment order by
     * one entry of MASON's schedule ({@link Observe}), not one entry each: MASON shuffles the
     * entries that share a time and an ordering with the model's generator, so observers scheduled
     * one by one would draw from it, and the run would depend on how many windows were open.
     */
    private record Attached(Steppable observer, long firstDay) implements java.io.Serializable {
    }

    /** Steps the attached observers due today, in attachment order (the schedule's observe phase). */
    private static final class Observe implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState state) {
            TensionModel m = (TensionModel) state;
            List<Attached> due;
            synchronized (m.observers) {
                due = List.copyOf(m.observers);
            }
            for (Attached a : due) {
                if (a.firstDay() <= m.schedule.getTime()) {
                    a.observer().step(m);
                }
            }
        }
    }

    /** The first attached observer of {@code type} (for a model restored from a checkpoint). */
    public <T> T observer(Class<T> type) {
        List<Attached> all;
        synchronized (observers) {
            all = List.copyOf(observers);
        }
        return all.stream().map(Attached::observer).filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("no observer of type " + type.getSimpleName()));
    }

    /**
     * Seeds the generator from the full seed, builds the agents from the scenario and schedules
     * the day's phases; a model may be started again (the Console's restart) and then repeats its run.
     */
    @Override
    public void start() {
        random.setSeed(generatorKey(fullSeed));
        super.start();
        scenario = given;          // a restart begins from the scenario given, not from one a set switched to
        lastSetting = null;
        synchronized (observers) {
            observers.clear();
        }
        live.reset();
        running = true;
        draws = new Draws(random);
        Behaviour b = scenario.behaviour();
        host = new Government(scenario.host(), b);
        haven = new Government(scenario.haven(), b);
        host.setOther(haven);
        haven.setOther(host);
        tally = new DayTally(provinceIds.size());
        tension = new TensionIndex(scenario.tension());
        consequences = new Consequences(this);
        groups = new ArrayList<>();
        List<Steppable> cells = new ArrayList<>();
        scenario.groups().forEach((id, spec) -> {
            MilitantGroup g = new MilitantGroup(id, spec, cellProvinces(spec), draws);
            groups.add(g);
            cells.addAll(g.cells());
        });
        population = new RefugeePopulation(scenario.refugees(), provinceIds, scenario.personsPerAgent(),
                b.returns(), draws);
        border = new Border(List.copyOf(scenario.crossings().keySet()), List.copyOf(scenario.crossings().values()),
                (host.getTrust() + haven.getTrust()) / 2);
        timeline = new Timeline(scenario);
        schedule.scheduleRepeating(0, ORDER_DAWN, new DailyPhases.Dawn(), 1);
        schedule.scheduleRepeating(0, ORDER_TIMELINE, timeline, 1);
        schedule.scheduleRepeating(0, ORDER_GOVERNMENTS, new RandomSequence(new Steppable[] {host, haven}), 1);
        schedule.scheduleRepeating(0, ORDER_CELLS, new RandomSequence(cells.toArray(new Steppable[0])), 1);
        schedule.scheduleRepeating(0, ORDER_GROUPS, new Sequence(groups.toArray(new Steppable[0])), 1);
        schedule.scheduleRepeating(0, ORDER_REFUGEES, population, 1);
        schedule.scheduleRepeating(0, ORDER_BORDER, border, 1);
        schedule.scheduleRepeating(0, ORDER_DUSK, new DailyPhases.Dusk(), 1);
        schedule.scheduleRepeating(0, ORDER_OBSERVE, new Observe(), 1);
        schedule.scheduleOnce(scenario.days() - 1, ORDER_END, new DailyPhases.CalendarEnd());
        spinUp(scenario.spinUpDays(), cells);
    }

    /**
     * The spin-up (ODD §5): {@code days} days before the start, the governments decide, the cells
     * attack, the groups fight and recruit and dusk relaxes, as on any day under the start's
     * conditions, so that fighters, grievance, pressure, alarm, trust, restraint, self-excitation
     * and the tension index start in the model's own state rather than at values set by hand. The
     * timeline, the refugees and the border's trade do not run; closures and answers to force,
     * which would reach into the run, are not taken; the background returns of the refugees
     * present raise the haven's grievance and pressure at their expected daily number, without any
     * household leaving; nothing is recorded or sent to the listener.
     */
    private void spinUp(int days, List<Steppable> cells) {
        if (days <= 0) {
            return;
        }
        spinningUp = true;
        Steppable governments = new RandomSequence(new Steppable[] {host, haven});
        Steppable cellPhase = new RandomSequence(cells.toArray(new Steppable[0]));
        double backgroundReturns = population.backgroundReturnsPerDay();
        for (int d = 0; d < days; d++) {
            tally.clear();
            governments.step(this);
            cellPhase.step(this);
            for (MilitantGroup g : groups) {
                g.step(this);
            }
            consequences.backgroundReturns(backgroundReturns);
            dusk();
        }
        tally.clear();
        spinningUp = false;
    }

    /** Whether the model is in its spin-up before the start (see {@link #spinUp}). */
    boolean spinningUp() {
        return spinningUp;
    }

    /** Ends the run: after this, {@link #applyScenario} may change any value for the next start. */
    @Override
    public void finish() {
        super.finish();
        running = false;
    }

    /**
     * Asks for {@code what} to happen at the start of the next simulated day (in the timeline
     * phase, after the day's pinned events). Safe to call from another thread, for example the
     * GUI's, while the model steps; requests pile up in order until the day applies them.
     */
    public void request(Intervention what) {
        live.request(what);
    }

    /** Whether a run is under way: started and not yet finished (its fixed values cannot change). */
    public boolean isRunning() {
        return running;
    }

    /** Interventions asked for with {@link #request} that the next day will apply, in order. */
    public List<Intervention> pendingInterventions() {
        return live.pending();
    }

    /** Whether a ceasefire ({@link Intervention#CEASEFIRE}) holds on the current day. */
    public boolean isCeasefire() {
        return live.ceasefire(day());
    }

    /**
     * Replaces the scenario. Between runs (before {@link #start()} or after {@link #finish()})
     * any value may change and the next start builds from {@code next}. During a run only values
     * whose registry entry is {@code live} may differ; they reach the agents at once: the
     * governments' rates and hawkishness, the groups' rates and equipment share (set to the new
     * value when it changed), the active phase's deportation capacity, the mechanisms' and the
     * tension index's parameters. Household return thresholds drawn at the start keep their values.
     *
     * <p>During a run, the timeline's {@code set} entries that have already fired stay in force:
     * the values taken are those of {@code next} with those entries applied (the scenario that
     * {@code next}'s own entry switches to), and {@code set} entries still to come switch from
     * {@code next}, so a live change is neither undone by a later entry nor undoes an earlier one.
     *
     * @param next a validated scenario with the same ids (typically this one re-read with a
     *             {@code --set} override)
     * @throws IllegalArgumentException during a run, if a value that is not live differs, naming it
     */
    public void applyScenario(Scenario next) {
        Scenario effective = running && lastSetting != null ? settingOf(next, lastSetting) : next;
        if (running) {
            String fixed = LiveControl.firstFixedDifference(scenario.parameters(), effective.parameters());
            if (fixed != null) {
                throw new IllegalArgumentException(fixed + " only shapes the start of a run and cannot change "
                        + "during one; stop the run first");
            }
            LiveControl.handOver(this, effective);
        }
        given = next;
        scenario = effective;
    }

    /**
     * The timeline's {@code set} entry {@code id} fires: the values of the scenario given, with
     * every {@code set} up to this one applied, reach the agents. The scenario given stays as it
     * was, so a restart begins from it.
     */
    void applySetting(String id) {
        Scenario next = settingOf(given, id);
        LiveControl.handOver(this, next);
        scenario = next;
        lastSetting = id;
    }

    /** The scenario that the {@code set} entry {@code id} of {@code s}'s timeline switches to. */
    private static Scenario settingOf(Scenario s, String id) {
        for (var e : s.timeline()) {
            if (e.id().equals(id) && e.action() instanceof TimelineAction.SetParameter set
                    && set.setting() != null) {
                return set.setting();
            }
        }
        throw new IllegalStateException("the scenario's timeline has no set entry '" + id
                + "' with the scenario it switches to (read it with ScenarioReader.read)");
    }

    /** Applies the interventions asked for since yesterday (called by the timeline phase). */
    void applyRequested() {
        live.applyPending(this);
    }

    /** Cells of a group, each placed in a province drawn from the group's province shares. */
    private int[] cellProvinces(GroupSpec spec) {
        int n = Math.max(1, (int) Math.ceil(spec.fighters() / (double) spec.cellSize()));
        double[] shares = provinceIds.stream().mapToDouble(p -> spec.provinces().getOrDefault(p, 0.0)).toArray();
        int[] out = new int[n];
        for (int c = 0; c < n; c++) {
            out[c] = draws.weighted(shares);
        }
        return out;
    }

    /** Steps the schedule until the model stops itself on the calendar's last day, then {@link #finish()}. */
    public void runToEnd() {
        runToEnd(days -> { });
    }

    /**
     * {@link #runToEnd()}, telling {@code afterDay} the number of days simulated so far after each
     * day (1 after the first); it must only read.
     */
    public void runToEnd(java.util.function.IntConsumer afterDay) {
        int days = 0;
        while (schedule.step(this)) {
            afterDay.accept(++days);
        }
        finish();
    }

    /** Decay and reversion of both governments' state, then the day's tension index. */
    void dusk() {
        host.relax(border.tie());
        haven.relax(border.tie());
        tension.update();
    }

    // ---- what the timeline (or a teacher) makes happen --------------------------------------

    /** Factor on the attack rates of groups the haven hosts today: the ceasefire's while one holds, else 1. */
    double ceasefireAttackFactor() {
        return live.attackFactor(steppingDay());
    }

    /** Ceasefires and requested interventions (part of the checkpointed state). */
    LiveControl live() {
        return live;
    }

    // ---- what agents call -------------------------------------------------------------

    /** Emits an event: applies its bilateral effects (mechanisms 3 and 4), then logs it. */
    void emit(EventType type, Actor actor, Actor target, double magnitude, String province) {
        consequences.ofEvent(type, actor, target, magnitude);
        if (listener != null && !spinningUp) {
            listener.onEvent(new Event(date(), actor.label(), target.label(), type, magnitude, province));
        }
    }

    /** A cross-border air strike by {@code by} (see {@link CrossBorder#airStrike}). */
    void airStrike(Government by, String groupId, double magnitude) {
        CrossBorder.airStrike(this, by, groupId, magnitude);
    }

    /** A border clash started by {@code by} (see {@link CrossBorder#clash}). */
    void clash(Government by, double magnitude) {
        CrossBorder.clash(this, by, magnitude);
    }

    /** Interdiction of advanced equipment (see {@link CrossBorder#interdict}). */
    void interdict(Government by, String groupId, double share) {
        CrossBorder.interdict(this, by, groupId, share);
    }

    // ---- what observers read ----------------------------------------------------------

    public Scenario scenario() {
        return scenario;
    }

    Draws draws() {
        return draws;
    }

    /**
     * Day index from the schedule's time: 0 on the start date (and before the first step), the
     * day being stepped during a step, the last simulated day between steps and after the end.
     */
    public int day() {
        double t = schedule.getTime();
        if (t < 0) {
            return 0;
        }
        return t == Schedule.AFTER_SIMULATION ? scenario.days() - 1 : (int) Math.min(t, scenario.days() - 1);
    }

    /**
     * {@link #day()} for the mechanisms, on the thread that steps the model: the schedule's time read
     * without the lock MASON's {@code getTime()} takes, which cost a tenth of a replicate when every
     * militant cell asked for it every day.
     */
    int steppingDay() {
        if (!(schedule instanceof Clock clock)) {
            return day();
        }
        double t = clock.unlockedTime();
        if (t < 0) {
            return 0;
        }
        return t == Schedule.AFTER_SIMULATION ? scenario.days() - 1 : (int) Math.min(t, scenario.days() - 1);
    }

    /** MASON's schedule, whose time the thread that steps it may read without taking its lock. */
    private static final class Clock extends Schedule {
        private static final long serialVersionUID = 1L;

        double unlockedTime() {
            return time;
        }
    }

    /** The date of {@link #day()}. */
    public LocalDate date() {
        return scenario.start().plusDays(day());
    }

    public Government host() {
        return host;
    }

    public Government haven() {
        return haven;
    }

    public List<MilitantGroup> groups() {
        return Collections.unmodifiableList(groups);
    }

    public RefugeePopulation population() {
        return population;
    }

    public Border border() {
        return border;
    }

    /** Today's counts (valid after the last phase of the day). */
    public DayTally today() {
        return tally;
    }

    /** The tension index today, 0–100. */
    public double getTensionIndex() {
        return tension.value();
    }

    public List<String> provinceIds() {
        return provinceIds;
    }

    int provinceCount() {
        return provinceIds.size();
    }

    String provinceId(int p) {
        return provinceIds.get(p);
    }

    /** What events, attacks and returns do to the state (agents report through it). */
    Consequences consequences() {
        return consequences;
    }

    TensionIndex tension() {
        return tension;
    }

    Timeline timeline() {
        return timeline;
    }

    /** Persons deported since the start. */
    public long getTotalDeported() {
        return consequences.totalDeported();
    }

    /** Persons returned under pressure since the start. */
    public long getTotalReturned() {
        return consequences.totalReturned();
    }
}
