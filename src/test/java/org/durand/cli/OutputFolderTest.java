package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.durand.Cli;
import org.durand.FolderSnapshot;
import org.durand.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run folder holds one run: a run of another scenario file is refused unless --force, which
 * replaces Durand's files only; a run without charts leaves no earlier charts; the manifest
 * hashes every file read.
 */
class OutputFolderTest {

    @TempDir
    Path dir;

    private static Cli.Result run(Path scenario, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("run", scenario.toString(), "--set", TestScenarios.VERY_COARSE,
                "--reps", "1", "--threads", "1", "--out", out.toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(new String[0]));
    }

    @Test
    void anotherScenariosRunIsReplacedOnlyWithForceAndForeignFilesStay() throws Exception {
        Path out = dir.resolve("run");
        Cli.Result first = run(TestScenarios.BASELINE, out);
        assertEquals(0, first.exit(), first::all);
        assertTrue(Files.isRegularFile(out.resolve("report.html")));
        Files.writeString(out.resolve("notes.md"), "my notes");
        Files.createDirectories(out.resolve("mine"));
        Files.writeString(out.resolve("mine/a.txt"), "mine");
        var before = FolderSnapshot.of(out);

        Path dialogue = TestScenarios.SCENARIOS.resolve("dialogue.yaml");
        Cli.Result refused = run(dialogue, out, "--no-charts");
        assertEquals(2, refused.exit(), refused::all);
        assertTrue(refused.err().contains("holds another run (run of ") && refused.err().contains("--force"),
                refused::all);
        assertEquals(before, FolderSnapshot.of(out), "a refused run changes nothing");

        Cli.Result forced = run(dialogue, out, "--no-charts", "--force");
        assertEquals(0, forced.exit(), forced::all);
        assertEquals("my notes", Files.readString(out.resolve("notes.md")));
        assertEquals("mine", Files.readString(out.resolve("mine/a.txt")));
        assertFalse(Files.exists(out.resolve("report.html")), "no report of the earlier run beside new CSVs");
        assertFalse(Files.exists(out.resolve("charts")), "no charts of the earlier run beside new CSVs");
        JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals("dialogue", m.path("scenario").path("name").asText());
        try (var s = Files.list(dir)) {
            assertEquals(List.of("run"), s.map(p -> p.getFileName().toString()).toList(), "nothing hidden left");
        }

        Cli.Result rerun = run(dialogue, out, "--no-charts");
        assertEquals(0, rerun.exit(), "a rerun of the same scenario needs no --force: " + rerun.all());
    }

    /** Writing over another kind of output would leave two outputs mixed in one folder: refused even with --force. */
    @Test
    void anOutputOfAnotherKindIsRefusedEvenWithForce() throws Exception {
        Path posterior = Files.createDirectory(dir.resolve("posterior"));
        Files.writeString(posterior.resolve("manifest.json"), "{\"command\" : \"calibrate\", \"scenario\" : "
                + "{\"file\" : \"scenarios/baseline.yaml\"}}\n");
        Files.writeString(posterior.resolve("posterior.csv"), "particle,weight,distance\n");
        Path sweep = Files.createDirectory(dir.resolve("sweep"));
        Files.writeString(sweep.resolve("sweep.json"), "{}\n");
        Files.writeString(sweep.resolve("runs.csv"), "run\n");
        for (Path out : List.of(posterior, sweep)) {
            var before = FolderSnapshot.of(out);
            Cli.Result forced = run(TestScenarios.BASELINE, out, "--force");
            assertEquals(2, forced.exit(), forced::all);
            assertTrue(forced.err().contains("--force replaces only an output of the same kind"), forced::all);
            assertEquals(before, FolderSnapshot.of(out), "the other output is left as it was");
        }
        Cli.Result compared = Cli.run("compare", posterior.toString(), posterior.toString(), "--out",
                posterior.toString(), "--force");
        assertEquals(2, compared.exit(), compared::all);

        Path broken = Files.createDirectory(dir.resolve("broken"));
        Files.writeString(broken.resolve("manifest.json"), "");
        Path calibration = Files.createDirectory(dir.resolve("calibration"));
        Files.writeString(calibration.resolve("dialogue-calibrated.yaml"), "extends: x.yaml\n");
        for (Path out : List.of(broken, calibration)) {
            var before = FolderSnapshot.of(out);
            Cli.Result r = Cli.run("calibrate", TestScenarios.BASELINE.toString(), "--fit",
                    "groups.ttp.attacksPerCellYear=0.05:0.4", "--out", out.toString(), "--force");
            assertEquals(2, r.exit(), r::all);
            assertTrue(r.err().contains("--force replaces only an output of the same kind"), r::all);
            assertEquals(before, FolderSnapshot.of(out), "left as it was: " + out);
        }
    }

    @Test
    void aFolderOfOtherFilesIsWrittenIntoOnlyWithForce() throws Exception {
        Path scenarios = Files.createDirectory(dir.resolve("scenarios"));
        Files.writeString(scenarios.resolve("a.yaml"), "name: a\n");
        Files.writeString(scenarios.resolve("notes.md"), "mine\n");
        Cli.Result refused = run(TestScenarios.BASELINE, scenarios);
        assertEquals(2, refused.exit(), refused::all);
        assertTrue(refused.err().contains(scenarios + " holds files that are not a Durand output (a.yaml, notes.md)")
                && refused.err().contains("--force"), refused::all);
        assertEquals(List.of("a.yaml", "notes.md"), Files.list(scenarios).map(p -> p.getFileName().toString()).sorted()
                .toList(), "nothing written");
        Cli.Result again = run(TestScenarios.BASELINE, dir.resolve("fresh"));
        assertEquals(0, again.exit(), again::all);
        Cli.Result rerun = run(TestScenarios.BASELINE, dir.resolve("fresh"));
        assertEquals(0, rerun.exit(), "a folder holding only the command's own files is rerun: " + rerun.all());
    }

    @Test
    void theManifestHashesTheScenarioEveryFileItExtendsAndTheTargets() throws Exception {
        Path middle = TestScenarios.write(dir, "middle.yaml", "extends: " + TestScenarios.BASELINE + "\n");
        Path top = TestScenarios.write(dir, "top.yaml", "extends: middle.yaml\nname: top\n"
                + "targets: " + TestScenarios.TARGETS + "\n");
        Path out = dir.resolve("out");
        Cli.Result r = run(top, out, "--no-charts");
        assertEquals(0, r.exit(), r::all);
        JsonNode inputs = new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).path("inputs");
        List<Path> expected = List.of(top, middle, TestScenarios.BASELINE, TestScenarios.TARGETS);
        assertEquals(expected.size(), inputs.size(), inputs::toString);
        for (int i = 0; i < expected.size(); i++) {
            Path file = expected.get(i);
            assertEquals(ScenarioOptions.display(file), inputs.get(i).path("path").asText());
            assertEquals(FolderSnapshot.sha256(Files.readAllBytes(file)), inputs.get(i).path("sha256").asText());
        }
        JsonNode m = new ObjectMapper().readTree(Files.readString(out.resolve("manifest.json"), StandardCharsets.UTF_8));
        assertEquals(inputs.get(0).path("sha256").asText(), m.path("scenario").path("sha256").asText());
    }
}
