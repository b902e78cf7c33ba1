/**
 * Charts and HTML reports of finished Durand runs, drawn from their results in memory.
 *
 * <p>{@link org.durand.chart.RunReport#write(java.nio.file.Path, org.durand.output.RunRecord)} writes
 * PNG, SVG and CSV files for every chart of one run plus a self-contained {@code report.html};
 * {@link org.durand.chart.Comparison#write(java.util.List, java.nio.file.Path)} reads run folders
 * back through {@link org.durand.output.RunFolderReader} and overlays them. Every name shown comes
 * from the run; units come from the metric declarations. Outputs are byte-identical for identical
 * runs and in every locale, and each file is written atomically.
 */
package org.durand.chart;
