package org.durand.gui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FileDialog;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.io.File;

import javax.swing.Box;
import javax.swing.ImageIcon;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;

import sim.display.Console;
import sim.util.gui.PropertyField;

/**
 * MASON's Console with the changes a classroom needs.
 * <ul>
 * <li>Play plays: from pause it resumes (MASON's steps one day and stays paused); "+1 day" in the
 * {@link RunBar} steps one day of a paused run.</li>
 * <li>The {@link RunBar} under the tabs holds the date, the speed in days per second and a date to
 * pause on; the Console tab's delay in seconds per step, steps per step-button and pause at step
 * or time, which it replaces, are hidden, and so is the step counter.</li>
 * <li>Its seed field is the GUI's base seed, the seed of {@code durand run --seed}, kept in all 64
 * bits (MASON's own field keeps 32 and hands them to the model, which {@link DurandWithUI#start()}
 * overrides). "Increment seed on stop" is off, so stop and play replays the run; ticked, it adds
 * one to the base seed at each stop.</li>
 * <li>A Windows menu shows the map or the charts again after they were closed, and arranges the
 * three windows to fit the screen ({@link Tiling}).</li>
 * <li>File → Open continues a saved run with the Model tab in view, filled for the run read
 * ({@link #openCheckpoint}); MASON's own Open builds a new Model tab at the end of the tabs, and
 * the Console then shows the empty Inspectors tab.</li>
 * </ul>
 *
 * <p>MASON keeps the Console's parts in package-private fields and methods; the few used here are
 * reached by name ({@link ConsoleParts}), so a MASON release that renames them fails at once, not
 * silently.
 */
final class ClassroomConsole extends Console {

    private static final long serialVersionUID = 1L;
    /** The ending of MASON's saved runs (checkpoints). */
    private static final String CHECKPOINT = ".checkpoint";

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
        ConsoleParts.replaceRow(part("randomField", PropertyField.class), seedField, "Seed (as durand run --seed) ");
        for (String replaced : new String[] {"frameRateSlider", "stepSlider", "pauseField", "timePauseField"}) {
            ConsoleParts.hideRow(part(replaced, Component.class));
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

    /**
     * File → Open: pauses a playing run, asks for a run saved with File → Save As (a
     * {@code .checkpoint} file) and continues it ({@link #openCheckpoint}); a playing run that is
     * kept (no file chosen, or one that cannot be read) plays on.
     */
    @Override
    public void doOpen() {
        boolean wasPlaying = getPlayState() == PS_PLAYING;
        if (wasPlaying) {
            pressPause();
        }
        FileDialog dialog = new FileDialog(this, "Open a saved run", FileDialog.LOAD);
        dialog.setFilenameFilter((dir, name) -> name.endsWith(CHECKPOINT));
        File last = part("simulationFile", File.class);
        if (last != null) {
            dialog.setDirectory(last.getParent());
            dialog.setFile(last.getName());
        }
        dialog.setVisible(true);
        boolean opened = dialog.getFile() != null
                && openCheckpoint(new File(dialog.getDirectory(), dialog.getFile()));
        if (!opened && wasPlaying) {
            pressPause();
        }
    }

    /**
     * Continues the run saved in {@code file}, paused on the day it was saved: the map, the charts
     * and the Model tab (kept in view, its tabs rebuilt for the run read) follow it, the seed field
     * shows its base seed, the date to pause on is read again against its calendar, and File →
     * Save writes back to {@code file}. Inspectors of the replaced run's objects are closed. A file
     * that cannot be read, or holds no run of this GUI, is reported in a dialog and the current
     * run stays. Swing event thread.
     *
     * @return whether the run was opened
     */
    boolean openCheckpoint(File file) {
        String why;
        try {
            if (gui.readNewStateFromCheckpoint(file)) {
                ConsoleParts.set(this, "simulationFile", file);
                removeAllInspectors(true);
                if (getPlayState() == PS_STOPPED) {
                    // paused without starting a new run over the one read (MASON's Open does the same)
                    ConsoleParts.call(this, "pressPause", new Class<?>[] {boolean.class}, false);
                }
                showPlayIcon();
                gui.showStill();
                runBar.runReplaced();
                return true;
            }
            why = "it holds no run of Durand's classroom GUI (save one with File → Save As).";
        } catch (Exception e) {
            why = "it could not be read: " + (e.getMessage() == null ? e : e.getMessage());
        }
        JOptionPane.showMessageDialog(this, "<html><b>" + file.getName() + "</b> cannot be opened:<br>" + why
                + "</html>", "The saved run cannot be opened; the current one stays", JOptionPane.ERROR_MESSAGE);
        return false;
    }

    /**
     * Plays one day of a paused run with a day left, and stays paused; does nothing otherwise (a
     * stopped run, even one that has ended, starts again with play).
     */
    void playOneDay() {
        if (getPlayState() == PS_PAUSED && ClassroomInspector.hasNextDay(gui.model())) {
            super.pressPlay();
            showPlayIcon();
            gui.showStill();
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
            gui.showStill();
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

    /**
     * Stops the run (MASON's play thread presses stop when the run ends), counting the map's
     * refugees for the last day; with "Increment seed on stop" ticked, the next run has base seed
     * + 1.
     */
    @Override
    public synchronized void pressStop() {
        boolean wasRunning = getPlayState() != PS_STOPPED;
        super.pressStop();
        if (wasRunning) {
            gui.showStill();
        }
        if (wasRunning && !restarting && getIncrementSeedOnStop()) {
            gui.setBaseSeed(gui.baseSeed() + 1);
            showSeed();
        }
        runBar.refresh();
    }

    /**
     * The Console's package-private field {@code name} ({@link ConsoleParts#get}).
     *
     * @throws IllegalStateException if this MASON release has no such field of that type
     */
    <T> T part(String name, Class<T> type) {
        return ConsoleParts.get(this, name, type);
    }
}
