package org.durand.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress on stderr for work counted in steps (replicates, evaluations): a bar redrawn in place
 * when stderr is a terminal, plain lines ({@link ProgressLines}) when it is a file or a pipe. The
 * launcher tells which in the system property {@value #TERMINAL}; without it, a console means a
 * terminal.
 */
final class Progress implements AutoCloseable {

    /** System property: "true" when stderr is a terminal, "false" when not. */
    static final String TERMINAL = "durand.stderr.terminal";

    private final ProgressBar bar;
    private final ProgressLines lines;

    Progress(String task, long steps, String unit) {
        this(task, steps, unit, false);
    }

    /** As {@link #Progress(String, long, String)}; with {@code speed}, the bar also shows steps per second. */
    Progress(String task, long steps, String unit, boolean speed) {
        if (terminal()) {
            ProgressBarBuilder b = new ProgressBarBuilder()
                    .setTaskName(task)
                    .setInitialMax(steps)
                    .setUnit(" " + unit, 1)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(500)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err));
            bar = (speed ? b.showSpeed() : b).build();
            lines = null;
        } else {
            bar = null;
            lines = new ProgressLines(System.err, task, steps, unit, System::nanoTime);
        }
    }

    /** Announces a step of a command on a line of its own ("writing charts"), before it starts. */
    static void phase(String what) {
        System.err.println("durand: " + what + " ...");
    }

    /** Whether stderr is a terminal, as far as can be told. */
    static boolean terminal() {
        String told = System.getProperty(TERMINAL);
        return told != null ? Boolean.parseBoolean(told) : System.console() != null;
    }

    synchronized void step() {
        if (bar != null) {
            bar.step();
        } else {
            lines.step();
        }
    }

    void message(String text) {
        if (bar != null) {
            bar.setExtraMessage(" " + text);   // the bar writes it straight after its own figures
        } else {
            lines.message(text);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        } else {
            lines.close();
        }
    }
}
