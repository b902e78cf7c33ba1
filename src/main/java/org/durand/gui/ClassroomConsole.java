package org.durand.gui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.lang.reflect.Field;

import javax.swing.Box;
import javax.swing.ImageIcon;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuItem;

import sim.display.Console;
import sim.util.gui.PropertyField;

/**
 * MASON's Console with the changes a classroom needs.
 * <ul>
 * <li>Play plays: from pause it resumes (MASON's steps one day and stays paused); "+1 day" in the
 * {@link RunBar} steps one day.</li>
 * <li>The {@link RunBar} under the tabs holds the date, the speed in days per second and a date to
 * pause on; the Console tab's delay in seconds per step, steps per step-button and pause at step
 * or time, which it replaces, are hidden, and so is the step counter.</li>
 * <li>Its seed field is the GUI's base seed, the seed of {@code durand run --seed}, kept in all 64
 * bits (MASON's own field keeps 32 and hands them to the model, which {@link DurandWithUI#start()}
 * overrides). "Increment seed on stop" is off, so stop and play replays the run; ticked, it adds
 * one to the base seed at each stop.</li>
 * <li>A Windows menu shows the map or the charts again after they were closed, and arranges the
 * three windows to fit the screen ({@link Tiling}).</li>
 * </ul>
 *
 * <p>MASON keeps the Console's parts in package-private fields; the few changed here are reached
 * by name ({@link #part}), so a MASON release that renames them fails at once, not silently.
 */
final class ClassroomConsole extends Console {

    private static final long serialVersionUID = 1L;

    private final transient DurandWithUI gui;
    private final PropertyField seedField;
    private final RunBar runBar;
    private boolean restarting;

    ClassroomConsole(DurandWithUI gui) {
        super(gui);
        this.gui = gui;
        setIncrementSeedOnStop(false);
        seedField = new PropertyField("", Long.toString(gui.baseSeed()), true, null, PropertyField.SHOW_TEXTFIELD) {
            private static final long serialVersionUID = 1L;

            @Override
            public String newValue(String text) {
                try {
                    long seed = Long.parseLong(text.trim());
                    if (seed != gui.baseSeed()) {
                        gui.setBaseSeed(seed);
                        if (gui.model().isRunning() && gui.atStart()) {
                            restartPaused(() -> { });
                        }
                    }
                } catch (NumberFormatException e) {
                    // not a whole number in the range of a long: the field shows the seed kept
                }
                return Long.toString(gui.baseSeed());
            }
        };
        seedField.setToolTipText("<html>The base seed, as <tt>durand run --seed</tt> takes it (any whole number).<br>"
                + "With no button pressed and no setting changed, a run with seed S gives exactly the numbers<br>"
                + "of the first replicate of <tt>durand run SCENARIO --seed S</tt>. A new seed takes effect<br>"
                + "at once while the run waits at its start, otherwise at the next play after stop.</html>");
        replaceRow(part("randomField", PropertyField.class), seedField, "Seed (as durand run --seed) ");
        for (String replaced : new String[] {"frameRateSlider", "stepSlider", "pauseField", "timePauseField"}) {
            hideRow(part(replaced, Component.class));
        }
        part("time", JLabel.class).setVisible(false);
        part("timeBox", JComboBox.class).getParent().setVisible(false);
        Box playButtons = part("buttonBox", Box.class);
        getContentPane().remove(playButtons);
        runBar = new RunBar(this, gui, playButtons);
        getContentPane().add(runBar, BorderLayout.SOUTH);
        getJMenuBar().add(windowsMenu());
    }

    /** Stops the run bar's timer with the window. */
    @Override
    public void dispose() {
        runBar.dispose();
        super.dispose();
    }

    /** The bar of date, speed and pause date. */
    RunBar runBar() {
        return runBar;
    }

    private JMenu windowsMenu() {
        JMenu menu = new JMenu("Windows");
        JMenuItem map = new JMenuItem("Show the map");
        map.addActionListener(e -> show(gui.map().frame()));
        JMenuItem charts = new JMenuItem("Show the charts");
        charts.addActionListener(e -> show(gui.chartFrame()));
        JMenuItem tile = new JMenuItem("Arrange the windows to fit the screen");
        tile.addActionListener(e -> tile());
        menu.add(map);
        menu.add(charts);
        menu.addSeparator();
        menu.add(tile);
        return menu;
    }

    private static void show(JFrame frame) {
        frame.setVisible(true);
        frame.toFront();
    }

    /** Places the Console, the map and the charts side by side on the screen, each shown. */
    void tile() {
        tile(GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds());
    }

