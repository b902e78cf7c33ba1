package org.durand.gui;

import java.awt.Color;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.JTextField;
import javax.swing.SwingConstants;

/**
 * Rows shown as a class reads them: a monitor as its name and value; a setting as its name and a
 * value field wide enough for the largest value of its range, over a slider with the range's ends
 * written at either side. A setting that may not change now (one that shapes only the start of a
 * run, while a run is under way, once its first day is played) keeps its slider, greyed, and says "fixed: stop
 * to change". Swing event
 * thread only.
 */
final class RowPanel extends JPanel {

    private static final long serialVersionUID = 1L;
    /** Slider positions between the ends of a range that is not whole numbers. */
    private static final int STEPS = 1000;
    private static final Color QUIET = new Color(0x55555F);
    private static final String FIXED = "  (fixed: stop to change)";

    private final transient List<Shown> shown = new ArrayList<>();
    private final transient Consumer<String> problem;

    /**
     * A panel of {@code rows}.
     *
     * @param title   the titled border's text
     * @param problem gets a message when typed text is not a number
     */
    RowPanel(String title, List<Row> rows, Consumer<String> problem) {
        super(new GridBagLayout());
        this.problem = problem;
        setBorder(BorderFactory.createTitledBorder(title));
        int y = 0;
        for (Row r : rows) {
            Shown s = r.isSetting() ? new Setting(r, y) : new Monitor(r, y);
            shown.add(s);
            y += r.isSetting() ? 2 : 1;
        }
        GridBagConstraints filler = new GridBagConstraints();
        filler.gridy = y;
        filler.weighty = 1;
        add(new JLabel(), filler);
        refresh();
    }

    /** Reads every value again and enables what may change now. */
    void refresh() {
        shown.forEach(Shown::refresh);
    }

    /** The value field of the row named {@code name} (tests). */
    JTextField field(String name) {
        return shown.stream().filter(s -> s instanceof Setting t && t.row.name().equals(name))
                .map(s -> ((Setting) s).field).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no setting " + name));
    }

