package org.durand.gui;

import java.awt.Component;
import java.awt.Container;
import java.lang.reflect.Field;

import javax.swing.JLabel;

import sim.display.Console;
import sim.util.gui.PropertyField;

/**
 * MASON's Console with the changes a classroom needs. Its seed field is the GUI's base seed, the
 * seed of {@code durand run --seed}, kept in all 64 bits (MASON's own field keeps 32 and hands
 * them to the model, which {@link DurandWithUI#start()} overrides). "Increment seed on stop" is
 * off, so stop and play replays the run; ticked, it adds one to the base seed at each stop.
 *
 * <p>MASON keeps the Console's parts in package-private fields; the few changed here are reached
 * by name ({@link #part}), so a MASON release that renames them fails at once, not silently.
 */
final class ClassroomConsole extends Console {

    private static final long serialVersionUID = 1L;

    private final transient DurandWithUI gui;
    private final PropertyField seedField;

    ClassroomConsole(DurandWithUI gui) {
        super(gui);
        this.gui = gui;
        setIncrementSeedOnStop(false);
        seedField = new PropertyField("", Long.toString(gui.baseSeed()), true, null, PropertyField.SHOW_TEXTFIELD) {
            private static final long serialVersionUID = 1L;

            @Override
            public String newValue(String text) {
                try {
                    gui.setBaseSeed(Long.parseLong(text.trim()));
                } catch (NumberFormatException e) {
                    // not a whole number in the range of a long: the field shows the seed kept
                }
                return Long.toString(gui.baseSeed());
            }
        };
        seedField.setToolTipText("<html>The base seed, as <tt>durand run --seed</tt> takes it (any whole number).<br>"
                + "With no button pressed and no setting changed, a run with seed S gives exactly the numbers<br>"
                + "of the first replicate of <tt>durand run SCENARIO --seed S</tt>. "
                + "A new seed takes effect at the next play after stop.</html>");
        replaceRow(part("randomField", PropertyField.class), seedField, "Seed (as durand run --seed) ");
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
        if (wasRunning && getIncrementSeedOnStop()) {
            gui.setBaseSeed(gui.baseSeed() + 1);
            showSeed();
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
