/**
 * Charts and HTML reports of finished Durand runs, drawn from their results in memory.
 *
 * <p>{@link org.durand.chart.RunReport#write(java.nio.file.Path, org.durand.output.RunRecord)} writes
 * PNG, SVG and CSV files for every chart of one run plus a self-contained {@code report.html};
 * {@link org.durand.chart.Comparison#of(java.util.List)} reads run folders
 * back through {@link org.durand.output.RunFolderReader} and overlays them.
 * {@link org.durand.chart.PosteriorCharts} draws a posterior of approximate Bayesian computation
 * (marginals over the prior bounds, pairs of parameters, the posterior predictive check) and
 * {@link org.durand.chart.BacktestCharts} an out-of-sample backtest against naive forecasts. Every name shown comes
 * from the run; units come from the metric declarations. Outputs are byte-identical for identical
 * runs and in every locale, and each file is written atomically.
 */
package org.durand.chart;
