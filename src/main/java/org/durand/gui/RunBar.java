package org.durand.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.JTextField;
import javax.swing.Timer;

import org.durand.model.TensionModel;

import sim.display.Console;

/**
 * The controls under the Console's tabs that a class needs in view: the simulated date, a button
 * that plays one day, the speed in simulated days per second, and a date to pause on. The speed
 * is kept by adjusting the Console's pause between steps from the rate measured while playing
 * (the time a day takes besides that pause varies with the scenario and the computer). Swing
 * event thread only.
 */
final class RunBar extends JPanel {

    private static final long serialVersionUID = 1L;
    /** Speeds offered, in simulated days per second; {@link #FASTEST} means no pause between days. */
    static final List<Integer> SPEEDS = List.of(1, 2, 5, 10, 20, 50, 100);
    /** The slider position past the last speed: as fast as the computer goes. */
    static final int FASTEST = SPEEDS.size();
    /** The speed a run starts at: a month in three seconds, a year in about 37. */
    static final int DEFAULT_SPEED = 10;
    private static final int TICK_MS = 250;
    private static final long MAX_PAUSE_MS = 2000;
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final List<DateTimeFormatter> READ = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));

    private final transient ClassroomConsole console;
    private final transient DurandWithUI gui;
    private final JLabel date = new JLabel();
    private final JLabel day = new JLabel();
    private final JButton oneDay = new JButton("+1 day");
    private final JSlider speed = new JSlider(0, FASTEST, SPEEDS.indexOf(DEFAULT_SPEED));
    private final JLabel speedText = new JLabel();
    private final JTextField pauseOn = new JTextField(10);
    private static final String PAUSE_HINT = "a date, then Enter";
    private final JLabel pauseText = new JLabel(PAUSE_HINT);
    private final Timer pacer = new Timer(TICK_MS, e -> tick());
    /** The date the run paused on as asked, while the note says so; null when it does not. */
    private LocalDate pausedOn;
    private int lastDay = -1;
    private long lastNanos;
    private long pauseMs;
    private double measured;

    /**
     * A bar for {@code console}'s run of {@code gui}, with {@code playButtons} (the Console's play,
     * pause and stop) at the start of its first row.
     */
    RunBar(ClassroomConsole console, DurandWithUI gui, java.awt.Component playButtons) {
        this.console = console;
        this.gui = gui;
        setLayout(new BoxLayout(this, BoxLayout.Y_AXIS));
        setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 6));
        date.setFont(date.getFont().deriveFont(Font.BOLD, 15f));
        date.setToolTipText("the simulated day just finished");
        oneDay.setToolTipText("play one simulated day, then pause");
        oneDay.addActionListener(e -> console.playOneDay());

        Hashtable<Integer, JLabel> labels = new Hashtable<>();
        labels.put(0, new JLabel("1"));
        labels.put(SPEEDS.indexOf(10), new JLabel("10"));
        labels.put(FASTEST, new JLabel("max"));
        speed.setLabelTable(labels);
        speed.setPaintLabels(true);
        speed.setMajorTickSpacing(1);
        speed.setPaintTicks(true);
        speed.setSnapToTicks(true);
        speed.setToolTipText("simulated days per second; max: as fast as this computer goes");
        speed.addChangeListener(e -> speedChanged());

        pauseOn.setMaximumSize(pauseOn.getPreferredSize());
        pauseOn.setMinimumSize(pauseOn.getPreferredSize());
        pauseOn.setToolTipText("a date of the run, such as 2025-06-01 or 1 Jun 2025; Enter to set, empty to clear");
        pauseOn.addActionListener(e -> pauseOnChanged());
        pauseText.setForeground(new Color(0x55555F));

        // the date over the day's number, so that "day 1461 of 1461" fits a 450-pixel Console
        JPanel when = new JPanel();
        when.setLayout(new BoxLayout(when, BoxLayout.Y_AXIS));
        when.add(date);
        when.add(day);
        JPanel first = new JPanel(new BorderLayout(8, 0));
        first.add(row(playButtons, Box.createHorizontalStrut(6), when), BorderLayout.WEST);
        first.add(oneDay, BorderLayout.EAST);
        add(first);
        add(row(new JLabel("Speed "), speed, speedText));
        add(row(new JLabel("Pause on "), pauseOn));
        // the note on a line of its own: "outside the run (1 Jan 2023 – 31 Dec 2026)" is as wide as the bar
        add(row(pauseText));
        speedChanged();
        refresh();
        pacer.start();
    }

    private static JPanel row(java.awt.Component... parts) {
        JPanel p = new JPanel();
        p.setLayout(new BoxLayout(p, BoxLayout.X_AXIS));
        for (java.awt.Component c : parts) {
            p.add(c);
        }
        p.setAlignmentX(LEFT_ALIGNMENT);
        JPanel wrap = new JPanel(new BorderLayout());
        wrap.add(p, BorderLayout.CENTER);
        wrap.setBorder(BorderFactory.createEmptyBorder(1, 0, 1, 0));
        return wrap;
    }

    /** The speed chosen, in simulated days per second, or 0 for as fast as possible. */
    int daysPerSecond() {
        return speed.getValue() >= FASTEST ? 0 : SPEEDS.get(speed.getValue());
    }

    /** Chooses the speed: one of {@link #SPEEDS}, or 0 for as fast as possible. */
    void setDaysPerSecond(int daysPerSecond) {
        speed.setValue(daysPerSecond == 0 ? FASTEST : Math.max(0, SPEEDS.indexOf(daysPerSecond)));
    }

    private void speedChanged() {
        int target = daysPerSecond();
        pauseMs = target == 0 ? 0 : 1000 / target;
        console.setPlaySleep(pauseMs);
        lastDay = -1;
        showSpeed();
    }

    private void showSpeed() {
        int target = daysPerSecond();
        String now = measured > 0 ? String.format(Locale.ROOT, " (now %.0f days/s)", measured) : "";
        speedText.setText(target == 0 ? " max" + now : " " + target + " days/s");
    }

    /**
     * Every {@link #TICK_MS} ms: shows the date, and while playing measures the days a second and
     * sets the Console's pause between steps so that the rate comes to the speed chosen.
     */
    private void tick() {
        refresh();
        if (console.getPlayState() != Console.PS_PLAYING) {
            return;
        }
        int day = gui.model().day();
        long now = System.nanoTime();
        if (lastDay >= 0 && day - lastDay >= 2) {
            double msPerDay = (now - lastNanos) / 1e6 / (day - lastDay);
            measured = 1000 / msPerDay;
            int target = daysPerSecond();
            if (target > 0) {
                double besidesPause = Math.max(0, msPerDay - pauseMs);
                pauseMs = Math.max(0, Math.min(MAX_PAUSE_MS, Math.round(1000.0 / target - besidesPause)));
                console.setPlaySleep(pauseMs);
            }
            showSpeed();
        }
        if (lastDay < 0 || day - lastDay >= 2) {
            lastDay = day;
            lastNanos = now;
        }
    }

    /**
     * Shows the date, enables "+1 day" while a paused run has a next day, forgets the rate
     * measured when the run is not playing, and the note of a pause on a date once the run has
     * left that date.
     */
    void refresh() {
        TensionModel m = gui.model();
        if (m.host() == null || m.schedule.getTime() < 0) {
            date.setText(m.scenario().start().format(SHORT));
            day.setText("start");
        } else {
            date.setText(m.date().format(SHORT));
            day.setText("day " + (m.day() + 1) + " of " + m.scenario().days());
        }
        oneDay.setEnabled(console.getPlayState() == Console.PS_PAUSED && ClassroomInspector.hasNextDay(m));
        if (pausedOn != null && (console.getPlayState() != Console.PS_PAUSED || !m.date().equals(pausedOn))) {
            pausedOn = null;
            pauseText.setText(PAUSE_HINT);
        }
        if (console.getPlayState() != Console.PS_PLAYING && lastDay >= 0) {
            lastDay = -1;
            measured = 0;
            showSpeed();
        }
    }

    /**
     * Reads the date to pause on: a date of the run still to come is handed to the Console (in
     * days from the start); anything else clears the pause asked before, so that the run never
     * pauses on a date the field does not show, and the note says why.
     */
    private void pauseOnChanged() {
        console.setWhenShouldPauseTime(Double.POSITIVE_INFINITY);
        String text = pauseOn.getText().trim();
        TensionModel m = gui.model();
        LocalDate when = parse(text);
        LocalDate first = m.scenario().start();
        LocalDate last = first.plusDays(m.scenario().days() - 1L);
        if (text.isEmpty()) {
            pauseText.setText(PAUSE_HINT);
        } else if (when == null) {
            pauseText.setText("not a date: write 2025-06-01");
        } else if (when.isBefore(first) || when.isAfter(last)) {
            pauseText.setText("outside the run (" + first.format(SHORT) + " – " + last.format(SHORT) + ")");
        } else if (m.isRunning() && m.schedule.getTime() >= ChronoUnit.DAYS.between(first, when)) {
            pauseText.setText("already passed in this run");
        } else {
            console.setWhenShouldPauseTime(ChronoUnit.DAYS.between(first, when));
            pauseOn.setText(when.toString());
            pauseText.setText("pauses at the end of that day");
        }
    }

    /** The Console paused at the date asked for: the field empties and says so while the run stays there. */
    void pausedOnDate(LocalDate when) {
        pauseOn.setText("");
        pauseText.setText("paused on " + when.format(SHORT));
        pausedOn = when;
    }

    /**
     * Another run replaced the one shown (a saved run opened, or another scenario): the date to
     * pause on, given in days from the start, is read again against the new run's calendar.
     */
    void runReplaced() {
        pausedOn = null;
        pauseOnChanged();
        refresh();
    }

    /** The date of {@code text} in one of the forms {@link #READ}, or null. */
    static LocalDate parse(String text) {
        for (DateTimeFormatter f : READ) {
            try {
                return LocalDate.parse(text.trim(), f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }

    /** The field of the date to pause on (tests). */
    JTextField pauseField() {
        return pauseOn;
    }

    /** The note under the date to pause on (tests). */
    JLabel pauseNote() {
        return pauseText;
    }

    /** The label of the day's number, "day 783 of 1461" (tests). */
    JLabel dayLabel() {
        return day;
    }

    /** The "+1 day" button (tests). */
    JButton oneDayButton() {
        return oneDay;
    }

    /** The speed slider (tests). */
    JSlider speedSlider() {
        return speed;
    }

    /** Stops measuring (the Console is closing). */
    void dispose() {
        pacer.stop();
    }
}
