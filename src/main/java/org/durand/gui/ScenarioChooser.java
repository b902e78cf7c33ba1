package org.durand.gui;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.List;

import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.filechooser.FileNameExtensionFilter;

import org.durand.scenario.Problem;
import org.durand.scenario.ScenarioException;

/**
 * "Open another scenario file…": a file is chosen and read; its problems, if any, are listed in
 * a dialog that fits the screen (file, line, key and what is wrong, one to a paragraph) and the
 * current scenario stays; a run with days played is replaced only after the teacher agrees.
 * Swing event thread only.
 */
final class ScenarioChooser {

    /** The problems' text area at most this share of the screen across, and down. */
    private static final double WIDTH_SHARE = 0.6;
    private static final double HEIGHT_SHARE = 0.5;
    private static final int MAX_WIDTH = 760;
    /** The title of the dialog of a file's problems. */
    static final String PROBLEMS_TITLE = "The scenario has problems; the current one stays";

    private ScenarioChooser() {
    }

    /** Lets the user choose a scenario file and opens it in {@code gui}, as described above. */
    static void choose(Component parent, DurandWithUI gui) {
        JFileChooser chooser = new JFileChooser(Path.of("scenarios").toFile());
        chooser.setFileFilter(new FileNameExtensionFilter("Scenario files (YAML)", "yaml", "yml"));
        if (chooser.showOpenDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path file = chooser.getSelectedFile().toPath();
        LiveScenario next;
        try {
            next = LiveScenario.read(file);
        } catch (ScenarioException e) {
            explain(parent, file, e);
            return;
        }
        String question = replacing(gui, next);
        if (question == null || JOptionPane.showConfirmDialog(parent, question, "Replace the run?",
                JOptionPane.OK_CANCEL_OPTION, JOptionPane.QUESTION_MESSAGE) == JOptionPane.OK_OPTION) {
            gui.open(next);
        }
    }

    /** Shows the problems {@code e} of {@code file} in a dialog that fits the screen, and waits for it to close. */
    static void explain(Component parent, Path file, ScenarioException e) {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        JOptionPane.showMessageDialog(parent, problems(file, e, screen), PROBLEMS_TITLE, JOptionPane.ERROR_MESSAGE);
    }

    /**
     * What opening {@code next} would lose, as a question for the teacher, or null when no day
     * of the current run has been played.
     */
    static String replacing(DurandWithUI gui, LiveScenario next) {
        var m = gui.model();
        if (!m.isRunning() || m.schedule.getTime() < 0) {
            return null;
        }
        return "<html>Open <b>" + next.title() + "</b>?<br>The run of " + gui.source().title() + ", at day "
                + (m.day() + 1) + ", stops and cannot be continued<br>unless you save it first (File → Save As…).</html>";
    }

    /**
     * The problems of {@code file}, in a scrolling text no larger than a share of {@code screen}
     * (the usable screen), for a dialog.
     */
    static JComponent problems(Path file, ScenarioException e, Rectangle screen) {
        StringBuilder text = new StringBuilder(file.getFileName() + " cannot be opened (" + file.toAbsolutePath()
                + "):\n");
        List<Problem> problems = e.problems();
        if (problems.isEmpty()) {
            text.append("\n").append(e.getMessage());
        }
        for (Problem p : problems) {
            text.append("\n• ").append(p.describe());
        }
        JTextArea area = new JTextArea(text.toString());
        area.setEditable(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setOpaque(false);
        int width = (int) Math.min(MAX_WIDTH, WIDTH_SHARE * screen.width);
        area.setSize(width, Short.MAX_VALUE);
        int height = (int) Math.min(area.getPreferredSize().height + 8, HEIGHT_SHARE * screen.height);
        JScrollPane scroll = new JScrollPane(area, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setBorder(null);
        scroll.setPreferredSize(new Dimension(width + scroll.getVerticalScrollBar().getPreferredSize().width, height));
        return scroll;
    }
}
