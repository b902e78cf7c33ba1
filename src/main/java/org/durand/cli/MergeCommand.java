package org.durand.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.durand.experiment.sweep.Merge;
import org.durand.experiment.sweep.PlanReader;
import org.durand.experiment.sweep.RunsCsv;
import org.durand.experiment.sweep.SweepFolder;
import org.durand.experiment.sweep.SweepPlan;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code durand merge}: joins the shards of a sweep and proves the result complete. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Join the folders of a sweep's shards into one runs.csv, checking that they share one plan hash "
                + "and hold every run exactly once; then write sensitivity.csv, charts/ and report.html.",
        footer = {"", "Example:", "  ./durand merge results/s/shard-0 results/s/shard-1 --out results/s"})
final class MergeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Shard folders written by 'durand sweep --shard'.")
    List<Path> dirs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder of the merged sweep.")
    Path out;

    @Option(names = "--no-charts", description = "Skip charts and report.html.")
    boolean noCharts;

    @Override
    public Integer call() throws Exception {
        for (Path d : dirs) {
            if (d.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
                throw new Main.BadInput("--out " + out + " is one of the folders merged; choose another");
            }
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new Main.BadInput("--out " + out + " exists and is not a folder; give a new or empty folder");
        }
        // read and check everything before anything is written: the plan the runs were made with,
        // then every row of every shard (Merge writes runs.csv whole or not at all)
        Path planFile = dirs.get(0).resolve(SweepFolder.PLAN);
        SweepPlan plan;
        String hash;
        try {
            plan = PlanReader.read(planFile);
            hash = SweepSetup.of(plan).hash();
            SweepFolder.Info recorded = SweepFolder.readInfo(dirs.get(0));
            if (recorded != null && !recorded.planHash().equals(hash)) {
                throw new Main.BadInput(planFile + " no longer describes the runs: its plan hash is " + hash + ", "
                        + dirs.get(0).resolve(SweepFolder.MANIFEST) + " records " + recorded.planHash()
                        + " (the plan or its scenario changed after the sweep ran); restore it, or run the sweep again");
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new Main.BadInput(dirs.get(0) + ": not a sweep folder (no " + SweepFolder.PLAN + ")");
        }
        Merge.Result result;
        try (SweepFolder folder = SweepFolder.open(out)) {
            Faults.writing(out, "no half-written file; run the same merge again to finish it");
            try {
                result = Merge.merge(dirs, folder.runs(), RunsCsv.FIXED.size() + plan.varied().size());
            } catch (IllegalArgumentException e) {
                throw new Main.BadInput(e.getMessage());
            }
            folder.writeHeader(plan, result.info());
            List<String> columns = result.info().columns();
            List<String> outcomes = columns.subList(RunsCsv.FIXED.size() + plan.varied().size(), columns.size());
            System.err.println("merged " + dirs.size() + (dirs.size() == 1 ? " folder: " : " folders: ") + result.info().runs() + " runs, each exactly once, "
                    + result.failed() + " failed; plan hash " + result.info().planHash());
            SweepSetup.report(plan, outcomes, out, !noCharts, System.err);
        } catch (IllegalStateException e) {
            throw new Main.BadInput(e.getMessage());
        }
        return 0;
    }
}
