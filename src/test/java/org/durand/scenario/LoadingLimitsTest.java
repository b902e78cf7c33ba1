package org.durand.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.durand.Cli;
import org.durand.FolderSnapshot;
import org.durand.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Limits on what is read, not on what the file system reports: devices and endless pipes are
 * refused after a megabyte, deep nesting and many aliases with the file and line, and a missing
 * extended file is named with the line that refers to it. Every file read is hashed.
 */
class LoadingLimitsTest {

    @TempDir
    Path dir;

    private static void assertRefused(String expected, String... args) {
        // a megabyte is read in milliseconds; the bound ends a read that does not stop, with room for a busy machine
        Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run(args));
        assertEquals(2, r.exit(), r::all);
        assertTrue(r.err().contains(expected), r::all);
        assertTrue(!r.err().contains("Exception") && !r.err().contains("internal error"), r::all);
    }

    @Test
    void aDeviceIsReadOnlyUpToTheLimit() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "a system with /dev/zero");
        assertRefused("/dev/zero: holds more than 1000000 bytes", "validate", zero.toString());
        Path scenario = TestScenarios.write(dir, "s.yaml", "extends: /dev/zero\n");
        assertRefused("/dev/zero: holds more than 1000000 bytes", "validate", scenario.toString());
        assertRefused("/dev/zero: holds more than 1000000 bytes", "validate", TestScenarios.BASELINE.toString(),
                "--targets", zero.toString());
    }

    @Test
    void anEndlessPipeIsReadOnlyUpToTheLimit() throws Exception {
        Path fifo = dir.resolve("endless.yaml");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor() == 0, "a system with mkfifo");
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                byte[] line = "a: 1\n".getBytes(StandardCharsets.US_ASCII);
                while (true) {
                    out.write(line);
                }
            } catch (IOException e) {
                // the reader has stopped reading: done
            }
        });
        writer.setDaemon(true);
        writer.start();
        Path scenario = TestScenarios.write(dir, "s.yaml", "extends: endless.yaml\n");
        assertRefused(fifo + ": holds more than 1000000 bytes", "validate", scenario.toString());
    }

    @Test
    void deepNestingIsRefusedWithItsLine() {
        String deep = "name: deep\nvalues: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        Path file = TestScenarios.write(dir, "deep.yaml", deep);
        assertRefused(file + " line 2: lists and mappings are nested more than 50 levels deep", "validate",
                file.toString());
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            block.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        Path blocky = TestScenarios.write(dir, "blocky.yaml", block.toString());
        assertRefused(blocky + " line 51: lists and mappings are nested", "validate", blocky.toString());
    }

    @Test
    void aMissingExtendedFileIsNamedWithTheLineThatRefersToIt() {
        Path file = TestScenarios.write(dir, "child.yaml", "# a counterfactual\nextends: nowhere.yaml\nname: x\n");
        assertRefused(file + " line 2: key 'extends' = 'nowhere.yaml': no such file (looked for "
                + dir.resolve("nowhere.yaml").toAbsolutePath(), "validate", file.toString());
    }

    @Test
    void everyFileReadIsListedWithItsHash() throws Exception {
        Path middle = TestScenarios.write(dir, "middle.yaml", "extends: " + TestScenarios.BASELINE + "\n"
                + "targets: " + TestScenarios.TARGETS + "\n");
        Path top = TestScenarios.write(dir, "top.yaml", "extends: middle.yaml\nname: top\n");
        List<YamlLoader.Source> read = YamlLoader.sources(top);
        assertEquals(List.of(top, middle.toAbsolutePath(), TestScenarios.BASELINE), read.stream().map(YamlLoader.Source::path)
                .toList());
        for (YamlLoader.Source s : read) {
            assertEquals(FolderSnapshot.sha256(Files.readAllBytes(s.path())), s.sha256(), s.path().toString());
        }
        ScenarioException e = assertThrows(ScenarioException.class, () -> YamlLoader.sources(dir.resolve("none.yaml")));
        assertTrue(e.getMessage().endsWith("none.yaml: no such file"), e.getMessage());
    }
}
