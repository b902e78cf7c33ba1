package org.durand.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;

import org.durand.experiment.Seeds;
import org.durand.model.TensionModel;
import org.durand.scenario.ScenarioException;

import sim.display.Console;
import sim.display.Controller;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.portrayal.Inspector;

/**
 * The classroom GUI on MASON's Console (MASON's {@code …WithUI}): the model inspector with the
 * scenario's parameters as sliders, monitors and buttons that make events happen
 * ({@link ClassroomInspector}), the map ({@link BorderMap}), the live charts ({@link LiveCharts})
 * and the About tab. The model runs exactly as headless: the GUI attaches one observer,
 * {@link LiveRecord}, and reads; its windows are updated after each step on the Swing thread.
 *
 * <p>Seeds: the GUI holds a <em>base seed</em>, the seed of {@code durand run --seed}, and seeds
 * the model with the seed a headless run derives for its first replicate
 * ({@link #runSeed(long)}), all 64 bits of it. So with no button pressed and no setting changed, a
 * GUI run with base seed S gives exactly the numbers of replicate 1 of
 * {@code durand run SCENARIO --seed S}. The seed MASON's Console hands the model before a start
 * (32 bits of its own field) is overridden in {@link #start()}.
 */
public final class DurandWithUI extends GUIState {

    private LiveScenario source;
    private BorderMap map;
    private JFrame chartFrame;
    private LiveCharts charts;
    private ClassroomInspector inspector;
    private int shownDays;
    private volatile long baseSeed;
    /**
     * Whether the Updater refreshes the model tab: after a checkpoint is read, when the Console's
     * own refresher (set up at each start) is gone with the old run's queues.
     */
    private volatile boolean refreshInspector;
    private final AtomicBoolean inspectorQueued = new AtomicBoolean();

    /**
     * A GUI on {@code file}, or on the shipped baseline when {@code file} is null.
     *
     * @param baseSeed the base seed, as {@code durand run --seed} takes it (any long)
     * @throws ScenarioException with every problem of the file
     */
    public DurandWithUI(Path file, long baseSeed) throws ScenarioException {
        this(LiveScenario.read(file), baseSeed);
    }

    private DurandWithUI(LiveScenario source, long baseSeed) {
        super(new TensionModel(runSeed(baseSeed), source.scenario()));
        this.source = source;
        this.baseSeed = baseSeed;
    }

    /**
     * The seed of the model's generator for base seed {@code base}: the seed of replicate 1 (index
     * 0) of a headless run with that base seed.
     */
    static long runSeed(long base) {
        return Seeds.forReplicate(base, 0);
    }

    /** The base seed of the next start (and of the current run, unless changed since it started). */
    public long baseSeed() {
        return baseSeed;
    }

    /** Sets the base seed (any long; as {@code durand run --seed}); it takes effect at the next start. */
    public void setBaseSeed(long seed) {
        this.baseSeed = seed;
    }

    /** MASON's convention: the title of the Console. */
    public static String getName() {
        return "Durand";
    }

    /** The About tab (MASON's convention): the model explained the way NetLogo's Info tab does. */
    public static Object getInfo() {
        return About.html();
    }

    /** The running model. */
    public TensionModel model() {
        return (TensionModel) state;
    }

    LiveScenario source() {
        return source;
    }

    /**
     * Where the inspector's parameter rows send a change: this GUI's scenario and model;
     * {@code status} gets a problem's message, or a blank after a change that was taken.
     */
    ParameterTabs.Sink sink(Consumer<String> status) {
        return new ParameterTabs.Sink() {
            @Override
            public LiveScenario source() {
                return source;
            }

            @Override
            public TensionModel model() {
                return DurandWithUI.this.model();
            }

            @Override
            public boolean startOpen() {
                return atStart();
            }

            @Override
            public void apply(LiveScenario next, boolean live) {
                if (live || !model().isRunning()) {
                    model().applyScenario(next.scenario());
                    source = next;
                } else {
                    restart(next);
                }
            }

            @Override
            public void problem(String message) {
                status.accept(message);
            }
        };
    }

    /** Whether no run is under way, or the run waits at its start with no day played. */
    boolean atStart() {
        return !model().isRunning() || state.schedule.getTime() < 0;
    }

    /**
     * Builds the run again from its start with {@code next}, a value that shapes the start
     * changed: through the Console when there is one (stop, then start paused), so that its
     * windows follow.
     *
     * @throws IllegalStateException if a day of the run has been played
     */
    private void restart(LiveScenario next) {
        if (!atStart()) {
            throw new IllegalStateException("the run is past its start; stop it first");
        }
        source = next;
        if (controller instanceof ClassroomConsole console) {
            console.restartPaused(() -> model().applyScenario(next.scenario()));
        } else {
            finish();
            model().applyScenario(next.scenario());
            start();
        }
    }

    /** The record of the current run, or null before the first start. */
    LiveRecord record() {
        TensionModel m = model();
        return m.host() == null ? null : m.observer(LiveRecord.class);
    }

    BorderMap map() {
        return map;
    }

    LiveCharts charts() {
        return charts;
    }

