package org.durand.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.Font;
import java.awt.GridLayout;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.Scrollable;
import javax.swing.filechooser.FileNameExtensionFilter;

import org.durand.model.Intervention;
import org.durand.model.TensionModel;
import org.durand.scenario.Problem;
import org.durand.scenario.ScenarioException;

import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;

/**
 * The Console's model tab: "Now" (monitors of the run, buttons that make an event happen at the
 * start of the next day, the scenario file) and one tab of parameter sliders per actor
 * ({@link ParameterTabs}). Rebuilt when a run starts or stops (parameters that are not live turn
 * read-only) and when another scenario or a checkpoint is opened.
 */
final class ClassroomInspector extends Inspector implements Scrollable {

    private static final long serialVersionUID = 1L;
    private static final Font BUTTON = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final transient DurandWithUI gui;
    private final JTabbedPane tabs = new JTabbedPane();
    private final JLabel status = new JLabel(" ");
    private final List<JButton> buttons = new ArrayList<>();
    private final List<SimpleInspector> parts = new ArrayList<>();
    private transient TensionModel builtFor;
    private boolean builtRunning;

    ClassroomInspector(DurandWithUI gui) {
        this.gui = gui;
        setLayout(new BorderLayout());
        tabs.setTabLayoutPolicy(JTabbedPane.SCROLL_TAB_LAYOUT);
        add(tabs, BorderLayout.CENTER);
        status.setForeground(new Color(0xB00020));
        setVolatile(true);
        rebuild();
    }

    /** Builds every tab again for the current model and run state (Swing thread). */
    void rebuild() {
        TensionModel m = gui.model();
        builtFor = m;
        builtRunning = m.isRunning();
        int selected = tabs.getSelectedIndex();
        tabs.removeAll();
        parts.clear();
        buttons.clear();
        tabs.addTab("Now", now());
        for (Map.Entry<String, List<RowProperties.Row>> tab : ParameterTabs.build(gui.sink(message -> status.setText(message.isBlank() ? " " : "<html>" + message + "</html>"))).entrySet()) {
            SimpleInspector part = new SimpleInspector(new RowProperties(tab.getValue()), gui, tab.getKey(), 40);
            parts.add(part);
            tabs.addTab(tab.getKey(), part);
        }
        if (selected >= 0 && selected < tabs.getTabCount()) {
            tabs.setSelectedIndex(selected);
        }
        enableButtons();
        revalidate();
        repaint();
    }

    private JPanel now() {
        JPanel panel = new JPanel(new BorderLayout());
        SimpleInspector monitors = new SimpleInspector(new RowProperties(Monitors.rows(gui)), gui, "This run", 40);
        parts.add(monitors);
        panel.add(monitors, BorderLayout.NORTH);
        JPanel events = new JPanel(new GridLayout(0, 2, 4, 4));
        events.setBorder(BorderFactory.createTitledBorder("Make it happen tomorrow"));
        for (Intervention what : Intervention.values()) {
            JButton b = new JButton(what.label());
            b.setFont(BUTTON);
            b.setToolTipText(what.description());
            b.addActionListener(e -> request(what));
            buttons.add(b);
            events.add(b);
        }
        JPanel south = new JPanel(new BorderLayout());
        south.add(events, BorderLayout.NORTH);
        JButton open = new JButton("Open another scenario file…");
        open.addActionListener(e -> chooseScenario());
        JPanel file = new JPanel(new BorderLayout());
        file.setBorder(BorderFactory.createTitledBorder("Scenario: " + gui.source().title()));
        file.add(open, BorderLayout.NORTH);
        file.add(status, BorderLayout.SOUTH);
        south.add(file, BorderLayout.SOUTH);
        panel.add(south, BorderLayout.CENTER);
        return panel;
    }

    private void request(Intervention what) {
        synchronized (gui.state.schedule) {
            gui.model().request(what);
        }
        status.setText(" ");
        if (gui.controller != null) {
            gui.controller.refresh();
        }
    }

    private void chooseScenario() {
        JFileChooser chooser = new JFileChooser(Path.of("scenarios").toFile());
        chooser.setFileFilter(new FileNameExtensionFilter("Scenario files (YAML)", "yaml", "yml"));
        if (chooser.showOpenDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        try {
            gui.openScenario(chooser.getSelectedFile().toPath());
        } catch (ScenarioException e) {
            StringBuilder text = new StringBuilder();
            for (Problem p : e.problems()) {
                text.append(p.describe()).append('\n');
            }
            JOptionPane.showMessageDialog(this, text.length() == 0 ? e.getMessage() : text.toString(),
                    "The scenario has problems; the current one stays", JOptionPane.ERROR_MESSAGE);
        }
    }

    private void enableButtons() {
        boolean running = gui.model().isRunning();
        for (JButton b : buttons) {
            b.setEnabled(running);
        }
    }

    /** Refreshes the monitors and sliders; rebuilds when the model or the run state changed. */
    @Override
    public void updateInspector() {
        if (gui.model() != builtFor || gui.model().isRunning() != builtRunning) {
            rebuild();
            return;
        }
        parts.forEach(SimpleInspector::updateInspector);
    }

    // ---- Scrollable: as wide as the Console's tab, scrolling only up and down ----------------

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return 16;
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return visible.height - 16;
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return false;
    }

    /** Formats a date for the monitors. */
    static String date(java.time.LocalDate d) {
        return d.format(DATE);
    }
}
