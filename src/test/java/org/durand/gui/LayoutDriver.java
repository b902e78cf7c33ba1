package org.durand.gui;

import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.WindowEvent;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;

import javax.imageio.ImageIO;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;

import org.durand.model.Intervention;
import org.jfree.chart.ChartPanel;

import sim.display.Console;

/**
 * Drives the classroom GUI on a screen of the size the display has, for
 * {@link LayoutUnderDisplayTest} (which runs it in its own JVM): records where the controls a
 * class needs are on the screen and what the charts show at the start, types a seed beyond 32 bits
 * into the Console's seed field, plays, pauses and plays again, pauses on a date, plays one day,
 * plays at a set speed, closes the map and the charts and shows them again from the Windows menu,
 * stops, opens a second scenario of a shorter calendar and plays it to its end, and takes pictures
 * of the whole screen at the start and at the end and of the windows. Arguments: the output
 * folder, the scenario file and the short scenario file.
 */
public final class LayoutDriver {

    private LayoutDriver() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        AtomicReference<Console> ref = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                ref.set(Classroom.open(Path.of(args[1]), 7));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        ClassroomConsole console = (ClassroomConsole) ref.get();
        DurandWithUI gui = Classroom.gui(console);
        RunBar bar = console.runBar();
        Properties report = new Properties();
        Classroom.onSwing(() -> { });
        report.setProperty("openedPaused", String.valueOf(console.getPlayState() == Console.PS_PAUSED));
        report.setProperty("openedAtStart", String.valueOf(gui.state.schedule.getTime() < 0 && gui.model().isRunning()));
        report.setProperty("incrementSeedOnStop", String.valueOf(console.getIncrementSeedOnStop()));
        report.setProperty("startChartPoints", String.valueOf(gui.charts().days()));
        report.setProperty("startRefugeesAxisTop", String.valueOf(gui.charts().valueRanges().get(2).getUpperBound()));
        report.setProperty("startRefugees", String.valueOf(gui.model().population().getRemaining()));
        Classroom.onSwing(() -> gui.map().display().repaint());
        Thread.sleep(300);
        Classroom.onSwing(() -> { });
        shootScreen(out.resolve("start.png"));

        long seed = (1L << 40) + 3;
        Classroom.onSwing(() -> console.seedField().setValue(console.seedField().newValue(Long.toString(seed))));
        report.setProperty("seedTyped", Long.toString(seed));
        report.setProperty("seedKept", Long.toString(gui.baseSeed()));
        report.setProperty("seedOfRun", Long.toString(gui.model().fullSeed()));
        report.setProperty("seedExpected", Long.toString(DurandWithUI.runSeed(seed)));
        report.setProperty("restartedAtStart", String.valueOf(console.getPlayState() == Console.PS_PAUSED
                && gui.state.schedule.getTime() < 0));

        Classroom.playDays(console, 40);
        Classroom.onSwing(() -> where(console, gui, bar, report));
        Thread.sleep(300);
        Classroom.onSwing(() -> { });
        shootScreen(out.resolve("screen.png"));

        Classroom.onSwing(console::pressPlay);
        Thread.sleep(300);
        report.setProperty("playResumes", String.valueOf(console.getPlayState() == Console.PS_PLAYING));
        Classroom.onSwing(console::pressPause);

        LocalDate asked = gui.model().date().plusDays(30);
        Classroom.onSwing(() -> {
            bar.setDaysPerSecond(0);
            bar.pauseField().setText(asked.toString());
            bar.pauseField().postActionEvent();
            console.pressPlay();
        });
        waitWhilePlaying(console, 300_000);   // 30 days: a second, or some on a busy machine
        report.setProperty("pauseAsked", asked.toString());
        report.setProperty("pausedOn", gui.model().date().toString());

        int before = gui.record().size();
        Classroom.onSwing(() -> bar.oneDayButton().doClick());
        Classroom.onSwing(() -> { });
        report.setProperty("oneDayDays", String.valueOf(gui.record().size() - before));
        report.setProperty("oneDayPaused", String.valueOf(console.getPlayState() == Console.PS_PAUSED));