    /** Places the Console, the map and the charts side by side in {@code screen}, each shown. */
    void tile(Rectangle screen) {
        Tiling t = Tiling.of(screen);
        setBounds(t.console());
        gui.map().fitTo(t.map());
        gui.chartFrame().setBounds(t.charts());
        for (JFrame f : new JFrame[] {gui.map().frame(), gui.chartFrame()}) {
            f.setVisible(true);
        }
        validate();
    }

    /**
     * Stops the run, runs {@code between} (which changes what the run starts from), and starts
     * it again, paused at its start, with the same seed.
     */
    void restartPaused(Runnable between) {
        restarting = true;
        try {
            pressStop();
            between.run();
            pressPause();
        } finally {
            restarting = false;
        }
    }

    /** Plays one day from pause (from stop: starts a run paused, then plays its first day). */
    void playOneDay() {
        if (getPlayState() == PS_STOPPED) {
            pressPause();
        }
        if (getPlayState() == PS_PAUSED) {
            super.pressPlay();
            showPlayIcon();
            gui.showPaused();
        }
        runBar.refresh();
    }

    /** Play starts a stopped run and resumes a paused one. */
    @Override
    public synchronized void pressPlay() {
        if (getPlayState() == PS_PAUSED) {
            pressPause();
        } else {
            super.pressPlay();
            runBar.refresh();
        }
    }

    /**
     * Pauses a playing run, resumes a paused one, or starts a stopped one paused; the play button
     * keeps its play icon (MASON's shows a step icon while paused). Says so in the {@link RunBar}
     * when the run paused on the date asked for.
     */
    @Override
    public synchronized void pressPause() {
        boolean wasPlaying = getPlayState() == PS_PLAYING;
        super.pressPause();
        if (getPlayState() == PS_PAUSED) {
            showPlayIcon();
            gui.showPaused();
        }
        double pauseAt = getWhenShouldPauseTime();
        if (wasPlaying && runBar != null && !Double.isInfinite(pauseAt)
                && gui.state.schedule.getTime() >= pauseAt) {
            runBar.pausedOnDate(gui.model().date());
        }
        if (runBar != null) {
            runBar.refresh();
        }
    }

    private void showPlayIcon() {
        javax.swing.JButton play = part("playButton", javax.swing.JButton.class);
        play.setIcon(part("I_PLAY_OFF", ImageIcon.class));
        play.setPressedIcon(part("I_PLAY_ON", ImageIcon.class));
    }

    /** The seed field of the Console tab (tests). */
    PropertyField seedField() {
        return seedField;
    }

    /** Shows the GUI's base seed in the seed field (after a checkpoint is read or the seed is incremented). */
    void showSeed() {
        seedField.setValue(Long.toString(gui.baseSeed()));
    }

    /** Stops the run; with "Increment seed on stop" ticked, the next run has base seed + 1. */
    @Override
    public synchronized void pressStop() {
        boolean wasRunning = getPlayState() != PS_STOPPED;
        super.pressStop();
        if (wasRunning && !restarting && getIncrementSeedOnStop()) {
            gui.setBaseSeed(gui.baseSeed() + 1);
            showSeed();
        }
        runBar.refresh();
    }

    /** Hides the Console tab's row holding {@code field} (in its row's box) and its label. */
    private static void hideRow(Component field) {
        Container box = field.getParent();
        box.setVisible(false);
        Container list = box.getParent();
        int row = indexIn(list, box);
        if (row > 0 && list.getComponent(row - 1) instanceof JLabel l) {
            l.setVisible(false);
        }
    }

    /**
     * Puts {@code replacement} where {@code old} sits in the Console tab's list of labelled rows
     * (the row's box), and gives the row the label {@code label}.
     */
    private static void replaceRow(Component old, Component replacement, String label) {
        Container box = old.getParent();
        int at = indexIn(box, old);
        box.remove(old);
        box.add(replacement, at);
        Container list = box.getParent();
        int row = indexIn(list, box);
        if (row > 0 && list.getComponent(row - 1) instanceof JLabel l) {
            l.setText(label);
        }
    }

    private static int indexIn(Container parent, Component child) {
        for (int i = 0; i < parent.getComponentCount(); i++) {
            if (parent.getComponent(i) == child) {
                return i;
            }
        }
        throw new IllegalStateException(child.getClass().getSimpleName() + " is not where MASON's Console puts it");
    }

    /**
     * The Console's package-private field {@code name}.
     *
     * @throws IllegalStateException if this MASON release has no such field of that type
     */
    <T> T part(String name, Class<T> type) {
        try {
            Field f = Console.class.getDeclaredField(name);
            f.setAccessible(true);
            return type.cast(f.get(this));
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("MASON's Console has no " + type.getSimpleName() + " " + name
                    + "; Durand's classroom console needs MASON 18", e);
        }
    }
}
