package org.durand.gui;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

import sim.util.Properties;

/**
 * MASON properties built from rows rather than from a bean's getters: what the Console's inspector
 * shows when the values come from the parameter registry or from the model's observables. A row
 * with a {@link sim.util.Interval} domain shows as a slider; one without a setter, or whose
 * {@code writable} test fails, is read-only.
 */
final class RowProperties extends Properties {

    private static final long serialVersionUID = 1L;

    /**
     * One property.
     *
     * @param name        label shown in the inspector
     * @param type        {@code double.class}, {@code long.class} or {@code String.class}
     * @param value       reads the current value
     * @param setter      takes a new value and returns the value now held, or null when refused;
     *                    null for read-only rows
     * @param writable    whether the row may be edited now (checked on every redraw)
     * @param domain      a {@link sim.util.Interval} for a slider, or null
     * @param description tooltip in plain words
     */
    record Row(String name, Class<?> type, Supplier<Object> value, Function<Object, Object> setter,
               BooleanSupplier writable, Object domain, String description) {

        /** A read-only row. */
        static Row monitor(String name, Class<?> type, Supplier<Object> value, String description) {
            return new Row(name, type, value, null, () -> false, null, description);
        }
    }

    private final transient List<Row> rows;

    RowProperties(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    @Override
    public boolean isVolatile() {
        return false;
    }

    @Override
    public int numProperties() {
        return rows.size();
    }

    @Override
    public Object getValue(int index) {
        return rows.get(index).value().get();
    }

    @Override
    public boolean isReadWrite(int index) {
        Row r = rows.get(index);
        return r.setter() != null && r.writable().getAsBoolean();
    }

    @Override
    public String getName(int index) {
        return rows.get(index).name();
    }

    @Override
    public Class<?> getType(int index) {
        return rows.get(index).type();
    }

    @Override
    public Object getDomain(int index) {
        return rows.get(index).domain();
    }

    @Override
    public String getDescription(int index) {
        return rows.get(index).description();
    }

    @Override
    protected Object _setValue(int index, Object value) {
        return isReadWrite(index) ? rows.get(index).setter().apply(value) : null;
    }
}
