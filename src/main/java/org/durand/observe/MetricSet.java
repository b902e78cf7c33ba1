package org.durand.observe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.durand.scenario.Scenario;
import org.durand.scenario.StatusSpec;

/**
 * The monthly metrics of a scenario, in a fixed order: the fixed ones, then one per province,
 * legal status and group the scenario defines, each {@link Metric} declared once with its
 * aggregation, unit and label. All fatalities are on the host's soil.
 */
public final class MetricSet implements java.io.Serializable {

    private static final long serialVersionUID = 1L;


    /** Unit of counts of persons (fatalities, returns, refugees). */
    public static final String PEOPLE = "people";

    private final List<Metric> metrics;
    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();

    private MetricSet(List<Metric> metrics) {
        this.metrics = List.copyOf(metrics);
        List<String> n = new ArrayList<>(metrics.size());
        for (Metric m : this.metrics) {
            if (index.putIfAbsent(m.name(), n.size()) != null) {
                throw new IllegalArgumentException("metric " + m.name() + " is declared twice");
            }
            n.add(m.name());
        }
        this.names = Collections.unmodifiableList(n);
    }

    /**
     * A metric set of exactly {@code metrics}, in that order (for run folders read back).
     *
     * @throws IllegalArgumentException when a name occurs twice
     */
    public static MetricSet of(List<Metric> metrics) {
        return new MetricSet(metrics);
    }

    /** The metrics recorded for {@code scenario}, labelled with its actor, province, status and group names. */
    public static MetricSet of(Scenario scenario) {
        String host = scenario.host().name();
        String haven = scenario.haven().name();
        List<Metric> m = new ArrayList<>();
        flow(m, "fatalities_security", PEOPLE, "security forces killed");
        flow(m, "fatalities_civilian", PEOPLE, "civilians killed");
        flow(m, "fatalities_militant", PEOPLE, "militants killed");
        flow(m, "fatalities_total", PEOPLE, "all fatalities (security forces, civilians, militants)");
        scenario.provinces().forEach((id, name) -> flow(m, "fatalities_" + id, PEOPLE, "fatalities in " + name));
        flow(m, "fatalities_haven_security", PEOPLE, "security forces of " + haven + " killed (border clashes)");
        flow(m, "fatalities_haven_civilian", PEOPLE, "civilians killed on the soil of " + haven + " (strikes)");
        flow(m, "fatalities_haven_militant", PEOPLE, "militants killed on the soil of " + haven + " (strikes)");
        flow(m, "fatalities_haven_total", PEOPLE, "all fatalities on the side of " + haven);
        flow(m, "attacks", "attacks", "militant attacks");
        flow(m, "returns_deported", PEOPLE, "refugees deported");
        flow(m, "returns_pressured", PEOPLE, "refugees returned under pressure");
        flow(m, "returns_total", PEOPLE, "refugee returns (deported and pressured)");
        stock(m, "refugees_remaining", PEOPLE, "refugees remaining in " + host);
        for (Map.Entry<String, StatusSpec> s : scenario.refugees().statuses().entrySet()) {
            stock(m, "refugees_status_" + s.getKey(), PEOPLE, s.getValue().name() + " remaining");
        }
        flow(m, "border_closed_days", "days", "days the border was closed");
        flow(m, "trade_value_usd", "USD", "bilateral trade value");
        flow(m, "strikes", "events", "cross-border strikes");
        flow(m, "clashes", "events", "border clashes");
        flow(m, "diplomatic_events", "events", "diplomatic events");
        flow(m, "goldstein_sum", "Goldstein units", "signed Goldstein weight × magnitude of events between "
                + host + " and " + haven);
        m.add(new Metric("tension_index", Aggregation.LEVEL, "index 0–100", "tension index"));
        stock(m, "trust_host", "0–1", "trust of " + host + " in " + haven);
        stock(m, "trust_haven", "0–1", "trust of " + haven + " in " + host);
        stock(m, "grievance_host", "Goldstein units", "grievance of " + host);
        stock(m, "grievance_haven", "Goldstein units", "grievance of " + haven);
        stock(m, "pressure_host", "fatality-equivalents", "domestic pressure on " + host);
        stock(m, "pressure_haven", "fatality-equivalents", "domestic pressure on " + haven);
        stock(m, "restraint_haven", "0–1", "restraint of hosted militants by " + haven);
        stock(m, "operations_host", "× reference count", "count of " + host + "'s operations against the "
                + "militants on its soil, × the reference count (governments.host.opsTempo)");
        stock(m, "fighters", "fighters", "militant fighters, all groups");
        scenario.groups().forEach((id, g) -> stock(m, "fighters_" + id, "fighters", "fighters of " + g.name()));
        return new MetricSet(m);
    }

    private static void flow(List<Metric> m, String name, String unit, String label) {
        m.add(new Metric(name, Aggregation.FLOW, unit, label));
    }

    private static void stock(List<Metric> m, String name, String unit, String label) {
        m.add(new Metric(name, Aggregation.STOCK, unit, label));
    }

    /** Metric names in recording order. */
    public List<String> names() {
        return names;
    }

    /** The declared metrics in recording order. */
    public List<Metric> metrics() {
        return metrics;
    }

    /** Number of metrics. */
    public int size() {
        return metrics.size();
    }

    /** Position of {@code name}, or -1. */
    public int indexOf(String name) {
        return index.getOrDefault(name, -1);
    }

    /** The metric called {@code name}, or {@code null} when there is none. */
    public Metric metric(String name) {
        int i = indexOf(name);
        return i < 0 ? null : metrics.get(i);
    }

    /** How {@code name} combines over time, or {@code null} when there is no such metric. */
    public Aggregation aggregation(String name) {
        Metric m = metric(name);
        return m == null ? null : m.aggregation();
    }

    /** The unit of {@code name}, or an empty string when there is no such metric. */
    public String unit(String name) {
        Metric m = metric(name);
        return m == null ? "" : m.unit();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MetricSet other && metrics.equals(other.metrics);
    }

    @Override
    public int hashCode() {
        return metrics.hashCode();
    }

    @Override
    public String toString() {
        return "MetricSet" + names;
    }
}
