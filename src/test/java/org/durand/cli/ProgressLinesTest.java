package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** Progress in a log: a line every tenth of the work or every five seconds, no carriage returns. */
class ProgressLinesTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong clock = new AtomicLong();

    private List<String> lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void aLineEveryTenth() {
        ProgressLines p = new ProgressLines(err, "baseline", 100, "reps", clock::get);
        for (int i = 0; i < 100; i++) {
            clock.addAndGet(10_000_000L);   // 10 ms a step
            p.step();
        }
        p.close();
        List<String> lines = lines();
        assertEquals(10, lines.size(), lines::toString);
        assertEquals("baseline: 10/100 reps (10%), 0 s", lines.get(0));
        assertEquals("baseline: 100/100 reps (100%), 1 s", lines.get(9));
        assertEquals(-1, bytes.toString(StandardCharsets.UTF_8).indexOf('\r'));
    }

    @Test
    void aLineAfterFiveQuietSecondsAndALastOne() {
        ProgressLines p = new ProgressLines(err, "calibrate baseline", 1000, "evals", clock::get);
        clock.set(6_000_000_000L);
        p.message("best 0.012");
        p.step();
        p.step();   // neither a tenth further nor five quiet seconds
        clock.set(7_000_000_000L);
        p.close();
        assertEquals(List.of("calibrate baseline: 1/1000 evals (0%), 6 s, best 0.012",
                "calibrate baseline: 2/1000 evals (0%), 7 s, best 0.012"), lines());
    }
}
