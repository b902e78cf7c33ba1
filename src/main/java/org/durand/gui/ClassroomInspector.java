package org.durand.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.Font;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JToggleButton;
import javax.swing.border.TitledBorder;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.Scrollable;

import org.durand.model.Intervention;
import org.durand.model.TensionModel;

import sim.portrayal.Inspector;

/**
 * The Console's model tab: "Now" (monitors of the run, buttons that make an event happen at the
 * start of the next day, the scenario file) and one tab of parameter sliders per actor
 * ({@link ParameterTabs}), each shown by a {@link RowPanel}. A pressed button shows as pressed
 * until the day applies it (pressing it again asks for nothing more); the buttons are disabled
 * while no next day can come (stopped, or at the run's last day). Rebuilt when another scenario
 * or a checkpoint is opened; refreshed after every step.
 */
final class ClassroomInspector extends Inspector implements Scrollable {

    private static final long serialVersionUID = 1L;
    private static final Font BUTTON = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    private static final String EVENTS = "Make it happen tomorrow";

    private final transient DurandWithUI gui;
    private final JTabbedPane tabs = new SelectedTabSized();
    private final JLabel status = new JLabel(" ");
    private final Map<Intervention, JToggleButton> buttons = new EnumMap<>(Intervention.class);
    private final List<RowPanel> panels = new ArrayList<>();
    private TitledBorder eventsBorder;
    private transient TensionModel builtFor;

    ClassroomInspector(DurandWithUI gui) {
        this.gui = gui;
        setLayout(new BorderLayout());
        tabs.setTabLayoutPolicy(JTabbedPane.SCROLL_TAB_LAYOUT);
        tabs.addChangeListener(e -> revalidate());
        add(tabs, BorderLayout.CENTER);
        status.setForeground(new Color(0xB00020));
        setVolatile(true);
        rebuild();
    }

    /** Builds every tab again for the current model (Swing thread). */
    void rebuild() {
        builtFor = gui.model();
        int selected = tabs.getSelectedIndex();
        tabs.removeAll();
        panels.clear();
        buttons.clear();
        tabs.addTab("Now", now());
        ParameterTabs.Sink sink = gui.sink(this::problem);
        for (Map.Entry<String, List<Row>> tab : ParameterTabs.build(sink).entrySet()) {
            RowPanel rows = new RowPanel(tab.getKey(), tab.getValue(), this::problem);
            panels.add(rows);
            JPanel top = new JPanel(new BorderLayout());
            top.add(rows, BorderLayout.NORTH);
            tabs.addTab(tab.getKey(), top);
        }
        if (selected >= 0 && selected < tabs.getTabCount()) {
            tabs.setSelectedIndex(selected);
        }
        refreshButtons();
        revalidate();
        repaint();
    }

    private void problem(String message) {
        status.setText(message.isBlank() ? " " : "<html>" + message + "</html>");
    }

    private JPanel now() {
        JPanel column = new JPanel();
        column.setLayout(new BoxLayout(column, BoxLayout.Y_AXIS));
        RowPanel monitors = new RowPanel("This run", Monitors.rows(gui), this::problem);
        panels.add(monitors);
        column.add(monitors);
        JPanel events = new JPanel(new GridLayout(0, 2, 4, 4));
        eventsBorder = BorderFactory.createTitledBorder(EVENTS);
        events.setBorder(eventsBorder);
        for (Intervention what : Intervention.values()) {
            JToggleButton b = new JToggleButton(what.label());
            b.setFont(BUTTON);
            b.addActionListener(e -> request(what));
            buttons.put(what, b);
            events.add(b);
        }
        column.add(events);
        JButton open = new JButton("Open another scenario file…");
        open.addActionListener(e -> ScenarioChooser.choose(this, gui));
        JPanel file = new JPanel(new BorderLayout());
        file.setBorder(BorderFactory.createTitledBorder("Scenario: " + gui.source().title()));
        file.add(open, BorderLayout.NORTH);
        file.add(status, BorderLayout.SOUTH);
        column.add(file);
        JPanel top = new JPanel(new BorderLayout());
        top.add(column, BorderLayout.NORTH);
        return top;
    }

