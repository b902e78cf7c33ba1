package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.durand.Cli;
import org.durand.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file given where another kind is expected, or a plan's own mistake, is blamed where it was
 * made: the file that refers to the wrong one, at its line, saying what kind of file it is; a
 * cycle of {@code extends} by the files in it; a plan's {@code set} and {@code outcomes} at their
 * lines, never at a {@code --set} nobody typed.
 */
class WrongFileTest {

    @TempDir
    Path dir;

    private Path targets() throws Exception {
        return Files.copy(TestScenarios.BASELINE.resolveSibling("targets").resolve("observed-2024-25.yaml"),
                dir.resolve("observed.yaml"));
    }

    private static void assertRefused(Cli.Result r, String said) {
        assertEquals(2, r.exit(), r::all);
        assertTrue(r.err().contains(said), said + "\n" + r.all());
        assertFalse(r.err().contains("is missing"), "no consequence blamed: " + r.all());
        assertFalse(r.err().contains("Exception"), r::all);
    }

    @Test
    void aTargetsFileExtendedIsNamedByTheFileThatExtendsIt() throws Exception {
        targets();
        Path s = Files.writeString(dir.resolve("s.yaml"), "extends: observed.yaml\nname: s\n");
        assertRefused(Cli.run("validate", s.toString()), s + " line 1: key 'extends' = 'observed.yaml': names a "
                + "targets file, not a scenario (its top-level keys are targets)");
    }

    @Test
    void aTargetsFileValidatedAsAScenarioIsSaidToBeOne() throws Exception {
        Path t = targets();
        assertRefused(Cli.run("validate", t.toString()), t + ": this is a targets file, not a scenario");
    }

    @Test
    void aPlanValidatedAsAScenarioIsSaidToBeOne() throws Exception {
        Path p = Files.writeString(dir.resolve("plan.yaml"), "scenario: " + TestScenarios.BASELINE + "\nvary:\n"
                + "  governments.host.hawkishness: {low: 0.3, high: 0.9}\n");
        assertRefused(Cli.run("validate", p.toString()), p + ": this is a sweep plan, not a scenario");
    }

    @Test
    void aCycleOfThreeExtendsNamesTheCycle() throws Exception {
        Files.writeString(dir.resolve("a.yaml"), "extends: b.yaml\nname: a\n");
        Files.writeString(dir.resolve("b.yaml"), "extends: c.yaml\nname: b\n");
        Files.writeString(dir.resolve("c.yaml"), "extends: a.yaml\nname: c\n");
        assertRefused(Cli.run("validate", dir.resolve("a.yaml").toString()),
                "the files extend each other in a cycle (a.yaml extends b.yaml extends c.yaml extends a.yaml)");
    }

    @Test
    void anEmptyNameIsRefused() throws Exception {
        Path s = Files.writeString(dir.resolve("e.yaml"), "extends: " + TestScenarios.BASELINE + "\nname: \"\"\n");
        assertRefused(Cli.run("validate", s.toString()), s + " line 2: key 'name': must be a simple name");
    }

    @Test
    void aPlansMistakesAreSaidAtItsLines() throws Exception {
        targets();
        Path out = dir.resolve("out");
        String vary = "vary:\n  groups.ttp.attacksPerCellYear: {low: 0.1, high: 0.3}\ndesign: lhs\nsamples: 4\n";
        Path set = Files.writeString(dir.resolve("set.yaml"), "scenario: " + TestScenarios.BASELINE
                + "\nset: {governments.host.hawkishness: 5}\n" + vary);
        assertRefused(Cli.run("sweep", "--plan", set.toString(), "--out", out.toString()), set + " line 2: set: key "
                + "'governments.host.hawkishness' = '5': out of range");
        Path both = Files.writeString(dir.resolve("both.yaml"), "scenario: " + TestScenarios.BASELINE
                + "\nset:\n  groups.ttp.attacksPerCellYear: lots\nvary:\n  governments.host.hawkishness: {low: 0.1, high: 2}\n");
        Cli.Result two = Cli.run("sweep", "--plan", both.toString(), "--dry-run");
        assertRefused(two, both + " line 5: key 'vary.governments.host.hawkishness'");
        assertTrue(two.err().contains(both + " line 3: set: key 'groups.ttp.attacksPerCellYear' = 'lots'")
                && two.err().contains("2 problems; nothing was run."), "a bad set value and a bad bound at once: " + two.all());
        Path design = Files.writeString(dir.resolve("design.yaml"), "scenario: " + TestScenarios.BASELINE
                + "\nvary:\n  governments.host.hawkishness: {low: 0.9, high: 0.3}\ndesign: sobol\nsamples: 6\n");
        Cli.Result bounds = Cli.run("sweep", "--plan", design.toString(), "--dry-run");
        assertRefused(bounds, design + " line 3: key 'vary.governments.host.hawkishness'");
        assertTrue(bounds.err().contains(design + " line 5: key 'samples' = '6': Sobol base rows must be a power of two")
                && bounds.err().contains("2 problems; nothing was run."), "a bad bound and a bad design at once: "
                + bounds.all());
        Path setAndVary = Files.writeString(dir.resolve("set-vary.yaml"), "scenario: " + TestScenarios.BASELINE
                + "\nset: {governments.host.hawkishness: 0.5}\nvary:\n  governments.host.hawkishness: {low: 0.3, high: "
                + "0.9}\n");
        assertRefused(Cli.run("sweep", "--plan", setAndVary.toString(), "--dry-run"), setAndVary + " line 2: key "
                + "'set.governments.host.hawkishness': governments.host.hawkishness is also varied (vary, line 4)");
        Path outcomes = Files.writeString(dir.resolve("outcomes.yaml"), "scenario: " + TestScenarios.BASELINE + "\n"
                + vary + "outcomes: [bogus.2024, fatalities_total.all, nope.all, fatalities_total.3000]\n");
        Cli.Result three = Cli.run("sweep", "--plan", outcomes.toString(), "--out", out.toString());
        assertRefused(three, outcomes + " line 6: key 'outcomes' = 'bogus.2024': expected METRIC.PERIOD");
        assertTrue(three.err().contains(outcomes + " line 6: key 'outcomes' = 'nope.all': expected METRIC.PERIOD")
                && three.err().contains(outcomes + " line 6: key 'outcomes' = 'fatalities_total.3000': the period "
                + "'3000' must be all, end, peak or a year from 2023 to 2026")
                && three.err().contains("3 problems; nothing was run."), "every bad outcome at once: " + three.all());
        Path scenario = Files.writeString(dir.resolve("scenario.yaml"), "scenario: observed.yaml\n" + vary);
        assertRefused(Cli.run("sweep", "--plan", scenario.toString(), "--out", out.toString()), scenario
                + " line 1: key 'scenario' = 'observed.yaml': names a targets file, not a scenario");
        assertFalse(Files.exists(out), "nothing written");
    }
}
