/**
 * Charts and HTML reports for finished Durand runs.
 *
 * <p>The package reads only the files of a run folder ({@code timeseries.csv},
 * {@code summary.csv}, {@code events.csv}, {@code manifest.json} and the optional
 * {@code targets.csv}) and writes PNG, SVG and CSV files for every chart plus a
 * self-contained {@code report.html}. It has no dependency on the model packages.
 *
 * <p>Entry points: {@link org.durand.chart.RunReport#write(java.nio.file.Path)} for one run and
 * {@link org.durand.chart.Comparison#write(java.util.List, java.nio.file.Path)} for several.
 * Every output file is written under a temporary name and atomically renamed into place.
 */
package org.durand.chart;
