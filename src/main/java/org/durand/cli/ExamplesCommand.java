package org.durand.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code durand examples}: regenerates the example results — every scenario of a folder run with
 * the same replicates and seed, each compared with the baseline, and the README's tables. The
 * committed examples are made with {@value #COMMITTED_REPS} replicates and seed {@value #COMMITTED_SEED};
 * other settings are refused where they would replace runs made with different ones, or the
 * README's tables, unless {@code --force} is given.
 */
@Command(name = "examples", mixinStandardHelpOptions = true,
        description = "Regenerate the example results: run every scenario in a folder (baseline first), compare each "
                + "with the baseline, and write the outcome and calibration tables into the README. Runs already in "
                + "the output folder with other --reps or --seed, and the README's tables with settings other than "
                + "--reps 20 --seed 7, are replaced only with --force.",
        footer = {"", "Examples:", "  ./durand examples --reps 20 --seed 7",
                "  ./durand examples --reps 4 --out results/quick --readme none"})
final class ExamplesCommand implements Callable<Integer> {

    /** Replicates of the committed example results. */
    static final int COMMITTED_REPS = 20;
    /** Base seed of the committed example results. */
    static final long COMMITTED_SEED = 7;

    @Spec
    CommandSpec spec;

    @Option(names = "--scenarios", defaultValue = "scenarios", description = "Scenario folder (default: ${DEFAULT-VALUE}).")
    Path scenarios;

    @Option(names = "--reps", defaultValue = "" + COMMITTED_REPS,
            description = "Replicates per scenario (default: ${DEFAULT-VALUE}).")
    @Range(min = 1, max = 100_000)
    int reps;

    @Option(names = "--seed", defaultValue = "" + COMMITTED_SEED, description = "Base seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    ThreadsOption threads = new ThreadsOption();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results/examples",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--readme", paramLabel = "FILE", defaultValue = "README.md", description = "Markdown file whose "
            + "tables to replace (default: ${DEFAULT-VALUE}); 'none' to skip.")
    String readme;

    @Option(names = "--force", description = "Replace runs and README tables made with other settings.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        if (out.toString().isEmpty()) {
            throw new Main.BadInput("--out \"\": give a folder name");
        }
        List<Path> files = scenarioFiles();
        Path readmeFile = readme.equals("none") ? null : Path.of(readme);
        // every conflict at once: the README's tables and each run made with other settings
        List<String> problems = new ArrayList<>();
        if (readmeFile != null) {
            try {
                checkReadme(readmeFile);
            } catch (Main.BadInput e) {
                problems.add(e.getMessage());
            }
        }
        for (Path f : files) {
            try {
                checkSettings(out.resolve(name(f)));
            } catch (Main.BadInput e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new OptionChecks.Problems(spec.commandLine(), problems);
        }
        List<Path> runs = new ArrayList<>();
        for (Path f : files) {
            Path dir = out.resolve(name(f));
            List<String> args = new ArrayList<>(List.of("run", f.toString(), "--reps", Integer.toString(reps),
                    "--seed", Long.toString(seed), "--out", dir.toString(), "--threads",
                    Integer.toString(threads.count())));
            if (force) {
                args.add("--force");
            }
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
        if (readmeFile == null) {
            return 0;
        }
        List<String> args = new ArrayList<>(List.of("table"));
        runs.forEach(r -> args.add(r.toString()));
        args.addAll(List.of("--readme", readme));
        return Main.execute(args.toArray(new String[0]));
    }

    /** The scenario files, baseline first. */
    private List<Path> scenarioFiles() throws Main.BadInput {
        if (!Files.isDirectory(scenarios)) {
            throw new Main.BadInput("--scenarios " + scenarios + ": " + (Files.exists(scenarios)
                    ? "a file, not a folder" : "no such folder") + "; give the folder of the scenario files, "
                    + "baseline.yaml among them (default: scenarios)");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(scenarios)) {
            files = new ArrayList<>(s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList());
        } catch (IOException e) {
            throw new Main.BadInput("--scenarios " + scenarios + ": cannot list the folder (" + e.getMessage() + ")");
        }
        Path baseline = scenarios.resolve("baseline.yaml");
        if (!files.remove(baseline)) {
            throw new Main.BadInput("--scenarios " + scenarios + " has no baseline.yaml to compare with");
        }
        files.add(0, baseline);
        return files;
    }

    /** The README must exist and have the marked section; its committed tables need the committed settings. */
    private void checkReadme(Path file) throws Main.BadInput, IOException {
        if (!Files.isRegularFile(file)) {
            throw new Main.BadInput("--readme " + readme + ": " + TableCommand.notAFile(file) + "; give a Markdown file "
                    + "with the lines '" + TableCommand.BEGIN + "' and '" + TableCommand.END + "', or --readme none");
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.contains(TableCommand.BEGIN) || !text.contains(TableCommand.END)) {
            throw new Main.BadInput("--readme " + readme + " has no section between '" + TableCommand.BEGIN
                    + "' and '" + TableCommand.END + "'");
        }
        boolean committed = reps == COMMITTED_REPS && seed == COMMITTED_SEED;
        if (!force && !committed && !spec.commandLine().getParseResult().hasMatchedOption("--readme")) {
            throw new Main.BadInput("the tables in " + readme + " are made with --reps " + COMMITTED_REPS
                    + " --seed " + COMMITTED_SEED + "; with --reps " + reps + " --seed " + seed
                    + " give --readme FILE for other tables, or --readme none, or --force to replace them");
        }
    }

    /** A run already in {@code dir} made with other replicates or seed is replaced only with --force. */
    private void checkSettings(Path dir) throws Main.BadInput {
        Path manifest = dir.resolve("manifest.json");
        if (force || !Files.isRegularFile(manifest)) {
            return;
        }
        try {
            JsonNode m = new ObjectMapper().readTree(manifest.toFile());
            int oldReps = m.path("reps").asInt(-1);
            long oldSeed = m.path("seeds").path("base").asLong(Long.MIN_VALUE);
            if (oldReps != reps || oldSeed != seed) {
                throw new Main.BadInput(dir + " holds a run made with --reps " + oldReps + " --seed " + oldSeed
                        + ", not --reps " + reps + " --seed " + seed + ": give --out DIR for runs with other "
                        + "settings, or --force to replace these");
            }
        } catch (IOException e) {
            throw new Main.BadInput(manifest + " cannot be read (" + e.getMessage() + "); give --out DIR, or --force");
        }
    }

    private static String name(Path scenarioFile) {
        return scenarioFile.getFileName().toString().replaceFirst("\\.yaml$", "");
    }
}
