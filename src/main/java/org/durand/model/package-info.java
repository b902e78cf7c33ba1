/**
 * The MASON model: {@link org.durand.model.TensionModel} and its agents (governments, militant
 * groups and cells, refugee households, the border, the timeline). No I/O, no GUI.
 *
 * <pre>{@code
 * TensionModel m = new TensionModel(seed, scenario);
 * m.setEventListener(log);            // optional, an EventListener such as observe.EventLog
 * m.start();
 * m.attach(new MonthlyRecorder(MetricSet.of(scenario), m));   // observers only read
 * while (m.schedule.step(m)) { }      // or m.runToEnd(); the model stops on its end date
 * }</pre>
 */
package org.durand.model;
