package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.durand.Cli;
import org.durand.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code durand examples} runs every scenario of a folder, compares each with the baseline and
 * writes the tables into the README's marked section; {@code durand table} alone prints them.
 */
class ExamplesCommandTest {

    @Test
    void examplesRunCompareAndWriteTheReadmeTables(@TempDir Path dir) throws Exception {
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(scenarios.resolve("baseline.yaml"), "extends: " + TestScenarios.BASELINE + "\n"
                + "targets: " + TestScenarios.TARGETS + "\n"
                + "resolution: {personsPerAgent: 200}\n");
        Files.writeString(scenarios.resolve("talks.yaml"), """
                extends: baseline.yaml
                name: talks
                timeline:
                  monthly-talks: {date: 2025-05-15, every: 30, until: 2026-12-31, type: talks, actor: host}
                """);
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, "# Title\n\n<!-- durand:tables -->\nold\n<!-- /durand:tables -->\n\nafter\n");
        Path out = dir.resolve("results");

        Cli.Result r = Cli.run("examples", "--scenarios", scenarios.toString(), "--reps", "2", "--seed", "3",
                "--out", out.toString(), "--readme", readme.toString());
        assertEquals(0, r.exit(), r.all());

        for (String run : new String[] {"baseline", "talks"}) {
            assertTrue(Files.isRegularFile(out.resolve(run).resolve("report.html")), run);
        }
        assertTrue(Files.isRegularFile(out.resolve("compare-talks/report.html")));
        assertTrue(Files.isRegularFile(out.resolve("compare-talks/charts/compare_tension.png")));
        String text = Files.readString(readme);
        assertTrue(text.startsWith("# Title\n\n<!-- durand:tables -->\nHeadline outcomes in 2026"), text);
        assertTrue(text.contains("| baseline |") && text.contains("| talks |"), text);
        assertTrue(text.contains("| fatalities-2024 |"), "calibration table of the baseline: " + text);
        assertTrue(text.endsWith("<!-- /durand:tables -->\n\nafter\n"), text);
        assertTrue(text.lines().noneMatch("old"::equals), "the section's earlier text is replaced: " + text);

        Cli.Result table = Cli.run("table", out.resolve("baseline").toString(), "--year", "2025");
        assertEquals(0, table.exit(), table.all());
        assertTrue(table.out().contains("Headline outcomes in 2025"), table.out());
    }

    /** Other settings conflict with the README's tables and with runs made before: both said at once. */
    @Test
    void everyConflictWithOtherSettingsIsSaidAtOnce(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("results");
        Files.createDirectories(out.resolve("baseline"));
        Files.writeString(out.resolve("baseline/manifest.json"), "{\"reps\" : 20, \"seeds\" : {\"base\" : 7}}\n");
        Cli.Result r = Cli.run("examples", "--reps", "2", "--seed", "3", "--out", out.toString());
        assertEquals(2, r.exit(), r.all());
        assertTrue(r.err().contains("the tables in README.md are made with --reps 20 --seed 7")
                && r.err().contains(out.resolve("baseline") + " holds a run made with --reps 20 --seed 7"), r.all());
        try (var files = Files.list(out)) {
            assertEquals(1, files.count(), "nothing run");
        }
    }

    @Test
    void tableRefusesAFolderThatIsNoRun(@TempDir Path dir) {
        Cli.Result r = Cli.run("table", dir.toString());
        assertEquals(2, r.exit(), r.all());
        assertTrue(r.err().contains("is not a run folder"), r.err());
    }
}
