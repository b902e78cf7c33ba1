package org.durand.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.durand.chart.Comparison;
import org.durand.output.RunFolderException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code durand compare}: overlay charts and a difference table of several run folders. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare run folders: overlay charts (tension, fatalities, returns) with bands, and a "
                + "difference table with 95%% CIs against the first folder.",
        footer = {"", "Example:", "  durand compare results/baseline results/dialogue --out results/compare"})
final class CompareCommand implements Callable<Integer> {

    @Parameters(arity = "2..*", paramLabel = "DIR", description = "Run folders; the first is the reference.")
    List<Path> dirs;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results/compare",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        try {
            Comparison.write(dirs, out);
        } catch (RunFolderException e) {
            throw new Main.BadInput(e.getMessage());
        }
        System.err.println("comparison written to " + out + "/report.html");
        return 0;
    }
}
