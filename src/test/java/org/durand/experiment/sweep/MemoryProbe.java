package org.durand.experiment.sweep;

import java.nio.file.Path;
import java.util.List;

/**
 * Runs a 100,000-run sweep of a plain function through {@link SweepRunner}; started by
 * {@link SweepMemoryTest} in a child JVM with a small heap, so it fails with OutOfMemoryError if
 * memory grows with the number of runs.
 */
public final class MemoryProbe {

    private MemoryProbe() {
    }

    /** {@code args[0]}: the runs.csv to write. */
    public static void main(String[] args) throws Exception {
        SweepPlan plan = new SweepPlan(Path.of("unused.yaml"), List.of(), List.of(
                Varied.of("governments.host.hawkishness", "0", "1", null, Spread.UNIFORM, "probe"),
                Varied.of("governments.haven.hawkishness", "0", "1", null, Spread.UNIFORM, "probe")),
                Design.LHS, 50_000, 4, 2, 3, List.of());
        List<String> outcomes = List.of("a", "b", "c", "d", "e", "f", "g", "h");
        SweepRunner.Tally t = new SweepRunner(plan, outcomes).run(Path.of(args[0]), Shard.ALL, 2, (run, values) -> {
            double x = Double.parseDouble(values[0]);
            double[] out = new double[outcomes.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = x * i + run.rep();
            }
            if (run.run() % 10_000 == 7) {
                throw new IllegalStateException("planned failure of run " + run.run());
            }
            return out;
        }, (run, ok) -> { });
        System.out.println(t.ran() + " " + t.failed());
    }
}
