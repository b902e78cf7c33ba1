package org.durand.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.durand.Cli;
import org.durand.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario extending a file in another folder keeps that file's targets file. */
class ExtendsTest {

    @Test
    void targetsOfAnExtendedFileStayRelativeToIt(@TempDir Path dir) throws Exception {
        Path child = dir.resolve("deeper/variant.yaml");
        Files.createDirectories(child.getParent());
        Path relative = child.getParent().relativize(TestScenarios.BASELINE);
        Files.writeString(child, "extends: " + relative + "\nname: variant\n");
        Scenario s = ScenarioReader.read(child, List.of());
        Path resolved = child.getParent().resolve(s.targets()).normalize();
        assertEquals(TestScenarios.TARGETS, resolved);
        assertEquals(0, Cli.run("validate", child.toString()).exit());
    }

    @Test
    void targetsWrittenInTheFileItselfAreLeftAsWritten() throws Exception {
        Scenario s = ScenarioReader.read(TestScenarios.BASELINE, List.of());
        assertEquals("targets/observed-2024-25.yaml", s.targets());
    }

    /** A parent and a targets file are the file's own: a --set of either would do nothing, or the wrong thing. */
    @Test
    void neitherTheParentNorTheTargetsFileCanBeSet() {
        for (String[] c : new String[][] {
            {"extends=scenarios/dialogue.yaml", "cannot be set; run the other scenario"},
            {"targets=nothere.yaml", "given with --targets FILE"}}) {
            Cli.Result r = Cli.run("run", TestScenarios.BASELINE.toString(), "--set", c[0], "--reps", "1");
            assertEquals(2, r.exit(), r::all);
            org.junit.jupiter.api.Assertions.assertTrue(r.err().contains("--set " + c[0]) && r.err().contains(c[1]),
                    r::all);
        }
    }
}
