package org.durand.gui;

import java.awt.Component;
import java.awt.Container;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

import javax.swing.JLabel;

import sim.display.Console;

/**
 * The parts of MASON's Console that {@link ClassroomConsole} changes but MASON keeps
 * package-private: fields and methods reached by name, and the labelled rows of the Console tab.
 * Each access names what it needs, so a MASON release that renames or moves a part fails at once
 * with that name, not silently.
 */
final class ConsoleParts {

    private ConsoleParts() {
    }

    /**
     * The field {@code name} of {@code console}.
     *
     * @throws IllegalStateException if this MASON release has no such field of that type
     */
    static <T> T get(Console console, String name, Class<T> type) {
        try {
            Field f = Console.class.getDeclaredField(name);
            f.setAccessible(true);
            return type.cast(f.get(console));
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw missing(type.getSimpleName() + " " + name, e);
        }
    }

    /**
     * Sets the field {@code name} of {@code console} to {@code value}.
     *
     * @throws IllegalStateException if this MASON release has no such field of that type
     */
    static void set(Console console, String name, Object value) {
        try {
            Field f = Console.class.getDeclaredField(name);
            f.setAccessible(true);
            f.set(console, value);
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw missing("field " + name, e);
        }
    }

    /**
     * Calls the method {@code name} of parameter types {@code types} on {@code console}.
     *
     * @return what the method returns (null for void)
     * @throws IllegalStateException if this MASON release has no such method, or it failed
     */
    static Object call(Console console, String name, Class<?>[] types, Object... args) {
        try {
            Method m = Console.class.getDeclaredMethod(name, types);
            m.setAccessible(true);
            return m.invoke(console, args);
        } catch (ReflectiveOperationException e) {
            throw missing("method " + name, e);
        }
    }

    /** Hides the Console tab's row holding {@code field} (in its row's box) and its label. */
    static void hideRow(Component field) {
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
     *
     * @throws IllegalStateException if {@code old} is not in a row as MASON lays them out
     */
    static void replaceRow(Component old, Component replacement, String label) {
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

    private static IllegalStateException missing(String what, Exception e) {
        return new IllegalStateException("MASON's Console has no " + what + " that works as expected; Durand's "
                + "classroom console needs MASON 18", e);
    }
}
