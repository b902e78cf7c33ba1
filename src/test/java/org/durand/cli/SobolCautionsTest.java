package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.durand.experiment.sensitivity.Index;
import org.durand.experiment.sweep.Design;
import org.durand.experiment.sweep.Spread;
import org.durand.experiment.sweep.SweepPlan;
import org.durand.experiment.sweep.Varied;
import org.junit.jupiter.api.Test;

/** A Sobol sweep warns of a sample too small for stable indices and of indices impossible beyond their intervals. */
class SobolCautionsTest {

    private static SweepPlan plan(Design design, int samples) {
        return new SweepPlan(Path.of("x.yaml"), List.of(), List.of(
                Varied.of("governments.host.hawkishness", "0", "1", null, Spread.UNIFORM, "test")),
                design, samples, 4, 2, 1, List.of());
    }

    @Test
    void smallSamplesAndImpossibleIndicesAreWarnedOf() {
        List<Index> indices = List.of(
                new Index("y", "p", "sobol", "first_order", -0.4, -0.6, -0.2, 64),     // below 0 beyond its interval
                new Index("y", "q", "sobol", "total_order", 1.3, 1.1, 1.5, 64),       // above 1 beyond it
                new Index("y", "r", "sobol", "first_order", -0.05, -0.3, 0.2, 64),    // within noise of 0
                new Index("y", "s", "prcc", "prcc", -0.9, -0.95, -0.8, 64));          // a correlation may be negative
        List<String> said = SweepSetup.cautions(plan(Design.SOBOL, 64), indices);
        assertEquals(3, said.size(), said::toString);
        assertTrue(said.get(0).startsWith("64 Sobol base rows give unstable indices; use 256 or more"), said::toString);
        assertTrue(said.get(1).startsWith("y, p: first_order index -0.4 lies outside [0, 1] beyond its 95% interval"),
                said::toString);
        assertTrue(said.get(2).startsWith("y, q: total_order index 1.3"), said::toString);
        assertEquals(List.of(), SweepSetup.cautions(plan(Design.SOBOL, 256), indices.subList(2, 4)));
        assertEquals(List.of(), SweepSetup.cautions(plan(Design.LHS, 8), indices));
    }
}
