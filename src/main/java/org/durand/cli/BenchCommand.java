package org.durand.cli;

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
 * (median and spread of wall time), the population's size and build time, and replicate
 * throughput on 1 and on all threads.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure speed: wall time of one replicate (median of several, after warm-up), household "
                + "agents and bytes of heap per agent, and replicates per second on 1 and on all threads.",
        footer = {"", "Example:", "  ./durand bench scenarios/baseline.yaml --runs 10"})
final class BenchCommand implements Callable<Integer> {

    @Mixin
    ScenarioOptions scenarioOptions = new ScenarioOptions();

    @Option(names = "--runs", defaultValue = "7", description = "Timed replicates (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", defaultValue = "3", description = "Untimed warm-up replicates (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Override
    public Integer call() throws Exception {
        if (runs < 1 || warmup < 0) {
            throw new Main.BadInput("--runs must be at least 1 and --warmup at least 0");
        }
        Scenario s = scenarioOptions.load();
        RunBudget.check(s, Runtime.getRuntime().availableProcessors());
        for (int i = 0; i < warmup; i++) {
            Replicates.runOne(s, i, 1000 + i, false);
        }
        double[] secs = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Replicates.runOne(s, i, i, false);
            secs[i] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(secs);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        TensionModel m = new TensionModel(1, s);
        m.start();
        double build = (System.nanoTime() - t0) / 1e9;
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        int agents = m.population().size();
        int cores = rt.availableProcessors();
        int reps = Math.max(2 * cores, 2 * runs);
        double one = throughput(s, 1, reps);
        double all = throughput(s, cores, reps);
        System.out.printf(Locale.ROOT, "scenario            %s (%d days)%n", s.name(), s.days());
        System.out.printf(Locale.ROOT, "household agents    %,d%n", agents);
        System.out.printf(Locale.ROOT, "heap per agent      %.0f bytes (whole model at start / agents)%n",
                (after - before) / (double) Math.max(1, agents));
        System.out.printf(Locale.ROOT, "population build    %.3f s%n", build);
        System.out.printf(Locale.ROOT, "one replicate       median %.3f s, min %.3f s, max %.3f s (%d runs)%n",
                secs[runs / 2], secs[0], secs[runs - 1], runs);
        System.out.printf(Locale.ROOT, "throughput          %.2f replicates/s on 1 thread, %.2f on %d threads "
                + "(speed-up %.2f)%n", one, all, cores, all / one);
        return 0;
    }

    private static double throughput(Scenario s, int threads, int reps) {
        long t0 = System.nanoTime();
        Replicates.run(s, reps, 99, threads, false, r -> { });
        return reps / ((System.nanoTime() - t0) / 1e9);
    }
}
