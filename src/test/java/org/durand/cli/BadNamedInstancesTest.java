package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.durand.Cli;
import org.durand.TestScenarios;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input suite's cases for the instances a user met (each stands for its kind, which the
 * generated suites cover across commands and files): Java words instead of an answer, values
 * accepted and then meaning nothing, a consequence blamed instead of its cause, and paths said
 * otherwise than the user gave them. The folder instances (a cut timeseries, an edited plan,
 * shards that disagree, a non-number cell) are cases of {@link BadFoldersTest}.
 */
class BadNamedInstancesTest {

    @TempDir
    static Path root;

    private static final String B = TestScenarios.BASELINE.toString();

    /** {@code path} relative to the working folder, as a user who typed it relative would give it. */
    static String relative(Path path) {
        return Path.of("").toAbsolutePath().relativize(path.toAbsolutePath()).toString();
    }

    @BeforeAll
    static void files() throws Exception {
        Files.copy(TestScenarios.TARGETS, root.resolve("observed.yaml"));
        Files.createDirectories(root.resolve("scenario-files"));
        Files.copy(TestScenarios.BASELINE, root.resolve("scenario-files/mine.yaml"));
        TestScenarios.write(root, "a.yaml", "extends: b.yaml\nname: a\n");
        TestScenarios.write(root, "b.yaml", "extends: c.yaml\nname: b\n");
        TestScenarios.write(root, "c.yaml", "extends: a.yaml\nname: c\n");
        TestScenarios.write(root, "extends-targets.yaml", "extends: observed.yaml\nname: s\n");
        TestScenarios.write(root, "empty-name.yaml", "extends: " + B + "\nname: \"\"\n");
        TestScenarios.write(root, "plan-of-targets.yaml", "scenario: observed.yaml\nvary:\n"
                + "  governments.host.hawkishness: {low: 0.3, high: 0.9}\n");
        TestScenarios.write(root, "later.yaml", "targets:\n  later:\n    metric: fatalities_total\n"
                + "    window: {from: 2030-01-01, to: 2030-12-31}\n    observed: 100\n    tolerance: 0.1\n    source: a test\n");
        TestScenarios.write(root, "bad-trust.yaml", "extends: " + B + "\ngovernments:\n  host:\n    trust: 1.5\n");
    }

    private static BadCase refused(String name, List<String> said, String... args) {
        Path dir = root.resolve("case-" + Integer.toHexString(name.hashCode()));
        List<String> line = new ArrayList<>();
        for (String a : args) {
            line.add(a.replace("OUT", relative(dir.resolve("out"))).replace("ROOT", root.toString()));
        }
        return new BadCase(name, line, said.stream().map(s -> s.replace("OUT", relative(dir.resolve("out")))
                .replace("ROOT", root.toString())).toList(), dir);
    }

    static List<BadCase> cases() {
        String rel = relative(root);
        return List.of(
                refused("a seed beyond the whole numbers", List.of("--seed 9223372036854775808: too large; "
                        + "allowed: a whole number from -9223372036854775808 to 9223372036854775807"), "run", B,
                        "--seed", "9223372036854775808", "--out", "OUT"),
                refused("compare with one folder", List.of("missing at least 2 DIR",
                        // the folder given is not also reported as an unknown argument
                        "1 problem in the command line"), "compare", rel + "/a", "--out",
                        "OUT"),
                refused("a backtest's small settings, said at once", List.of("--reps 0: ", "--particles 3: ",
                        "--threads 0: ", "3 problems in the command line"), "backtest", B, "--fit",
                        "groups.ttp.attacksPerCellYear", "--fit-until", "2024-06-30", "--reps", "0", "--particles", "3",
                        "--threads", "0", "--out", "OUT"),
                refused("an empty name (validate)", List.of(rel + "/empty-name.yaml line 2: key 'name'",
                        "must be a simple name"), "validate", rel + "/empty-name.yaml"),
                refused("an empty name (run without --out)", List.of(rel + "/empty-name.yaml line 2: key 'name'",
                        "must be a simple name"), "run", rel + "/empty-name.yaml"),
                refused("run --out a folder of scenario files", List.of(rel + "/scenario-files holds files that are "
                        + "not a Durand output (mine.yaml)", "--force"), "run", B, "--reps", "1", "--out",
                        rel + "/scenario-files"),
                refused("a targets file extended", List.of(rel + "/extends-targets.yaml line 1: key 'extends' = "
                        + "'observed.yaml': names a targets file, not a scenario"), "validate",
                        rel + "/extends-targets.yaml"),
                refused("a targets file as a plan's scenario", List.of(rel + "/plan-of-targets.yaml line 1: key "
                        + "'scenario' = 'observed.yaml': names a targets file, not a scenario"), "sweep", "--plan",
                        rel + "/plan-of-targets.yaml", "--out", "OUT"),
                refused("a targets file given as the scenario", List.of(rel + "/observed.yaml: this is a targets "
                        + "file, not a scenario"), "run", rel + "/observed.yaml", "--out", "OUT"),
                refused("a cycle of three extends", List.of(rel + "/c.yaml line 1: key 'extends' = 'a.yaml'",
                        "a.yaml extends b.yaml extends c.yaml extends a.yaml"), "validate", rel + "/a.yaml"),
                refused("a relative path kept relative", List.of(rel + "/bad-trust.yaml line 4: key "
                        + "'governments.host.trust' = '1.5'", "between 0 and 1"), "run", rel + "/bad-trust.yaml",
                        "--out", "OUT"),
                refused("a relative targets path kept relative", List.of("--targets " + rel + "/none.yaml: no such "
                        + "file"), "validate", B, "--targets", rel + "/none.yaml"),
                refused("a relative plan path kept relative", List.of(rel + "/none.yaml: no such file"), "sweep",
                        "--plan", rel + "/none.yaml", "--out", "OUT"),
                refused("calibrating on targets the calendar does not cover", List.of("later"), "calibrate", B,
                        "--targets", rel + "/later.yaml", "--fit", "groups.ttp.attacksPerCellYear=0.5:2.5", "--out",
                        "OUT"));
    }

    @TestFactory
    Stream<DynamicTest> theInstancesUsersMet() {
        return cases().stream().map(BadCase::test);
    }

    @Test
    void aTargetWindowOutsideTheCalendarIsSaidByValidateAndRun() {
        Path later = root.resolve("later.yaml");
        Cli.Result v = Cli.run("validate", B, "--targets", later.toString());
        assertEquals(0, v.exit(), v::all);
        assertTrue(v.err().contains("0 of 1 target applies; not evaluated, as the calendar does not cover their "
                + "windows' months wholly: later"), v::all);
    }
}
