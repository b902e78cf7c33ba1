package org.durand.observe;

import java.util.Objects;

/**
 * One monthly metric, declared once: its column name in {@code timeseries.csv}, how days make a
 * month and months make a year ({@link Aggregation}), its unit and a label a reader understands.
 * Charts and tables take units and labels from here (compare Mesa's {@code DataCollector}, which
 * pairs a reporter's name with its function).
 *
 * @param name        column name, lower case with underscores, e.g. {@code fatalities_total}
 * @param aggregation how values combine over time
 * @param unit        unit of one monthly value, e.g. {@code people}, {@code days}, {@code 0–1}
 * @param label       short description for legends and tables, with the scenario's own names
 */
public record Metric(String name, Aggregation aggregation, String unit, String label) implements java.io.Serializable {

    /**
     * @throws NullPointerException     when any component is null
     * @throws IllegalArgumentException when the name is blank
     */
    public Metric {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(label, "label");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a metric needs a name");
        }
    }

    /**
     * Smallest possible value of the metric, from its unit: 0 for counts (people, attacks, events,
     * fighters, days), amounts in USD, shares (0–1) and the tension index (0–100);
     * {@link Double#NEGATIVE_INFINITY} for any other unit (Goldstein units, fatality-equivalents).
     */
    public double lowerBound() {
        return switch (unit) {
            case "people", "attacks", "events", "fighters", "days", "USD", "0–1", "index 0–100" -> 0;
            default -> Double.NEGATIVE_INFINITY;
        };
    }

    /** Largest possible value of the metric, from its unit: 1 for a share, 100 for an index 0–100, else none. */
    public double upperBound() {
        return switch (unit) {
            case "0–1" -> 1;
            case "index 0–100" -> 100;
            default -> Double.POSITIVE_INFINITY;
        };
    }
}
