package org.durand.gui;

import java.awt.Component;
import java.awt.Container;
import java.io.File;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;

import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;

import org.durand.gui.LiveRecord.Column;

import sim.display.Console;

/**
 * Drives the classroom GUI on a display, as a class would, for {@link ConsoleUnderDisplayTest}
 * (which runs it in its own JVM, on a virtual display): plays, presses "Close the border", saves
 * a checkpoint and opens it as File → Open does once the file is chosen, and writes screenshots
 * and a report of what it saw to a folder.
 * Arguments: the output folder and the scenario file.
 */
public final class ClassroomDriver {

    private ClassroomDriver() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Path scenario = Path.of(args[1]);
        Files.createDirectories(out);
        AtomicReference<Console> ref = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                ref.set(Classroom.open(scenario, 7));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Console console = ref.get();
        DurandWithUI gui = Classroom.gui(console);
        Properties report = new Properties();

        Classroom.playDays(console, 30);
        shoot(out, "map-early", gui.map().frame());
        shoot(out, "charts-early", gui.chartFrame());
        Classroom.playDays(console, 400);
        shoot(out, "map-late", gui.map().frame());
        shoot(out, "charts-late", gui.chartFrame());
        shoot(out, "console", console);
        Classroom.onSwing(() -> selectTab(console, "Now", 1));
        shoot(out, "console-sliders", console);
        Classroom.onSwing(() -> selectTab(console, "Now", 0));
        report.setProperty("days", String.valueOf(gui.record().size()));
        report.setProperty("chartDays", String.valueOf(gui.charts().days()));

        int before = gui.record().size();
        report.setProperty("closedBefore", String.valueOf(closed(gui)));
        report.setProperty("tradeBefore", String.valueOf(lastTrade(gui)));
        Classroom.onSwing(() -> press(console, "Close the border"));
        report.setProperty("pending", String.join(",", gui.model().pendingInterventions().stream()
                .map(Enum::name).toList()));
        Classroom.playDays(console, before + 3);
        report.setProperty("closedAfter", String.valueOf(closed(gui)));
        report.setProperty("tradeAfter", String.valueOf(lastTrade(gui)));
        shoot(out, "map-closed", gui.map().frame());

        File checkpoint = out.resolve("run.checkpoint").toFile();
        synchronized (gui.state.schedule) {
            gui.state.writeToCheckpoint(checkpoint);
        }
        int saved = gui.record().size();
        long savedDeaths = gui.record().fatalities();
        Classroom.playDays(console, saved + 50);
        ClassroomConsole classroom = (ClassroomConsole) console;
        AtomicReference<Boolean> reopened = new AtomicReference<>();
        Classroom.onSwing(() -> reopened.set(classroom.openCheckpoint(checkpoint)));
        Classroom.onSwing(() -> { });
        report.setProperty("reopened", String.valueOf(reopened.get()));
        report.setProperty("reopenedDays", String.valueOf(gui.record().size()));
        report.setProperty("reopenedChartDays", String.valueOf(gui.charts().days()));
        report.setProperty("savedDays", String.valueOf(saved));
        JTabbedPane tabs = console.getTabPane();
        report.setProperty("tabAfterOpen", tabs.getTitleAt(tabs.getSelectedIndex()));
        ClassroomInspector inspector = (ClassroomInspector) console.getModelInspector();
        report.setProperty("inspectorShowing", String.valueOf(inspector.isShowing()));
        report.setProperty("savedDeaths", RowPanel.format(savedDeaths));
        report.setProperty("reopenedDeaths", inspector.panel("This run").value("Deaths since the start"));
        shoot(out, "console-reopened", console);
        Classroom.playDays(console, saved + 20);
        Classroom.onSwing(() -> { });
        report.setProperty("continuedDays", String.valueOf(gui.record().size()));
        report.setProperty("continuedDeaths", RowPanel.format(gui.record().fatalities()));
        report.setProperty("continuedDeathsShown", inspector.panel("This run").value("Deaths since the start"));

        // a file that holds no saved run: the Console says so and keeps the run
        File notARun = out.resolve("notes.checkpoint").toFile();
        Files.writeString(notARun.toPath(), "not a saved run", StandardCharsets.UTF_8);
        int daysBefore = gui.record().size();
        AtomicReference<Boolean> refused = new AtomicReference<>();
        SwingUtilities.invokeLater(() -> refused.set(!classroom.openCheckpoint(notARun)));
        java.awt.Window dialog = null;
        for (int i = 0; i < 200 && dialog == null; i++) {
            Thread.sleep(50);
            for (java.awt.Window w : java.awt.Window.getWindows()) {
                if (w instanceof javax.swing.JDialog d && d.isShowing() && d.getTitle().startsWith("The saved run")) {
                    dialog = w;
                }
            }
        }
        report.setProperty("badCheckpointExplained", String.valueOf(dialog != null));
        if (dialog != null) {
            java.awt.Window shown = dialog;
            Classroom.onSwing(shown::dispose);
        }
        Classroom.onSwing(() -> { });
        report.setProperty("badCheckpointRefused", String.valueOf(refused.get()));
        report.setProperty("badCheckpointKept", String.valueOf(gui.record() != null && gui.record().size() == daysBefore));
        Classroom.writePng(Classroom.screenshot(console), out.resolve("gui.png"));
        try (Writer w = Files.newBufferedWriter(out.resolve("report.properties"), StandardCharsets.UTF_8)) {
            report.store(w, "what the classroom GUI showed");
        }
        System.exit(0);
    }

    private static int closed(DurandWithUI gui) {
        int n = 0;
        for (int c = 0; c < gui.model().scenario().crossings().size(); c++) {
            n += gui.model().border().isClosed(gui.model(), c) ? 1 : 0;
        }
        return n;
    }

    private static double lastTrade(DurandWithUI gui) {
        return gui.record().day(gui.record().size() - 1).get(Column.TRADE);
    }

    private static void shoot(Path out, String name, Component window) throws Exception {
        AtomicReference<java.awt.image.BufferedImage> image = new AtomicReference<>();
        Classroom.onSwing(() -> image.set(Classroom.paint(window instanceof javax.swing.RootPaneContainer r
                ? r.getRootPane() : window)));
        ImageIO.write(image.get(), "png", out.resolve(name + ".png").toFile());
    }

    /** Selects tab {@code index} of the tabbed pane whose first tab is {@code first} (Swing event thread). */
    private static boolean selectTab(Container root, String first, int index) {
        for (Component c : root.getComponents()) {
            if (c instanceof javax.swing.JTabbedPane tabs && tabs.getTabCount() > index
                    && first.equals(tabs.getTitleAt(0))) {
                tabs.setSelectedIndex(index);
                return true;
            }
            if (c instanceof Container inner && selectTab(inner, first, index)) {
                return true;
            }
        }
        return false;
    }

    /** Clicks the button labelled {@code text} in the Console (Swing event thread). */
    private static void press(Container root, String text) {
        if (!findAndPress(root, text)) {
            throw new IllegalStateException("no button " + text);
        }
    }

    private static boolean findAndPress(Container root, String text) {
        for (Component c : root.getComponents()) {
            if (c instanceof AbstractButton b && text.equals(b.getText())) {
                b.doClick();
                return true;
            }
            if (c instanceof Container inner && findAndPress(inner, text)) {
                return true;
            }
        }
        return false;
    }
}