    /** Asks for {@code what} tomorrow unless it is asked for already or no next day can come. */
    private void request(Intervention what) {
        synchronized (gui.state.schedule) {
            TensionModel m = gui.model();
            if (hasNextDay(m) && !m.pendingInterventions().contains(what)) {
                m.request(what);
            }
        }
        status.setText(" ");
        refreshButtons();
        if (gui.controller != null) {
            gui.controller.refresh();
        }
    }

    /**
     * Whether a next day can come to apply a press: a run is under way (started, perhaps paused)
     * and its last day has not been simulated.
     */
    static boolean hasNextDay(TensionModel m) {
        return m.isRunning() && m.schedule.getTime() < m.scenario().days() - 1;
    }

    /** Whether the last day of {@code m}'s run has been simulated (the run may since have been stopped). */
    private static boolean ended(TensionModel m) {
        return m.host() != null && m.schedule.getTime() >= m.scenario().days() - 1;
    }

    /** Pressed (and disabled) while asked for; all disabled while no next day can come. */
    private void refreshButtons() {
        TensionModel m = gui.model();
        boolean acting = hasNextDay(m);
        List<Intervention> pending = m.pendingInterventions();
        for (Map.Entry<Intervention, JToggleButton> e : buttons.entrySet()) {
            boolean asked = pending.contains(e.getKey());
            JToggleButton b = e.getValue();
            b.setSelected(asked);
            b.setEnabled(acting && !asked);
            b.setToolTipText("<html>" + e.getKey().description() + (asked
                    ? "<br><b>Asked for: it happens at the start of the next day.</b>" : "") + "</html>");
        }
        String why = acting ? "" : m.isRunning() || ended(m) ? " (the run has ended)" : " (press play first)";
        if (eventsBorder != null && !eventsBorder.getTitle().equals(EVENTS + why)) {
            eventsBorder.setTitle(EVENTS + why);
            repaint();
        }
    }

    /** Refreshes the monitors, settings and buttons; rebuilds when the model was replaced. */
    @Override
    public void updateInspector() {
        if (gui.model() != builtFor) {
            rebuild();
            return;
        }
        panels.forEach(RowPanel::refresh);
        refreshButtons();
    }

    /** The settings tab titled {@code title}, or "This run" for the monitors (tests). */
    RowPanel panel(String title) {
        return panels.stream().filter(p -> ((TitledBorder) p.getBorder()).getTitle().equals(title)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no panel " + title));
    }

    /** The title over the event buttons, with why they cannot be pressed when they cannot (tests). */
    String eventsTitle() {
        return eventsBorder.getTitle();
    }

    /** The event button of {@code what} (tests). */
    JToggleButton button(Intervention what) {
        return buttons.get(what);
    }

    /**
     * Tabs as tall as the tab shown (Swing's are as tall as the tallest), so that the Console's
     * Model tab scrolls only when the tab in view needs it: "Now" whole on a 768-pixel screen
     * without a scroll bar, a long tab of settings scrolling.
     */
    private static final class SelectedTabSized extends JTabbedPane {
        private static final long serialVersionUID = 1L;

        @Override
        public Dimension getPreferredSize() {
            Dimension all = super.getPreferredSize();
            java.awt.Component shown = getSelectedComponent();
            if (shown == null || isPreferredSizeSet()) {
                return all;
            }
            int tallest = 0;
            for (int i = 0; i < getTabCount(); i++) {
                tallest = Math.max(tallest, getComponentAt(i).getPreferredSize().height);
            }
            return new Dimension(all.width, all.height - tallest + shown.getPreferredSize().height);
        }
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
}