        long[] persons = gui.map().persons();
        long sum = 0;
        for (long p : persons) {
            sum += p;
        }
        report.setProperty("mapRefugees", String.valueOf(sum));
        report.setProperty("refugees", String.valueOf(gui.model().population().getRemaining()));

        Classroom.onSwing(() -> {
            bar.setDaysPerSecond(5);
            console.pressPlay();
        });
        Thread.sleep(1000);
        int from = gui.model().day();
        long t0 = System.nanoTime();
        Thread.sleep(3000);
        int to = gui.model().day();
        double seconds = (System.nanoTime() - t0) / 1e9;
        Classroom.onSwing(console::pressPause);
        report.setProperty("speedAsked", "5");
        report.setProperty("speedMeasured", String.valueOf((to - from) / seconds));

        Classroom.writePng(Classroom.screenshot(console), out.resolve("windows.png"));

        Classroom.onSwing(() -> {
            // the longest day's number a run of this scenario shows, in the bar as laid out now
            javax.swing.JLabel day = bar.dayLabel();
            String shown = day.getText();
            int days = gui.model().scenario().days();
            day.setText("day " + days + " of " + days);
            console.validate();
            report.setProperty("dayLabelFits", String.valueOf(fits(day)));
            day.setText(shown);
        });

        for (JFrame frame : new JFrame[] {gui.map().frame(), gui.chartFrame()}) {
            Classroom.onSwing(() -> frame.dispatchEvent(new WindowEvent(frame, WindowEvent.WINDOW_CLOSING)));
        }
        Classroom.onSwing(() -> { });
        report.setProperty("closedWindowsShowing", String.valueOf(gui.map().frame().isShowing()
                || gui.chartFrame().isShowing()));
        Classroom.onSwing(() -> {
            menuItem(console, "Windows", "Show the map").doClick();
            menuItem(console, "Windows", "Show the charts").doClick();
        });
        Classroom.onSwing(() -> { });
        report.setProperty("reopenedWindowsShowing", String.valueOf(gui.map().frame().isShowing()
                && gui.chartFrame().isShowing()));

        Classroom.onSwing(() -> {
            bar.setDaysPerSecond(0);
            console.pressPlay();
        });
        Thread.sleep(700);
        Classroom.onSwing(console::pressStop);
        Classroom.onSwing(() -> { });
        report.setProperty("oneDayWhenStopped", String.valueOf(bar.oneDayButton().isEnabled()));
        report.setProperty("stoppedMapRefugees", String.valueOf(java.util.Arrays.stream(gui.map().persons()).sum()));
        report.setProperty("stoppedRefugees", String.valueOf(gui.model().population().getRemaining()));

