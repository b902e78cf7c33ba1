package org.durand.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.durand.chart.Comparison;
import org.durand.output.RunFolderException;
import org.durand.output.StagedFolder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code durand compare}: overlay charts and a difference table of several run folders. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare run folders: overlay charts (tension, fatalities, returns) with bands, and a "
                + "difference table with 95%% CIs against the first folder, over the months every run covers "
                + "wholly. Warns (here and in the report) when the runs have different base seeds or replicate "
                + "counts.",
        footer = {"", "Example:", "  ./durand compare results/baseline results/dialogue --out results/compare"})
final class CompareCommand implements Callable<Integer> {

    @Parameters(arity = "2..*", paramLabel = "DIR", description = "Run folders; the first is the reference.")
    List<Path> dirs;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results/compare",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--force", description = "Write into an output folder that holds a run (only Durand's files "
            + "are replaced).")
    boolean force;

    @Override
    public Integer call() throws Exception {
        for (Path d : dirs) {
            RunFolderCheck.timeseries(d);
        }
        try (StagedFolder staged = OutputFolder.open(out, "--out", Set.of("charts", "differences.csv", "report.html"))) {
            OutputFolder.refuseOtherRun(staged, force, m -> false, "a comparison");
            Progress.phase("writing comparison charts and report.html");
            for (String caution : Comparison.write(dirs, staged.path())) {
                System.err.println("durand: warning: " + caution);
            }
            staged.commit();
        } catch (RunFolderException e) {
            throw new Main.BadInput(e.getMessage());
        }
        System.err.println("comparison written to " + out.resolve("report.html"));
        return 0;
    }
}
