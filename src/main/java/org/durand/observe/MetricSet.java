package org.durand.observe;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.durand.scenario.Scenario;

/**
 * The monthly metrics of a scenario, in a fixed order: the fixed ones, then one per province and
 * legal status and group the scenario defines. All fatalities are on the host's soil.
 */
public final class MetricSet implements java.io.Serializable {

    private static final long serialVersionUID = 1L;


    private final Map<String, Aggregation> metrics = new LinkedHashMap<>();
    private final Map<String, Integer> index = new java.util.HashMap<>();
    private List<String> names = List.of();

    private MetricSet() {
    }

    /** The metrics recorded for {@code scenario}. */
    public static MetricSet of(Scenario scenario) {
        MetricSet m = new MetricSet();
        m.flow("fatalities_security", "fatalities_civilian", "fatalities_militant", "fatalities_total");
        scenario.provinces().keySet().forEach(p -> m.flow("fatalities_" + p));
        m.flow("attacks", "returns_deported", "returns_pressured", "returns_total");
        m.stock("refugees_remaining");
        scenario.refugees().statuses().keySet().forEach(s -> m.stock("refugees_status_" + s));
        m.flow("border_closed_days", "trade_value_usd", "strikes", "clashes", "diplomatic_events");
        m.metrics.put("tension_index", Aggregation.LEVEL);
        m.stock("trust_host", "trust_haven", "grievance_host", "grievance_haven", "pressure_host", "pressure_haven",
                "restraint_haven", "fighters");
        scenario.groups().keySet().forEach(g -> m.stock("fighters_" + g));
        m.names = List.copyOf(m.metrics.keySet());
        for (int i = 0; i < m.names.size(); i++) {
            m.index.put(m.names.get(i), i);
        }
        return m;
    }

    private void flow(String... names) {
        for (String n : names) {
            metrics.put(n, Aggregation.FLOW);
        }
    }

    private void stock(String... names) {
        for (String n : names) {
            metrics.put(n, Aggregation.STOCK);
        }
    }

    public List<String> names() {
        return names;
    }

    public int size() {
        return metrics.size();
    }

    /** Position of {@code name}, or -1. */
    public int indexOf(String name) {
        return index.getOrDefault(name, -1);
    }

    public Aggregation aggregation(String name) {
        return metrics.get(name);
    }
}
