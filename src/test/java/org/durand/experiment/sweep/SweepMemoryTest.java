package org.durand.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory stays flat however many runs: a 100,000-run sweep streams through a child JVM limited to
 * a 32 MB heap (the rows alone would take far more if they were kept), with failures recorded and
 * the sweep going on.
 */
class SweepMemoryTest {

    @TempDir
    Path tmp;

    @Test
    void aHundredThousandRunsFitInASmallHeap() throws IOException, InterruptedException {
        Path csv = tmp.resolve("runs.csv");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx32m", "-cp", System.getProperty("java.class.path"),
                MemoryProbe.class.getName(), csv.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
        assertEquals("100000 10", output.trim());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(100_001, lines.size());
        assertEquals("99999,49999,1", lines.get(100_000).substring(0, 13));
        assertEquals(10, lines.stream().filter(l -> l.contains(",failed,IllegalStateException: planned")).count());
    }
}
