/**
 * Observation: the metrics of a scenario ({@link org.durand.observe.MetricSet}), how months
 * combine into years ({@link org.durand.observe.Aggregation}), and the recorder that reads the
 * model at the end of every day into a {@link org.durand.observe.MonthlySeries}.
 */
package org.durand.observe;
