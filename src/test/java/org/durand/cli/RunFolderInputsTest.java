package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.durand.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code compare} and {@code table} read and check every run folder before they say or write
 * anything: a {@code manifest.json} that is empty, cut short, not JSON or JSON of another kind is
 * refused in plain words (the file, the line, "run it again"), with no word of the JSON parser,
 * no "writing ..." before the refusal, no note about an earlier folder, and nothing left behind.
 */
class RunFolderInputsTest {

    @TempDir
    static Path root;
    /** A run that ends in mid-2024, so that a table of 2024 notes it (a note that must not come before a refusal). */
    static Path run;
    static String manifest;

    @BeforeAll
    static void runs() throws Exception {
        run = root.resolve("run");
        TinyRuns.run(run, "2024-06-30", 2, "--no-charts");
        manifest = Files.readString(run.resolve("manifest.json"));
    }

    /** The manifests to break with, as text, and what the refusal says after the file's path. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "empty         | ``                      | ` is empty, not the JSON a run writes; run it again`",
        "blank         | `  \n`                  | ` is empty, not the JSON a run writes; run it again`",
        "not JSON      | `hello`                 | ` is not the JSON a run writes (line 1); run it again`",
        "cut short     | CUT                     | ` is not the JSON a run writes (line 7); run it again`",
        "another JSON  | `{\"runs\" : 4}`        | ` is not the manifest a run writes (it has none of scenario, calendar, names, metrics); run it again`",
        "a list        | `[1, 2]`                | ` is not the manifest a run writes`",
        "no name       | NAMELESS                | `, key scenario/name — expected a non-empty text (the key is missing)`",
    })
    void aBrokenManifestIsRefusedBeforeAnythingIsSaidOrWritten(String name, String text, String said)
            throws Exception {
        Path dir = root.resolve(name.replace(' ', '-'));
        Path broken = BadFoldersTest.copy(run, dir.resolve("broken"), d -> { });
        String content = switch (text) {
            case "CUT" -> String.join("\n", manifest.lines().limit(7).toList());
            case "NAMELESS" -> manifest.replaceFirst("\"name\" : \"baseline\"", "\"title\" : \"baseline\"");
            default -> text.replace("\\n", "\n");
        };
        assertTrue(!content.equals(manifest), "the manifest was changed");
        Files.writeString(broken.resolve("manifest.json"), content);
        Set<String> before = BadCase.paths(dir);
        Path out = dir.resolve("out");
        for (Cli.Result r : new Cli.Result[] {
            Cli.run("compare", run.toString(), broken.toString(), "--out", out.toString()),
            Cli.run("table", run.toString(), broken.toString(), "--year", "2024")}) {
            assertEquals(2, r.exit(), r.all());
            assertTrue(r.err().contains(broken.resolve("manifest.json") + said), said + "\n" + r.all());
            assertFalse(r.err().contains("writing") || r.err().contains("durand: --year"),
                    "nothing announced, no note about the first folder: " + r.all());
            assertFalse(r.err().matches("(?s).*(Unexpected|VALUE_|token|JSON String|'missing').*"),
                    "no word of the parser: " + r.all());
            assertTrue(r.out().isEmpty(), r.all());
            assertEquals(before, BadCase.paths(dir), "nothing left behind");
            try (var siblings = Files.list(dir)) {
                assertEquals(1, siblings.count(), "no staging folder beside --out");
            }
        }
    }
}
