/**
 * Files a run writes: {@code timeseries.csv}, {@code summary.csv}, {@code events.csv},
 * {@code targets.csv}, {@code manifest.json} and Markdown tables, each written atomically
 * ({@link org.durand.output.AtomicFiles}) with machine-independent number formatting.
 */
package org.durand.output;
