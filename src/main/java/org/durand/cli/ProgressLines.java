package org.durand.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress as plain lines, for a stderr that is a log file or a pipe rather than a terminal: a line
 * at each further tenth of the work, or after {@link #EVERY_NANOS} without one, and a last line
 * when the work is done. Nothing is rewritten in place, so a log reads line by line.
 */
final class ProgressLines {

    /** Longest quiet spell between two lines while work goes on: five seconds. */
    static final long EVERY_NANOS = 5_000_000_000L;

    private final PrintStream err;
    private final String task;
    private final long steps;
    private final String unit;
    private final LongSupplier clock;
    private final long start;
    private long done;
    private long lastTenth;
    private long lastLine;
    private long printedAt = -1;
    private String message = "";

    /**
     * @param err   where the lines go
     * @param task  what is being done, first on every line
     * @param steps the number of steps in all (at least 1)
     * @param unit  what a step is, plural ("reps")
     * @param clock nanoseconds, {@link System#nanoTime()} outside tests
     */
    ProgressLines(PrintStream err, String task, long steps, String unit, LongSupplier clock) {
        this.err = err;
        this.task = task;
        this.steps = Math.max(1, steps);
        this.unit = unit;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastLine = start;
    }

    /** One more step done; prints a line when a tenth is crossed or the last line is old. */
    synchronized void step() {
        done++;
        long now = clock.getAsLong();
        long tenth = done * 10 / steps;
        if (tenth > lastTenth || now - lastLine >= EVERY_NANOS) {
            lastTenth = tenth;
            print(now);
        }
    }

    /** Text added at the end of the following lines (for example the best objective so far). */
    synchronized void message(String text) {
        message = text;
    }

    /** Prints the last line, unless the line for the last step is already out. */
    synchronized void close() {
        if (printedAt != done) {
            print(clock.getAsLong());
        }
    }

    private void print(long now) {
        err.printf(Locale.ROOT, "%s: %d/%d %s (%d%%), %.0f s%s%n", task, done, steps, unit, done * 100 / steps,
                (now - start) / 1e9, message.isEmpty() ? "" : ", " + message);
        err.flush();
        lastLine = now;
        printedAt = done;
    }
}
