package org.durand.gui;

import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
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
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;

import org.durand.model.Intervention;
import org.jfree.chart.ChartPanel;

import sim.display.Console;

/**
 * Drives the classroom GUI on a screen of the size the display has, for
 * {@link LayoutUnderDisplayTest} (which runs it in its own JVM): records where the controls a
 * class needs are on the screen, types a seed beyond 32 bits into the Console's seed field, plays,
 * pauses and plays again, pauses on a date, plays one day, plays at a set speed, and takes a
 * picture of the whole screen. Arguments: the output folder and
 * the scenario file.
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
