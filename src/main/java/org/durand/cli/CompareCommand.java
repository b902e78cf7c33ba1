package org.durand.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.durand.chart.Comparison;
import org.durand.io.Csv;
import org.durand.io.Numbers;
import org.durand.output.Display;
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
        Comparison comparison;
        try {
            comparison = Comparison.of(dirs);   // every input read and checked before a word or a file
        } catch (RunFolderException e) {
            throw new Main.BadInput(e.getMessage());
        }
        try (StagedFolder staged = OutputFolder.open(out, "--out", Set.of("charts", "differences.csv", "report.html"))) {
            OutputFolder.refuseOtherRun(staged, force, m -> false, null, "a comparison");
            Progress.phase("writing comparison charts and report.html");
            comparison.write(staged.path());
            for (String caution : comparison.cautions()) {
                System.err.println("durand: warning: " + caution);
            }
            for (String same : sameFolders(dirs)) {
                System.err.println("durand: warning: " + same);
            }
            staged.commit();
        }
        printHeadline(out.resolve("differences.csv"));
        System.err.println("comparison written to " + out.resolve("report.html"));
        return 0;
    }

    /**
     * A caution for each folder given again after the first (the same folder, however written):
     * compared with itself, every difference is 0.
     */
    static List<String> sameFolders(List<Path> dirs) throws java.io.IOException {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 1; i < dirs.size(); i++) {
            if (java.nio.file.Files.isSameFile(dirs.get(0), dirs.get(i))) {
                out.add(dirs.get(i) + " is " + dirs.get(0) + " again: compared with itself, every difference is 0");
            }
        }
        return out;
    }

    /**
     * The differences over the whole span every run covers, one line per metric and run, with
     * their 95% intervals: the numbers a reader wants before opening the report.
     */
    private static void printHeadline(Path differences) throws java.io.IOException {
        java.util.Map<String, List<String[]>> byRun = new java.util.LinkedHashMap<>();
        int width = 0;
        try (java.io.Reader in = java.nio.file.Files.newBufferedReader(differences);
             CSVParser rows = Csv.parse(in)) {
            for (CSVRecord r : rows) {
                if (!r.get("period").contains("..")) {
                    continue;
                }
                String heading = r.get("run") + " − " + r.get("reference") + ", " + r.get("period") + " (95% interval, "
                        + r.get("interval") + ", " + r.get("run_n") + " and " + r.get("reference_n") + " replicates):";
                // an interval of one replicate per run, or a difference of no months, is written empty (NaN)
                double difference = Numbers.parse(r.get("difference"));
                String value = (difference > 0 ? "+" : "") + Display.interval(difference,
                        Numbers.parse(r.get("ci95_low")), Numbers.parse(r.get("ci95_high")));
                byRun.computeIfAbsent(heading, k -> new java.util.ArrayList<>()).add(new String[] {r.get("metric"), value});
                width = Math.max(width, r.get("metric").length());
            }
        }
        for (java.util.Map.Entry<String, List<String[]>> e : byRun.entrySet()) {
            System.err.println(e.getKey());
            for (String[] line : e.getValue()) {
                System.err.printf(Locale.ROOT, "  %-" + width + "s  %s%n", line[0], line[1]);
            }
        }
    }
}
