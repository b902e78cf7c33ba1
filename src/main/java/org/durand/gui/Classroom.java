package org.durand.gui;

import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.plaf.FontUIResource;

import org.durand.io.AtomicFiles;
import org.durand.scenario.ScenarioException;

import sim.display.Console;

/**
 * Opens the classroom GUI — the Console with its model inspector and About tab, the map and the
 * live charts side by side, fitted to the screen ({@link Tiling}), in fonts readable on a
 * projector — and takes screenshots of it.
 */
public final class Classroom {

    /** Smallest font size of Swing's controls, in points (projector size). */
    private static final int MIN_FONT = 14;
    private static final long POLL_MS = 20;

    private Classroom() {
    }

    /**
     * Opens the Console on {@code file} (the shipped baseline when null) with the given base seed
     * (as {@code durand run --seed}), its run started and paused at its start, so the map, the
     * monitors and the settings show where it begins. Call on the Swing event thread.
     *
     * @throws ScenarioException with every problem of the file
     */
    public static Console open(Path file, long seed) throws ScenarioException {
        enlargeFonts();
        DurandWithUI gui = new DurandWithUI(file, seed);
        ClassroomConsole console = new ClassroomConsole(gui);
        console.tile();
        console.pressPause();
        JTabbedPane tabs = console.getTabPane();
        tabs.setSelectedIndex(Math.max(0, tabs.indexOfTab("Model")));
        console.setVisible(true);
        return console;
    }

    /** The GUI a Console shows. */
    public static DurandWithUI gui(Console console) {
        return (DurandWithUI) console.getSimulation();
    }

    private static void enlargeFonts() {
        for (Object key : new ArrayList<>(UIManager.getDefaults().keySet())) {
            if (UIManager.get(key) instanceof FontUIResource f && f.getSize() < MIN_FONT) {
                UIManager.put(key, new FontUIResource(f.deriveFont((float) MIN_FONT)));
            }
        }
    }

    /**
     * Plays as fast as the computer goes until {@code days} days have run (or the run ends),
     * pausing exactly there, and waits until the windows show the last day.
     *
     * @throws InterruptedException if interrupted while waiting
     */
    public static void playDays(Console console, int days) throws InterruptedException {
        DurandWithUI gui = gui(console);
        if (console instanceof ClassroomConsole c) {
            onSwing(() -> c.runBar().setDaysPerSecond(0));
        }
        if (gui.record() == null || gui.record().size() < days) {
            // the Console pauses itself after the step at time days - 1, the last day asked for (or
            // stops at the run's end); pausing it from here could cross its own pause and resume it
            onSwing(() -> console.setWhenShouldPauseTime(days - 1.0));
            onSwing(console.getPlayState() == Console.PS_PAUSED ? console::pressPause : console::pressPlay);
            while (console.getPlayState() == Console.PS_PLAYING) {
                Thread.sleep(POLL_MS);
            }
        }
        onSwing(() -> { });
        onSwing(() -> gui.map().display().repaint());
        onSwing(() -> { });
    }

    /**
     * The Console, the map and the charts painted where they are on the screen (what lies
     * between them left white), so the picture shows the layout a class sees.
     *
     * @throws InterruptedException if interrupted while waiting for the Swing thread
     */
    public static BufferedImage screenshot(Console console) throws InterruptedException {
        DurandWithUI gui = gui(console);
        List<Component> windows = List.of(console.getRootPane(), gui.map().frame().getRootPane(),
                gui.chartFrame().getRootPane());
        List<BufferedImage> parts = new ArrayList<>();
        List<Rectangle> places = new ArrayList<>();
        onSwing(() -> {
            for (Component w : windows) {
                if (w.isShowing()) {
                    parts.add(paint(w));
                    places.add(new Rectangle(w.getLocationOnScreen(), w.getSize()));
                }
            }
        });
        Rectangle all = places.stream().reduce(Rectangle::union).orElse(new Rectangle(0, 0, 1, 1));
        BufferedImage image = new BufferedImage(all.width, all.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, all.width, all.height);
        for (int i = 0; i < parts.size(); i++) {
            g.drawImage(parts.get(i), places.get(i).x - all.x, places.get(i).y - all.y, null);
        }
        g.dispose();
        return image;
    }

    /** {@code c} painted into an image of its size (Swing event thread). */
    static BufferedImage paint(Component c) {
        BufferedImage image = new BufferedImage(Math.max(1, c.getWidth()), Math.max(1, c.getHeight()),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, MIN_FONT));
        c.paintAll(g);
        g.dispose();
        return image;
    }

    /** Writes {@code image} as PNG to {@code file} through a temporary file, so no half-written file is left. */
    public static void writePng(BufferedImage image, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.writeStream(file, out -> ImageIO.write(image, "png", out));
    }

    /** Runs {@code r} on the Swing event thread and waits for it. */
    static void onSwing(Runnable r) throws InterruptedException {
        if (SwingUtilities.isEventDispatchThread()) {
            r.run();
            return;
        }
        try {
            SwingUtilities.invokeAndWait(r);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the GUI failed: " + e.getCause(), e.getCause());
        }
    }
}
