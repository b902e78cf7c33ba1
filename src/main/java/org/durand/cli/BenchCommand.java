package org.durand.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.durand.experiment.Replicates;
import org.durand.model.TensionModel;
import org.durand.scenario.Scenario;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code durand bench}: measures the model's speed — one replicate at a time after warm-up
 * (median and spread of wall time, and the thread's CPU time, which other programs on the machine
 * disturb far less), the population's size, heap per agent and build time, and replicate
 * throughput on 1 and on all threads. The machine's load average is printed before and after, so
 * that numbers taken on a busy machine can be recognised.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure speed: wall and CPU time of one replicate (median of several, after warm-up), "
                + "population build time, household agents and bytes of heap per agent, and replicates per second "
                + "on 1 and on all threads.",
        footer = {"", "Examples:", "  ./durand bench scenarios/baseline.yaml --runs 10",
                "  ./durand bench scenarios/baseline.yaml --runs 10 --set resolution.personsPerAgent=50"})
final class BenchCommand implements Callable<Integer> {

    private static final int BUILDS = 5;

    @Mixin
    ScenarioOptions scenarioOptions = new ScenarioOptions();

    @Option(names = "--runs", defaultValue = "7", description = "Timed replicates (default: ${DEFAULT-VALUE}).")
    @Range(min = 1, max = 100_000)
    int runs;

    @Option(names = "--warmup", defaultValue = "3", description = "Untimed warm-up replicates (default: ${DEFAULT-VALUE}).")
    @Range(min = 0, max = 100_000)
    int warmup;

    @Override
    public Integer call() throws Exception {
        Scenario s = scenarioOptions.load();
        RunBudget.check(s, Runtime.getRuntime().availableProcessors());
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        for (int i = 0; i < warmup; i++) {
            Replicates.runOne(s, i, 1000 + i, false);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] one = timed(runs, threads, i -> Replicates.runOne(s, i, i, false));
        double[][] build = timed(BUILDS, threads, i -> new TensionModel(2000 + i, s).start());
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        TensionModel m = new TensionModel(1, s);
        m.start();
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        int agents = m.population().size();
        int cores = rt.availableProcessors();
        int reps = Math.max(2 * cores, 2 * runs);
        double single = throughput(s, 1, reps);
        double all = throughput(s, cores, reps);
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        System.out.printf(Locale.ROOT, "scenario            %s (%d days)%n", s.name(), s.days());
        System.out.printf(Locale.ROOT, "household agents    %,d%n", agents);
        System.out.printf(Locale.ROOT, "heap per agent      %.0f bytes (whole model at start / agents)%n",
                (after - before) / (double) Math.max(1, agents));
        System.out.printf(Locale.ROOT, "population build    median %.3f s wall, %.3f s CPU (%d builds)%n",
                median(build[0]), median(build[1]), BUILDS);
        System.out.printf(Locale.ROOT, "one replicate       median %.3f s wall (min %.3f s, max %.3f s), %.3f s CPU "
                + "(%d runs)%n", median(one[0]), one[0][0], one[0][runs - 1], median(one[1]), runs);
        System.out.printf(Locale.ROOT, "throughput          %.2f replicates/s on 1 thread, %.2f on %d threads "
                + "(speed-up %.2f)%n", single, all, cores, all / single);
        System.out.printf(Locale.ROOT, "load average        %.2f before, %.2f after, on %d processors%s%n", loadBefore,
                loadAfter, cores, Math.max(loadBefore, loadAfter) > 0.5 * cores
                        ? " (the machine was busy: wall times and throughput are pessimistic; CPU times hold)" : "");
        return 0;
    }

    /** Runs {@code task} n times; [0] wall seconds, [1] CPU seconds of this thread, each sorted. */
    private static double[][] timed(int n, ThreadMXBean threads, java.util.function.IntConsumer task) {
        double[][] out = new double[2][n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            task.accept(i);
            out[1][i] = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
            out[0][i] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(out[0]);
        Arrays.sort(out[1]);
        return out;
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static double throughput(Scenario s, int threads, int reps) {
        long t0 = System.nanoTime();
        Replicates.run(s, reps, 99, threads, false, r -> { });
        return reps / ((System.nanoTime() - t0) / 1e9);
    }
}
