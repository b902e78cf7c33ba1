package org.durand.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code durand examples}: regenerates the example results — every scenario of a folder run with
 * the same replicates and seed, each compared with the baseline, and the README's tables.
 */
@Command(name = "examples", mixinStandardHelpOptions = true,
        description = "Regenerate the example results: run every scenario in a folder (baseline first), compare each "
                + "with the baseline, and write the outcome and calibration tables into the README.",
        footer = {"", "Example:", "  durand examples --reps 20 --seed 7"})
final class ExamplesCommand implements Callable<Integer> {

    @Option(names = "--scenarios", defaultValue = "scenarios", description = "Scenario folder (default: ${DEFAULT-VALUE}).")
    Path scenarios;

    @Option(names = "--reps", defaultValue = "20", description = "Replicates per scenario (default: ${DEFAULT-VALUE}).")
    int reps;

    @Option(names = "--seed", defaultValue = "7", description = "Base seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    ThreadsOption threads = new ThreadsOption();

    @Option(names = "--out", defaultValue = "results/examples", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--readme", defaultValue = "README.md", description = "README whose tables to update "
            + "(default: ${DEFAULT-VALUE}); 'none' to skip.")
    String readme;

    @Override
    public Integer call() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(scenarios)) {
            files = new ArrayList<>(s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList());
        } catch (java.io.IOException e) {
            throw new Main.BadInput("--scenarios " + scenarios + ": cannot list the folder (" + e.getMessage() + ")");
        }
        Path baseline = scenarios.resolve("baseline.yaml");
        if (!files.remove(baseline)) {
            throw new Main.BadInput("--scenarios " + scenarios + " has no baseline.yaml to compare with");
        }
        files.add(0, baseline);
        List<Path> runs = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString().replaceFirst("\\.yaml$", "");
            Path dir = out.resolve(name);
            List<String> args = new ArrayList<>(List.of("run", f.toString(), "--reps", Integer.toString(reps),
                    "--seed", Long.toString(seed), "--out", dir.toString()));
            args.addAll(List.of("--threads", Integer.toString(threads.count())));
            int code = Main.execute(args.toArray(new String[0]));
            if (code != 0) {
                return code;
            }
            runs.add(dir);
        }
        for (Path run : runs.subList(1, runs.size())) {
            int code = Main.execute("compare", runs.get(0).toString(), run.toString(), "--out",
                    out.resolve("compare-" + run.getFileName()).toString());
            if (code != 0) {
                return code;
            }
        }
        if (!readme.equals("none")) {
            List<String> args = new ArrayList<>(List.of("table"));
            runs.forEach(r -> args.add(r.toString()));
            args.addAll(List.of("--readme", readme));
            return Main.execute(args.toArray(new String[0]));
        }
        return 0;
    }
}