        // a scenario file with many problems, as "Open another scenario file…" explains it
        Path bad = out.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of(args[1]), StandardCharsets.UTF_8)
                .replaceAll("hawkishness: [0-9.]+", "hawkishness: 7").replaceAll("trust: [0-9.]+", "trust: -1"),
                StandardCharsets.UTF_8);
        org.durand.scenario.ScenarioException problems = null;
        try {
            LiveScenario.read(bad);
        } catch (org.durand.scenario.ScenarioException e) {
            problems = e;
        }
        report.setProperty("badProblems", String.valueOf(problems == null ? 0 : problems.problems().size()));
        org.durand.scenario.ScenarioException shown = problems;
        SwingUtilities.invokeLater(() -> ScenarioChooser.explain(console, bad, shown));
        java.awt.Window dialog = null;
        for (int i = 0; i < 200 && dialog == null; i++) {
            Thread.sleep(50);
            for (java.awt.Window w : java.awt.Window.getWindows()) {
                if (w instanceof javax.swing.JDialog d && d.isShowing()
                        && ScenarioChooser.PROBLEMS_TITLE.equals(d.getTitle())) {
                    dialog = w;
                }
            }
        }
        if (dialog == null) {
            throw new IllegalStateException("the dialog of a bad scenario's problems did not show");
        }
        Thread.sleep(300);
        shootScreen(out.resolve("bad-scenario.png"));
        java.awt.Window problemsDialog = dialog;
        Classroom.onSwing(() -> {
            report.setProperty("at.badDialog", text(problemsDialog.getBounds()));
            problemsDialog.dispose();
        });

        // a date to pause on in this calendar, then another scenario whose calendar ends before it
        Classroom.onSwing(() -> {
            bar.pauseField().setText("2024-06-01");
            bar.pauseField().postActionEvent();
            report.setProperty("pauseTimeBefore", String.valueOf(console.getWhenShouldPauseTime()));
            try {
                gui.open(LiveScenario.read(Path.of(args[2])));
            } catch (org.durand.scenario.ScenarioException e) {
                throw new IllegalStateException(e);
            }
        });
        Classroom.onSwing(() -> { });
        report.setProperty("openedScenario", gui.model().scenario().name());
        report.setProperty("openedPausedAtStart", String.valueOf(console.getPlayState() == Console.PS_PAUSED
                && gui.state.schedule.getTime() < 0));
        report.setProperty("openedChartPoints", String.valueOf(gui.charts().days()));
        report.setProperty("openedChartsFrom", String.valueOf(gui.charts().timeRange()[0]));
        report.setProperty("openedStart", String.valueOf(gui.model().scenario().start().atStartOfDay(
                java.time.ZoneId.systemDefault()).toInstant().toEpochMilli()));
        report.setProperty("pauseTimeAfterOpen", String.valueOf(console.getWhenShouldPauseTime()));
        Classroom.onSwing(() -> {
            report.setProperty("pauseNoteAfterOpen", bar.pauseNote().getText());
            report.setProperty("pauseNoteFits", String.valueOf(fits(bar.pauseNote())));
            report.setProperty("pauseFieldFits", String.valueOf(fits(bar.pauseField())));
        });

        // play that short run to its end
        Classroom.onSwing(console::pressPlay);
        waitWhilePlaying(console, 120_000);
        Classroom.onSwing(() -> { });
        Classroom.onSwing(() -> gui.map().display().repaint());
        ClassroomInspector inspector = (ClassroomInspector) console.getModelInspector();
        Classroom.onSwing(() -> {
            report.setProperty("endStopped", String.valueOf(console.getPlayState() == Console.PS_STOPPED));
            report.setProperty("endDays", String.valueOf(gui.record().size()));
            report.setProperty("endScenarioDays", String.valueOf(gui.model().scenario().days()));
            report.setProperty("endChartPoints", String.valueOf(gui.charts().days()));
            report.setProperty("endOneDay", String.valueOf(bar.oneDayButton().isEnabled()));
            boolean anyEvent = false;
            for (Intervention what : Intervention.values()) {
                anyEvent |= inspector.button(what).isEnabled();
            }
            report.setProperty("endAnyEvent", String.valueOf(anyEvent));
            report.setProperty("endEventsTitle", inspector.eventsTitle());
        });
        report.setProperty("endMapRefugees", String.valueOf(java.util.Arrays.stream(gui.map().persons()).sum()));
        report.setProperty("endRefugees", String.valueOf(gui.model().population().getRemaining()));
        Thread.sleep(300);
        Classroom.onSwing(() -> { });
        shootScreen(out.resolve("end.png"));
        try (Writer w = Files.newBufferedWriter(out.resolve("layout.properties"), StandardCharsets.UTF_8)) {
            report.store(w, "where the classroom GUI's controls are, and what they did");
        }
        System.exit(0);
    }

    /** Records the screen and where each control a class needs is on it (Swing event thread). */
    private static void where(ClassroomConsole console, DurandWithUI gui, RunBar bar, Properties report) {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        report.setProperty("screen", text(screen));
        List<String> controls = new ArrayList<>();
        put(report, controls, "play", console.part("playButton", JButton.class));
        put(report, controls, "pause", console.part("pauseButton", JButton.class));
        put(report, controls, "stop", console.part("stopButton", JButton.class));
        put(report, controls, "oneDay", bar.oneDayButton());
        put(report, controls, "speed", bar.speedSlider());
        put(report, controls, "pauseOn", bar.pauseField());
        JTabbedPane tabs = console.getTabPane();
        Rectangle model = tabs.getBoundsAt(tabs.indexOfTab("Model"));
        model.translate(tabs.getLocationOnScreen().x, tabs.getLocationOnScreen().y);
        report.setProperty("at.modelTab", text(model));
        controls.add("modelTab");
        ClassroomInspector inspector = find(console, ClassroomInspector.class);
        javax.swing.JScrollPane modelScroll = (javax.swing.JScrollPane) SwingUtilities.getAncestorOfClass(
                javax.swing.JScrollPane.class, inspector);
        report.setProperty("nowScrolls", String.valueOf(modelScroll.getVerticalScrollBar().isVisible()));
        for (Intervention what : Intervention.values()) {
            put(report, controls, "event." + what.name(), inspector.button(what));
        }
        put(report, controls, "map", gui.map().display().display);
        List<ChartPanel> charts = new ArrayList<>();
        collect(gui.chartFrame().getContentPane(), ChartPanel.class, charts);
        for (int c = 0; c < charts.size(); c++) {
            put(report, controls, "chart" + c, charts.get(c));
        }
        report.setProperty("charts", String.valueOf(charts.size()));
        report.setProperty("controls", String.join(",", controls));
        report.setProperty("window.console", text(console.getBounds()));
        report.setProperty("window.map", text(gui.map().frame().getBounds()));
        report.setProperty("window.charts", text(gui.chartFrame().getBounds()));
    }

    /** Whether {@code c} has the width it asks for, so that none of its text is cut (Swing event thread). */
    private static boolean fits(Component c) {
        return c.isShowing() && c.getWidth() >= c.getPreferredSize().width;
    }

    /** The item {@code item} of the Console's menu {@code menu} (Swing event thread). */
    private static JMenuItem menuItem(Console console, String menu, String item) {
        for (int m = 0; m < console.getJMenuBar().getMenuCount(); m++) {
            JMenu candidate = console.getJMenuBar().getMenu(m);
            for (int i = 0; candidate.getText().equals(menu) && i < candidate.getItemCount(); i++) {
                if (candidate.getItem(i) != null && item.equals(candidate.getItem(i).getText())) {
                    return candidate.getItem(i);
                }
            }
        }
        throw new IllegalStateException("no menu item " + menu + " → " + item);
    }

    private static void put(Properties report, List<String> controls, String name, Component c) {
        controls.add(name);
        report.setProperty("at." + name, c.isShowing() ? text(new Rectangle(c.getLocationOnScreen(), c.getSize()))
                : "not showing");
    }

    private static String text(Rectangle r) {
        return r.x + "," + r.y + "," + r.width + "," + r.height;
    }

    private static <T> T find(Container root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found.isEmpty() ? null : found.get(0);
    }

    private static <T> void collect(Container root, Class<T> type, List<T> found) {
        for (Component c : root.getComponents()) {
            if (type.isInstance(c)) {
                found.add(type.cast(c));
            }
            if (c instanceof Container inner) {
                collect(inner, type, found);
            }
        }
    }

    private static void waitWhilePlaying(Console console, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (console.getPlayState() == Console.PS_PLAYING && System.currentTimeMillis() < end) {
            Thread.sleep(20);
        }
        Classroom.onSwing(() -> { });
    }

    private static void shootScreen(Path file) throws Exception {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                .getDefaultConfiguration().getBounds();
        ImageIO.write(new Robot().createScreenCapture(screen), "png", file.toFile());
    }
}
