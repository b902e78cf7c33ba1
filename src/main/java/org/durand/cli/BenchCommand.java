package org.durand.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.durand.experiment.CostScaling;
import org.durand.experiment.Replicates;
import org.durand.model.RefugeePopulation;
import org.durand.model.TensionModel;
import org.durand.scenario.Scenario;
import org.durand.scenario.ScenarioException;
import org.durand.scenario.ScenarioReader;
import org.durand.output.Display;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code durand bench}: measures the model's speed — one replicate at a time after warm-up
 * (median and spread of wall time, and the thread's CPU time, which other programs on the machine
 * disturb far less), the refugee population's build alone, one simulated day (the mean over a
 * replicate's days after the first), the population's size and heap per agent, and replicate
 * throughput on 1 and on all threads; with {@code --scaling}, how the CPU time of a replicate grows
 * with the households and with the calendar's length, as fitted exponents. The machine's load
 * average is printed before and after, so that numbers taken on a busy machine can be recognised.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure speed: wall and CPU time of one replicate (median of several, after warm-up), of "
                + "building the refugee population and of one simulated day; household agents and bytes of heap "
                + "per agent; replicates per second on 1 and on all threads; with --scaling, the growth of a "
                + "replicate's CPU time with the households (0.25-4 times) and the calendar (1-8 years).",
        footer = {"", "Examples:", "  ./durand bench scenarios/baseline.yaml --runs 10",
                "  ./durand bench scenarios/baseline.yaml --runs 10 --set resolution.personsPerAgent=50",
                "  ./durand bench scenarios/baseline.yaml --scaling"})
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

    @Option(names = "--scaling", description = "Also time replicates with 0.25, 0.5, 1, 2 and 4 times the households "
            + "and with calendars of 1, 2, 4 and 8 years, and fit cost = a * size^b.")
    boolean scaling;

    @Option(names = "--scaling-runs", defaultValue = "3", description = "Timed replicates per size with --scaling "
            + "(default: ${DEFAULT-VALUE}).")
    @Range(min = 1, max = 100_000)
    int scalingRuns;

    @Override
    public Integer call() throws Exception {
        Scenario s = scenarioOptions.loadAndWarn();
        scenarioOptions.targets(s);   // not timed, but a mistake in them is said as by every command
        RunBudget.check(s, Runtime.getRuntime().availableProcessors());
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        for (int i = 0; i < warmup; i++) {
            Replicates.runOne(s, i, 1000 + i, false);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] one = new double[3][runs];
        for (int i = 0; i < runs; i++) {
            double[] t = replicate(s, i, threads);
            one[0][i] = t[0];
            one[1][i] = t[1];
            one[2][i] = t[2];
        }
        for (double[] column : one) {
            Arrays.sort(column);
        }
        double[][] build = timed(BUILDS, threads, i -> RefugeePopulation.of(s, 2000 + i));
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
        System.out.printf(Locale.ROOT, "scenario            %s (%d days, spin-up %d)%n", s.name(), s.days(), s.spinUpDays());
        System.out.printf(Locale.ROOT, "household agents    %,d%n", agents);
        System.out.printf(Locale.ROOT, "heap per agent      %.0f bytes (whole model at start / agents)%n",
                (after - before) / (double) Math.max(1, agents));
        System.out.printf(Locale.ROOT, "population build    median %.4f s wall, %.4f s CPU (%d builds of the refugee "
                + "population alone)%n", median(build[0]), median(build[1]), BUILDS);
        System.out.printf(Locale.ROOT, "one day             median %.1f µs CPU (mean over each timed replicate's days "
                + "after the first)%n", median(one[2]) * 1e6);
        System.out.printf(Locale.ROOT, "one replicate       median %.3f s wall (min %.3f s, max %.3f s), %.3f s CPU "
                + "(%s)%n", median(one[0]), one[0][0], one[0][runs - 1], median(one[1]), Display.count(runs, "run"));
        System.out.printf(Locale.ROOT, "throughput          %.2f replicates/s on 1 thread, %.2f on %s "
                + "(speed-up %.2f)%n", single, all, Display.count(cores, "thread"), all / single);
        if (scaling) {
            scaling(s, threads);
            loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }
        System.out.printf(Locale.ROOT, "load average        %.2f before, %.2f after, on %s%s%n", loadBefore,
                loadAfter, Display.count(cores, "processor"), Math.max(loadBefore, loadAfter) > 0.5 * cores
                        ? " (the machine was busy: wall times and throughput are pessimistic; CPU times hold)" : "");
        return 0;
    }

    /**
     * One replicate of {@code s} with seed {@code i}: [0] wall seconds, [1] CPU seconds of this thread,
     * [2] CPU seconds per simulated day after the first.
     */
    private static double[] replicate(Scenario s, int i, ThreadMXBean threads) {
        long[] afterFirstDay = new long[1];
        long t0 = System.nanoTime();
        long c0 = threads.getCurrentThreadCpuTime();
        Replicates.runOne(s, i, i, false, new Replicates.Steps() {
            @Override
            public void day(int rep, int days) {
                if (days == 1) {
                    afterFirstDay[0] = threads.getCurrentThreadCpuTime();
                }
            }
        });
        long c1 = threads.getCurrentThreadCpuTime();
        return new double[] {(System.nanoTime() - t0) / 1e9, (c1 - c0) / 1e9,
                (c1 - afterFirstDay[0]) / 1e9 / Math.max(1, s.days() - 1)};
    }

    /** Times replicates at each household factor and calendar length and prints the fitted exponents. */
    private void scaling(Scenario s, ThreadMXBean threads) throws ScenarioException {
        double[] factors = CostScaling.HOUSEHOLD_FACTORS;
        double[] households = new double[factors.length];
        double[] byHouseholds = new double[factors.length];
        for (int f = 0; f < factors.length; f++) {
            Scenario scaled = reread(CostScaling.households(s, factors[f]));
            households[f] = RefugeePopulation.of(scaled, 1).size();
            byHouseholds[f] = medianCpu(scaled, threads);
        }
        report("households", households, byHouseholds, "%,.0f");
        double[] years = Arrays.stream(CostScaling.YEARS).asDoubleStream().toArray();
        double[] byYears = new double[years.length];
        for (int y = 0; y < years.length; y++) {
            byYears[y] = medianCpu(reread(CostScaling.years(s, CostScaling.YEARS[y])), threads);
        }
        report("years", years, byYears, "%.0f");
    }

    private Scenario reread(List<String> more) throws ScenarioException {
        List<String> overrides = new ArrayList<>(scenarioOptions.overrides);
        overrides.addAll(more);
        return ScenarioReader.read(scenarioOptions.file, overrides);
    }

    /** Median CPU seconds of {@link #scalingRuns} replicates after one untimed. */
    private double medianCpu(Scenario s, ThreadMXBean threads) {
        Replicates.runOne(s, 0, 500, false);
        double[] cpu = new double[Math.max(1, scalingRuns)];
        for (int i = 0; i < cpu.length; i++) {
            cpu[i] = replicate(s, i, threads)[1];
        }
        Arrays.sort(cpu);
        return median(cpu);
    }

    private static void report(String what, double[] size, double[] cpu, String format) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < size.length; i++) {
            row.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, format, size[i]))
                    .append(String.format(Locale.ROOT, ": %.3f s", cpu[i]));
        }
        System.out.printf(Locale.ROOT, "cost by %-11s %s; exponent %.2f%n", what, row,
                CostScaling.exponent(size, cpu));
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

    /**
     * The median of {@code sorted} (ascending, at least one value): the middle value, or for an
     * even count the mean of the two middle ones (of 0.065 s and 0.291 s, 0.178 s, not the maximum).
     */
    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double throughput(Scenario s, int threads, int reps) {
        long t0 = System.nanoTime();
        Replicates.run(s, reps, 99, threads, false, r -> { });
        return reps / ((System.nanoTime() - t0) / 1e9);
    }
}
