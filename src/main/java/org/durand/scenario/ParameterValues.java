package org.durand.scenario;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resolved value of every parameter of one scenario, after {@code extends}, {@code --set} and
 * fallbacks, keyed by concrete dotted path ({@code groups.ttp.fighters}) in the order the scenario
 * reader met them. Values are kept as canonical text ({@code 0.3}, {@code 2025-04-01},
 * {@code [undocumented, acc]}), the way a user would write them.
 */
public final class ParameterValues implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * One resolved value.
     *
     * @param path      concrete dotted path
     * @param parameter its registry entry
     * @param value     canonical text of the value
     * @param stated    whether the scenario (or an override) stated it, rather than a fallback
     */
    public record Value(String path, Parameter parameter, String value, boolean stated) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private final Map<String, Value> values;

    ParameterValues(Map<String, Value> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** No values (a scenario built in code rather than read). */
    public static ParameterValues empty() {
        return new ParameterValues(Map.of());
    }

    /** Every value, in reading order. */
    public List<Value> list() {
        return List.copyOf(values.values());
    }

    /** The value at {@code path}, if the scenario has it. */
    public Optional<Value> get(String path) {
        return Optional.ofNullable(values.get(path));
    }

    /** Path to canonical text, in reading order (for the manifest). */
    public Map<String, String> asMap() {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, v.value()));
        return Collections.unmodifiableMap(out);
    }

    /** Number of values. */
    public int size() {
        return values.size();
    }
}
