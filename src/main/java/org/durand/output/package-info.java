/**
 * Run folders: the format declared once ({@link org.durand.output.RunFiles}), the writers of
 * {@code timeseries.csv}, {@code summary.csv}, {@code events.csv}, {@code targets.csv} and
 * {@code manifest.json}, the one reader that turns a folder back into the
 * {@link org.durand.output.RunRecord} it was written from, and Markdown tables. A command's folder
 * is staged and committed whole ({@link org.durand.output.StagedFolder}). Files are written in the
 * dialect and number format of {@link org.durand.io}; numbers for people are rounded by
 * {@link org.durand.output.Display}.
 */
package org.durand.output;