    JFrame chartFrame() {
        return chartFrame;
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        map = new BorderMap(this);
        c.registerFrame(map.frame());
        map.frame().setVisible(true);
        chartFrame = new JFrame("Durand — live charts");
        chartFrame.setSize(700, 820);
        chartFrame.setDefaultCloseOperation(JFrame.HIDE_ON_CLOSE);
        newCharts();
        c.registerFrame(chartFrame);
        chartFrame.setVisible(true);
    }

    /** Fresh, empty charts for the current model; shown on the Swing thread. */
    private void newCharts() {
        if (chartFrame == null) {
            return;
        }
        var s = model().scenario();
        LiveCharts fresh = new LiveCharts(s.host().name(), s.haven().name(), s.start(),
                s.start().plusDays(s.days() - 1L), charts == null ? LiveCharts.View.WHOLE_RUN : charts.view());
        charts = fresh;
        shownDays = 0;
        invokeOnSwing(() -> {
            chartFrame.setContentPane(fresh.panel());
            chartFrame.revalidate();
        });
    }

    /**
     * Starts a run from the base seed (whatever seed the Console set), attaches the record and
     * connects the windows.
     */
    @Override
    public void start() {
        model().setSeed(runSeed(baseSeed));
        refreshInspector = false;
        super.start();
        TensionModel m = model();
        LiveRecord record = new LiveRecord(m, source, baseSeed);
        m.setEventListener(record);
        m.attach(record);
        connect();
    }

    /** A checkpoint is valid if it is a started Durand model saved from this GUI (it holds a {@link LiveRecord}). */
    @Override
    public boolean validSimState(SimState s) {
        if (!(s instanceof TensionModel m) || m.host() == null) {
            return false;
        }
        try {
            m.observer(LiveRecord.class);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** A checkpoint read: the map, charts and inspector follow the restored model and its history. */
    @Override
    public void load(SimState s) {
        super.load(s);
        refreshInspector = true;
        LiveRecord record = model().observer(LiveRecord.class);
        source = record.source();
        baseSeed = record.baseSeed();
        if (controller instanceof ClassroomConsole console) {
            invokeOnSwing(console::showSeed);
        }
        connect();
    }

    /** Re-attaches the windows to the current model and schedules their updates after each step. */
    private void connect() {
        if (map == null) {
            return;
        }
        newCharts();
        if (inspector != null) {
            invokeOnSwing(inspector::rebuild);
        }
        map.setUp(model());
        scheduleRepeatingImmediatelyAfter(new Updater());
        update();
    }

    /**
     * Model thread, after each step: copies the new days (or the start, before the first day),
     * refreshes the map's counts, and after a checkpoint was read, the model tab.
     */
    private final class Updater implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState s) {
            update();
        }
    }

    private void update() {
        LiveRecord record = record();
        if (record == null) {
            return;
        }
        map.refresh(model());
        if (refreshInspector && inspector != null && inspectorQueued.compareAndSet(false, true)) {
            ClassroomInspector target = inspector;
            SwingUtilities.invokeLater(() -> {
                inspectorQueued.set(false);
                synchronized (state.schedule) {
                    target.updateInspector();
                }
            });
        }
        List<LiveRecord.Day> rows = new ArrayList<>();
        if (record.size() == 0 && model().isRunning()) {
            rows.add(LiveRecord.start(model()));
        }
        int from = shownDays;
        for (int i = from; i < record.size(); i++) {
            rows.add(record.day(i));
        }
        shownDays = record.size();
        LiveCharts target = charts;
        SwingUtilities.invokeLater(() -> {
            if (target == charts) {
                charts.add(rows);
            }
        });
    }

    /**
     * Brings the map's province counts to the current day (they are counted every few days while
     * playing) and redraws it: called when the run comes to rest (it pauses, plays one day, stops
     * or ends, or a saved run is opened), so that the counts add up to the monitor's total.
     */
    void showStill() {
        if (map == null) {
            return;
        }
        synchronized (state.schedule) {
            map.countNow(model());
        }
        map.display().repaint();
    }

    /**
     * Replaces the model with a new one on {@code file} (stopping a run under way); the base seed
     * is kept. Under a Console the new run starts paused at its start, so its map shows.
     *
     * @throws ScenarioException with every problem of the file; the current model stays
     */
    void openScenario(Path file) throws ScenarioException {
        open(LiveScenario.read(file));
    }

    /** Replaces the model with a new one on {@code next}, as {@link #openScenario} does. */
    void open(LiveScenario next) {
        if (controller instanceof Console console) {
            console.pressStop();
        }
        synchronized (state.schedule) {
            source = next;
            state = new TensionModel(runSeed(baseSeed), next.scenario());
        }
        if (controller instanceof Console console) {
            console.pressPause();
            if (console instanceof ClassroomConsole classroom) {
                classroom.runBar().runReplaced();
            }
            return;
        }
        newCharts();
        if (map != null) {
            map.setUp(model());
        }
        if (inspector != null) {
            invokeOnSwing(inspector::rebuild);
        }
    }

    @Override
    public Inspector getInspector() {
        inspector = new ClassroomInspector(this);
        return inspector;
    }

    @Override
    public void quit() {
        super.quit();
        if (map != null) {
            map.frame().dispose();
        }
        if (chartFrame != null) {
            chartFrame.dispose();
        }
    }

    private static void invokeOnSwing(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) {
            r.run();
        } else {
            SwingUtilities.invokeLater(r);
        }
    }
}
