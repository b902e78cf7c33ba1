/**
 * Run folders: the format declared once ({@link org.durand.output.RunFiles}), the writers of
 * {@code timeseries.csv}, {@code summary.csv}, {@code events.csv}, {@code targets.csv} and
 * {@code manifest.json}, the one reader that turns a folder back into the
 * {@link org.durand.output.RunRecord} it was written from, and Markdown tables. Files are written
 * atomically ({@link org.durand.output.AtomicFiles}); numbers are locale-free, exact in files
 * ({@link org.durand.output.Numbers}) and rounded for people ({@link org.durand.output.Display}).
 */
package org.durand.output;
