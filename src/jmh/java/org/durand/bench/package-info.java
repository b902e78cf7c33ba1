/**
 * JMH benchmarks of the model (not part of the default build): {@code mvn -Pjmh verify} compiles
 * them with the test classes and runs them; {@code -Djmh.args="replicate -f 1"} passes arguments to
 * JMH (a benchmark's name, forks, iterations).
 */
package org.durand.bench;
