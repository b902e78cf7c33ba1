package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.durand.Cli;
import org.durand.TestScenarios;

/** Small, fast runs of the baseline (coarse refugees, a short calendar) as fixtures of the command tests. */
final class TinyRuns {

    private TinyRuns() {
    }

    /**
     * Runs the baseline to {@code end} with {@code reps} replicates, seed 5, into {@code out}, with
     * {@code more} options, and asserts that it succeeded.
     *
     * @return the command's result
     */
    static Cli.Result run(Path out, String end, int reps, String... more) {
        List<String> args = new ArrayList<>(List.of("run", TestScenarios.BASELINE.toString(), "--set",
                TestScenarios.VERY_COARSE, "--set", "calendar.end=" + end, "--reps", Integer.toString(reps), "--seed", "5",
                "--out", out.toString()));
        args.addAll(List.of(more));
        Cli.Result r = Cli.run(args.toArray(new String[0]));
        assertEquals(0, r.exit(), r.all());
        return r;
    }
}
