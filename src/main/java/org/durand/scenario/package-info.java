/**
 * Scenario files: strict YAML loading that remembers where every value came from, {@code extends}
 * and {@code --set} overrides, and validation into immutable records.
 *
 * <pre>{@code
 * Scenario s = ScenarioReader.read(Path.of("scenarios/baseline.yaml"),
 *         List.of("governments.host.hawkishness=0.8"));
 * }</pre>
 * A bad file raises {@link org.durand.scenario.ScenarioException} listing every
 * {@link org.durand.scenario.Problem} with file, line, key, value and what is allowed.
 */
package org.durand.scenario;
