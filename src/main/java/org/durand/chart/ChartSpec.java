package org.durand.chart;

import org.jfree.chart.JFreeChart;

/**
 * A built chart and the data it shows.
 *
 * @param name    base file name under {@code charts/}
 * @param caption caption used in the HTML report
 * @param chart   the chart
 * @param table   exactly the data drawn
 */
record ChartSpec(String name, String caption, JFreeChart chart, PlotTable table) {
}
