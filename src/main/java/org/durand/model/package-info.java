/**
 * The MASON model: {@link org.durand.model.TensionModel} and its agents (governments, militant
 * groups and cells, refugee households, the border, the timeline). No I/O, no GUI.
 *
 * <pre>{@code
 * TensionModel m = new TensionModel(seed, scenario);
 * m.setEventListener(events::add);   // optional
 * m.start();
 * new MonthlyRecorder(MetricSet.of(scenario), m).attach(m);   // observers only read
 * m.runToEnd();
 * }</pre>
 */
package org.durand.model;
