package org.durand.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.durand.experiment.sweep.Merge;
import org.durand.experiment.sweep.PlanReader;
import org.durand.experiment.sweep.RunsCsv;
import org.durand.experiment.sweep.SweepFolder;
import org.durand.experiment.sweep.SweepRunner;
import org.durand.experiment.sweep.SweepPlan;
import org.durand.output.StagedFolder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code durand merge}: joins the shards of a sweep and proves the result complete. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Join the folders of a sweep's shards into one runs.csv, checking that they share one plan hash "
                + "(each shard's plan.yaml against its sweep.json) and hold every run exactly once; then write "
                + "sensitivity.csv, charts/ and report.html. Every shard is checked before anything is written, and "
                + "--out is replaced as a whole at the end: it holds the earlier merge or the whole new one.",
        footer = {"", "Example:", "  ./durand merge results/s/shard-0 results/s/shard-1 --out results/s"})
final class MergeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Shard folders written by 'durand sweep --shard'.")
    List<Path> dirs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder of the merged sweep.")
    Path out;

    @Option(names = "--no-charts", description = "Skip charts and report.html.")
    boolean noCharts;

    /** The files a merge writes into --out; the commit replaces these and leaves the rest. */
    static final Set<String> FILES = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(SweepFolder.RUNS, SweepFolder.PLAN, SweepFolder.MANIFEST), SweepSetup.ANALYSIS.stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    @Override
    public Integer call() throws Exception {
        java.util.Map<Path, Path> seen = new java.util.HashMap<>();
        for (Path d : dirs) {
            if (d.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
                throw new Main.BadInput("--out " + out + " is one of the folders merged; choose another");
            }
            Path real = Files.exists(d) ? d.toRealPath() : d.toAbsolutePath().normalize();
            Path first = seen.putIfAbsent(real, d);
            if (first != null) {
                throw new Main.BadInput(d + ": this folder is given twice" + (first.equals(d) ? "" : " (also as "
                        + first + ")") + "; give each shard folder once");
            }
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new Main.BadInput("--out " + out + " exists and is not a folder; give a new or empty folder");
        }
        // read and check everything before anything is written: each folder's files, and the plan
        // each was made with against the hash its sweep.json records; then every row of every shard,
        // into the staging folder, which replaces --out's merge files only when all is written
        SweepPlan plan = null;
        for (Path d : dirs) {
            SweepPlan p = checkedPlan(d);
            plan = plan == null ? p : plan;
        }
        try (StagedFolder staged = OutputFolder.open(out, "--out", FILES);
             SweepFolder lock = SweepFolder.open(out)) {
            Merge.Result result;
            try {
                result = Merge.merge(dirs, staged.path().resolve(SweepFolder.RUNS), RunsCsv.FIXED.size()
                        + plan.varied().size(), new SweepRunner(plan, List.of())::foreign);
            } catch (IllegalArgumentException e) {
                throw new Main.BadInput(e.getMessage());
            }
            SweepFolder.writeHeader(staged.path(), plan, result.info());
            List<String> columns = result.info().columns();
            List<String> outcomes = columns.subList(RunsCsv.FIXED.size() + plan.varied().size(), columns.size());
            SweepSetup.report(plan, outcomes, staged.path().resolve(SweepFolder.RUNS), staged.path(), out, !noCharts,
                    System.err);
            staged.commit();
            System.err.println("merged " + dirs.size() + (dirs.size() == 1 ? " folder: " : " folders: ")
                    + result.info().runs() + " runs, each exactly once, " + result.failed() + " failed; plan hash "
                    + result.info().planHash() + "; written to " + out);
        } catch (IllegalStateException e) {
            throw new Main.BadInput(e.getMessage());
        }
        return 0;
    }

    /**
     * The plan in {@code dir}'s plan.yaml, checked to be what made its runs: the folder holds a
     * sweep's three files, and the plan's hash (its text and its scenario's values) is the one its
     * sweep.json records.
     */
    private static SweepPlan checkedPlan(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            throw new Main.BadInput(dir + (Files.exists(dir) ? " is not a folder" : ": no such folder")
                    + "; give the shard folders written by 'durand sweep --shard'");
        }
        for (String name : List.of(SweepFolder.MANIFEST, SweepFolder.RUNS, SweepFolder.PLAN)) {
            if (!Files.isRegularFile(dir.resolve(name))) {
                throw new Main.BadInput(dir + ": not a sweep folder (no " + name + ")"
                        + (Files.exists(dir.resolve("manifest.json")) ? "; it holds a run, which 'durand compare' "
                        + "reads" : ""));
            }
        }
        Path planFile = dir.resolve(SweepFolder.PLAN);
        SweepPlan plan = PlanReader.read(planFile);
        if (!Files.isRegularFile(plan.scenario())) {
            // the plan was just read, so its 'scenario' key is there
            throw new Main.BadInput(org.durand.scenario.YamlLoader.load(planFile).keyOrigin("scenario").describe()
                    + ": key 'scenario' names "
                    + plan.scenario() + ", which does not exist: a sweep folder's plan names its scenario relative "
                    + "to the folder, so a folder copied or moved elsewhere loses it; put the folder back beside "
                    + "the scenario, or edit 'scenario:' in each shard's plan.yaml to where the scenario now is "
                    + "(the plan's hash covers the scenario's values, not its path)");
        }
        String hash = SweepSetup.of(plan).hash();
        SweepFolder.Info recorded;
        try {
            recorded = SweepFolder.readInfo(dir);
        } catch (IllegalArgumentException e) {
            throw new Main.BadInput(e.getMessage());
        }
        String older = SweepFolder.olderValues(dir, recorded);
        if (!older.isEmpty()) {
            throw new Main.BadInput(older);
        }
        if (!recorded.planHash().equals(hash)) {
            throw new Main.BadInput(planFile + " no longer describes the runs: its plan hash is " + hash + ", "
                    + dir.resolve(SweepFolder.MANIFEST) + " records " + recorded.planHash()
                    + " (the plan or its scenario changed after the sweep ran); restore it, or run the sweep again");
        }
        return plan;
    }
}
