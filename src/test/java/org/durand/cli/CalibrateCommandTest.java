package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.durand.Cli;
import org.durand.TestScenarios;
import org.durand.scenario.Scenario;
import org.durand.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code durand calibrate} brings a deliberately mis-set baseline back within tolerance: TTP
 * attack rate and the return threat weight set far off, then fitted on those two parameters.
 */
class CalibrateCommandTest {

    private static final String[] MIS_SET = {
        "--set", "groups.ttp.attacksPerCellYear=0.6",
        "--set", "behaviour.returns.threatWeight=5",
        "--set", "resolution.personsPerAgent=50",
        "--set", "calendar.end=2025-04-30",
    };

    @Test
    void misSetBaselineIsMovedBackTowardItsValues(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("fit");
        Cli.Result before = Cli.run(concat(new String[] {"run", TestScenarios.BASELINE.toString(), "--reps", "4",
            "--no-charts", "--out", tmp.resolve("before").toString()}, MIS_SET));
        assertEquals(0, before.exit(), before.all());
        assertTrue(lines(tmp.resolve("before/targets.csv")).stream().anyMatch(l -> l.endsWith(",no") || l.contains(",no,")),
                "the mis-set baseline should miss targets");

        Cli.Result r = Cli.run(concat(new String[] {"calibrate", TestScenarios.BASELINE.toString(),
            "--fit", "groups.ttp.attacksPerCellYear=0.1:1", "--fit", "behaviour.returns.threatWeight=0.2:8",
            "--reps", "4", "--budget", "60", "--out", out.toString()}, MIS_SET));
        assertEquals(0, r.exit(), r.all());
        assertTrue(lines(out.resolve("targets.csv")).size() > 20, "every target of the window is scored");
        List<String> log = lines(out.resolve("evaluations.csv"));
        assertTrue(log.size() > 10);
        double start = Double.parseDouble(log.get(1).substring(log.get(1).lastIndexOf(',') + 1));
        double best = log.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(',') + 1)))
                .min().orElseThrow();
        assertTrue(best < 0.5 * start, "the fit at least halves the objective of the mis-set start: " + start + " → " + best);

        Path fitted = out.resolve("baseline-calibrated.yaml");
        Scenario s = ScenarioReader.read(fitted, List.of());
        double rate = s.groups().get("ttp").attacksPerCellYear();
        double threat = s.behaviour().returns().threatWeight();
        assertTrue(rate > 0.1 && rate < 0.4, "fitted TTP attack rate " + rate + " (mis-set 0.6, baseline 0.111)");
        assertTrue(threat < 3, "fitted threat weight " + threat + " (mis-set 5, baseline 0)");
        assertEquals(0, Cli.run("validate", fitted.toString()).exit());
    }

    @Test
    void badFitSpecificationIsBadInput() {
        Cli.Result r = Cli.run("calibrate", TestScenarios.BASELINE.toString(), "--fit", "groups.ttp.attacksPerCellYear=3:1");
        assertEquals(2, r.exit(), r.all());
        assertTrue(r.err().contains("HIGH must be greater than LOW"), r.err());
        Cli.Result unknown = Cli.run("calibrate", TestScenarios.BASELINE.toString(), "--fit", "groups.ttp.figthers=1:2");
        assertEquals(2, unknown.exit(), unknown.all());
        assertTrue(unknown.err().contains("groups.ttp.figthers"), unknown.err());
    }

    private static List<String> lines(Path file) throws Exception {
        return Files.readAllLines(file);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
