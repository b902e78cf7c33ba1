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
}
