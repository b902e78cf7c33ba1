package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.durand.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code table --readme} (which {@code examples} runs too) writes its section with the line
 * ending the file has: a README saved with CRLF line endings has CRLF on every line afterwards,
 * one with line feeds keeps line feeds, and the rest of the file is left byte for byte.
 */
class ReadmeLineEndingsTest {

    private static final String README = "# Results\n\nSome text.\n\n" + TableCommand.BEGIN + "\nold tables\n"
            + TableCommand.END + "\n\nMore text.\n";

    @TempDir
    static Path root;
    static Path run;

    @BeforeAll
    static void aRun() {
        run = root.resolve("run");
        TinyRuns.run(run, "2024-12-31", 2, "--no-charts");
    }

    private static String table(String readme, String name) throws Exception {
        Path file = Files.writeString(root.resolve(name), readme);
        Cli.Result r = Cli.run("table", run.toString(), "--year", "2024", "--readme", file.toString());
        assertEquals(0, r.exit(), r.all());
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void aCrlfReadmeKeepsCrlfOnEveryLine() throws Exception {
        String crlf = README.replace("\n", "\r\n");
        String after = table(crlf, "crlf.md");
        assertTrue(after.contains("| baseline |"), after);
        long lines = after.chars().filter(c -> c == '\n').count();
        long withCr = after.split("\r\n", -1).length - 1;
        assertEquals(lines, withCr, "every line ends in CRLF");
        assertTrue(after.startsWith("# Results\r\n\r\nSome text.\r\n\r\n" + TableCommand.BEGIN + "\r\n"), after);
        assertTrue(after.endsWith(TableCommand.END + "\r\n\r\nMore text.\r\n"), after);
    }

    @Test
    void anLfReadmeGetsTheSameTablesWithLineFeeds() throws Exception {
        String lf = table(README, "lf.md");
        assertTrue(!lf.contains("\r"), "no carriage return in a file of line feeds");
        assertEquals(lf, table(README.replace("\n", "\r\n"), "again.md").replace("\r\n", "\n"),
                "the same text whatever the line ending");
    }
}
