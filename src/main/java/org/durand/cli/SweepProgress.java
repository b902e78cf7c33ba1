package org.durand.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** The progress bar of a sweep on stderr: runs done of those to do, failures, runs per second and ETA. */
final class SweepProgress implements AutoCloseable {

    private final ProgressBar bar;
    private int failed;

    SweepProgress(String task, long runs) {
        bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(runs)
                .setUnit(" runs", 1)
                .showSpeed()
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(500)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .build();
        bar.setExtraMessage("0 failed");
    }

    synchronized void step(boolean ok) {
        if (!ok) {
            failed++;
            bar.setExtraMessage(failed + " failed");
        }
        bar.step();
    }

    @Override
    public void close() {
        bar.close();
    }
}
