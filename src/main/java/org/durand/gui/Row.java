package org.durand.gui;

import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

import sim.util.Interval;

/**
 * One labelled value of the Model tab, as {@link RowPanel} shows it: a monitor of the run
 * (read-only) or a setting with a slider over {@code domain}. Values come from the parameter
 * registry or from the model's observables; the row only reads and hands changes on.
 *
 * @param name        label shown
 * @param type        {@code double.class}, {@code long.class} or {@code String.class}
 * @param value       reads the current value (a {@link Double}, {@link Long} or {@link String})
 * @param setter      takes a new value (a {@link Double} or {@link Long}) and returns the value now
 *                    held, or null when refused; null for monitors
 * @param writable    whether the setting may change now (checked on every refresh); a setting
 *                    that may not is shown as fixed until the run is stopped
 * @param domain      the slider's range, or null for monitors
 * @param description tooltip in plain words
 */
record Row(String name, Class<?> type, Supplier<Object> value, Function<Object, Object> setter,
           BooleanSupplier writable, Interval domain, String description) {

    /** A read-only row. */
    static Row monitor(String name, Class<?> type, Supplier<Object> value, String description) {
        return new Row(name, type, value, null, () -> false, null, description);
    }

    /** Whether this row is a setting (it has a setter), whether or not it may change now. */
    boolean isSetting() {
        return setter != null;
    }

    /** Whether the setting may change now. */
    boolean isEditable() {
        return setter != null && writable.getAsBoolean();
    }

    /** Whether values are whole numbers. */
    boolean isWhole() {
        return type == long.class;
    }

    /**
     * Sets the value typed as {@code text} (a number; whole numbers for whole rows).
     *
     * @return the value now held, or null when the text is no number, the row may not change now,
     *         or the setter refused the value
     */
    Object set(String text) {
        if (!isEditable()) {
            return null;
        }
        double v;
        try {
            v = Double.parseDouble(text.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
        if (Double.isNaN(v) || Double.isInfinite(v) || (isWhole() && v != Math.rint(v))) {
            return null;
        }
        return setter.apply(isWhole() ? (Object) Math.round(v) : (Object) v);
    }
}
