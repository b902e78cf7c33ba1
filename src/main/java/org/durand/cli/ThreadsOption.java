package org.durand.cli;

import picocli.CommandLine.Option;

/** {@code --threads}: how many replicates run at once. Results never depend on it. */
final class ThreadsOption {

    @Option(names = "--threads", description = "Threads (default: all processors). Results do not depend on it.")
    @Range(min = 1, max = 1024)
    Integer threads;

    /** The thread count in force, checked. */
    int count() throws Main.BadInput {
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1 || t > 1024) {
            throw new Main.BadInput("--threads must be between 1 and 1024, got " + t);
        }
        return t;
    }
}
