package org.durand.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.durand.experiment.CostScaling;
import org.durand.experiment.Replicates;
import org.durand.experiment.RunResult;
import org.durand.model.RefugeePopulation;
import org.durand.model.TensionModel;
import org.durand.scenario.Scenario;
import org.durand.scenario.ScenarioException;
import org.durand.scenario.ScenarioReader;
import org.durand.scenario.Scenarios;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of the baseline scenario's pieces (JMH; {@code mvn -Pjmh verify}, see docs/performance.md):
 * building the refugee population, one simulated day of the campaign, and one whole replicate; and
 * a replicate's cost at 0.25–4 times the households and over calendars of 1–8 years, from which
 * the growth exponents are fitted ({@link CostScaling#exponent}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReplicateBenchmark {

    /** Days stepped per invocation of {@link #day}, from the first day of November 2023 on. */
    static final int DAYS = 1000;
    /** Day 304 is 1 November 2023, when the baseline's deportations begin. */
    static final int FROM = 304;

    static Scenario baseline(List<String> overrides) {
        try {
            return ScenarioReader.read(Scenarios.bundled(Scenarios.DEFAULT), overrides);
        } catch (ScenarioException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The bundled baseline, and a seed that changes with every use. */
    @State(Scope.Thread)
    public static class Baseline {
        Scenario scenario;
        long seed;

        @Setup(Level.Trial)
        public void read() {
            scenario = baseline(List.of());
        }
    }

    /** A baseline model started and stepped to {@link #FROM}, anew before each invocation (not timed). */
    @State(Scope.Thread)
    public static class Started {
        Scenario scenario;
        TensionModel model;
        long seed;

        @Setup(Level.Trial)
        public void read() {
            scenario = baseline(List.of());
        }

        @Setup(Level.Invocation)
        public void start() {
            model = new TensionModel(seed++, scenario);
            model.start();
            for (int d = 0; d < FROM; d++) {
                model.schedule.step(model);
            }
        }
    }

    /** The baseline with its households scaled. */
    @State(Scope.Thread)
    public static class Households {
        @Param({"0.25", "0.5", "1", "2", "4"})
        double factor;
        Scenario scenario;
        long seed;

        @Setup(Level.Trial)
        public void read() {
            scenario = baseline(CostScaling.households(baseline(List.of()), factor));
        }
    }

    /** The baseline over a calendar of {@code years} from its start. */
    @State(Scope.Thread)
    public static class Calendar {
        @Param({"1", "2", "4", "8"})
        int years;
        Scenario scenario;
        long seed;

        @Setup(Level.Trial)
        public void read() {
            scenario = baseline(CostScaling.years(baseline(List.of()), years));
        }
    }

    /** The refugee population alone: 654,000 households drawn and laid out. */
    @Benchmark
    public RefugeePopulation populationBuild(Baseline b) {
        return RefugeePopulation.of(b.scenario, b.seed++);
    }

    /** One simulated day of the whole model during the campaign (the mean of {@value #DAYS} days). */
    @Benchmark
    @OperationsPerInvocation(DAYS)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public boolean day(Started s) {
        boolean more = true;
        for (int d = 0; d < DAYS; d++) {
            more &= s.model.schedule.step(s.model);
        }
        return more;
    }

    /** One whole replicate: build, spin-up, 1,461 days and the monthly record. */
    @Benchmark
    public RunResult replicate(Baseline b) {
        return Replicates.runOne(b.scenario, 0, b.seed++, false);
    }

    /** One replicate with the households scaled. */
    @Benchmark
    public RunResult replicateByHouseholds(Households h) {
        return Replicates.runOne(h.scenario, 0, h.seed++, false);
    }

    /** One replicate over a calendar of 1–8 years. */
    @Benchmark
    public RunResult replicateByYears(Calendar c) {
        return Replicates.runOne(c.scenario, 0, c.seed++, false);
    }
}