    /** The label of the row named {@code name} as shown now (tests). */
    String label(String name) {
        return shown.stream().filter(s -> s.row().name().equals(name)).map(s -> s.label().getText()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row " + name));
    }

    /** The value shown by the monitor named {@code name} (tests). */
    String value(String name) {
        return shown.stream().filter(s -> s instanceof Monitor m && m.row.name().equals(name))
                .map(s -> ((Monitor) s).value.getText()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no monitor " + name));
    }

    /** The range's ends written beside the slider of the setting named {@code name}, low and high (tests). */
    List<String> ends(String name) {
        return shown.stream().filter(s -> s instanceof Setting t && t.row.name().equals(name))
                .map(s -> List.of(((Setting) s).low.getText(), ((Setting) s).high.getText())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no setting " + name));
    }

    /**
     * A value as a class reads it: whole numbers with thousands separators, others to three
     * significant digits ("0.35", "1,370", "12.5").
     */
    static String format(Object value) {
        if (value instanceof Long l) {
            return grouped(l);
        }
        if (value instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                return d.toString();
            }
            if (Math.abs(d) >= 1000) {
                return grouped(Math.round(d));
            }
            return d == 0 ? "0" : new BigDecimal(d).round(new MathContext(3)).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }

    private static String grouped(long v) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(v);
    }

    private static GridBagConstraints at(int x, int y, int width, double weight, int anchor) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = x;
        c.gridy = y;
        c.gridwidth = width;
        c.weightx = weight;
        c.anchor = anchor;
        c.fill = weight > 0 ? GridBagConstraints.HORIZONTAL : GridBagConstraints.NONE;
        c.insets = new Insets(1, 4, 1, 4);
        return c;
    }

    private interface Shown {
        Row row();

        JLabel label();

        void refresh();
    }

    /** Name and value on one line. */
    private final class Monitor implements Shown {
        private final Row row;
        private final JLabel name;
        private final JLabel value = new JLabel();

        Monitor(Row row, int y) {
            this.row = row;
            name = new JLabel(row.name());
            name.setToolTipText(row.description());
            value.setToolTipText(row.description());
            value.setFont(value.getFont().deriveFont(Font.BOLD));
            add(name, at(0, y, 1, 0, GridBagConstraints.WEST));
            add(value, at(1, y, 3, 1, GridBagConstraints.WEST));
        }

        @Override
        public Row row() {
            return row;
        }

        @Override
        public JLabel label() {
            return name;
        }

        @Override
        public void refresh() {
            value.setText(format(row.value().get()));
        }
    }

    /** Name and value field on one line, the slider between the range's ends on the next. */
    private final class Setting implements Shown {
        private final Row row;
        private final JLabel name;
        private final JTextField field;
        private final JSlider slider;
        private final JLabel low;
        private final JLabel high;
        private final double min;
        private final double max;
        private final boolean direct;
        private boolean updating;
        private Boolean shownEditable;

        Setting(Row row, int y) {
            this.row = row;
            min = row.domain().getMin().doubleValue();
            max = row.domain().getMax().doubleValue();
            direct = row.isWhole() && max - min <= STEPS;
            name = new JLabel(row.name());
            name.setToolTipText(row.description());
            String widest = longest(fieldText(row.value().get()), fieldText(min), fieldText(max));
            field = new JTextField(Math.max(4, widest.length() + 1));
            field.setHorizontalAlignment(SwingConstants.RIGHT);
            field.setMinimumSize(field.getPreferredSize());
            field.setToolTipText(row.description());
            field.addActionListener(e -> submit());
            field.addFocusListener(new FocusAdapter() {
                @Override
                public void focusLost(FocusEvent e) {
                    submit();
                }
            });
            slider = direct ? new JSlider((int) min, (int) max) : new JSlider(0, STEPS);
            slider.setToolTipText(row.description());
            slider.addChangeListener(e -> slid());
            low = end(format(min));
            high = end(format(max));
            add(name, at(0, y, 3, 1, GridBagConstraints.WEST));
            add(field, at(3, y, 1, 0, GridBagConstraints.EAST));
            add(low, at(0, y + 1, 1, 0, GridBagConstraints.EAST));
            add(slider, at(1, y + 1, 1, 1, GridBagConstraints.CENTER));
            add(high, at(2, y + 1, 2, 0, GridBagConstraints.WEST));
        }

        private JLabel end(String text) {
            JLabel l = new JLabel(text);
            l.setForeground(QUIET);
            l.setToolTipText(row.description());
            return l;
        }

        @Override
        public Row row() {
            return row;
        }

        @Override
        public JLabel label() {
            return name;
        }

        @Override
        public void refresh() {
            boolean editable = row.isEditable();
            if (!Boolean.valueOf(editable).equals(shownEditable)) {
                shownEditable = editable;
                name.setText(editable ? row.name() : "<html>" + row.name() + "<i><font color='#55555F'>" + FIXED
                        + "</font></i></html>");
                field.setEditable(editable);
                slider.setEnabled(editable);
            }
            if (!field.isFocusOwner()) {
                show(row.value().get());
            }
        }

        private void show(Object value) {
            updating = true;
            try {
                field.setText(fieldText(value));
                if (value instanceof Number n && !slider.getValueIsAdjusting()) {
                    slider.setValue(position(n.doubleValue()));
                }
            } finally {
                updating = false;
            }
        }

        /** A value as the field shows it and takes it back: a plain number, no separators. */
        private String fieldText(Object value) {
            if (!(value instanceof Number n)) {
                return String.valueOf(value);
            }
            double v = n.doubleValue();
            if (row.isWhole() || (v == Math.rint(v) && Math.abs(v) < 1e15)) {
                return Long.toString(Math.round(v));
            }
            return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
        }

        private int position(double v) {
            double clamped = Math.max(min, Math.min(max, v));
            return direct ? (int) Math.round(clamped) : (int) Math.round((clamped - min) / (max - min) * STEPS);
        }

        private double valueAt(int position) {
            return direct ? position : min + (max - min) * position / STEPS;
        }

        private void submit() {
            if (updating || !row.isEditable()) {
                return;
            }
            String text = field.getText();
            if (text.trim().equals(fieldText(row.value().get()))) {
                return;
            }
            Object held = row.set(text);
            if (held == null && !isNumber(text)) {
                problem.accept("“" + text.trim() + "” is not " + (row.isWhole() ? "a whole number" : "a number")
                        + " (" + row.name() + ")");
            }
            show(row.value().get());
        }

        private void slid() {
            if (updating || !row.isEditable()) {
                return;
            }
            double v = valueAt(slider.getValue());
            String text = ParameterTabs.text(v, row.isWhole());
            updating = true;
            field.setText(text);
            updating = false;
            if (!slider.getValueIsAdjusting()) {
                row.set(text);
                show(row.value().get());
            }
        }
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text.trim().replace(",", ""));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String longest(String... texts) {
        String best = "";
        for (String t : texts) {
            if (t.length() > best.length()) {
                best = t;
            }
        }
        return best;
    }
}
