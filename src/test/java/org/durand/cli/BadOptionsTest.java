package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.durand.TestScenarios;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The bad-input suite over the command line: every option of every command that takes a value,
 * given none (generated from the commands' declarations, so a new option is covered too); and a
 * table of values that are not what an option means (a word where a choice, a date, a path, a
 * range or a shard is wanted). Numbers that are not numbers or lie outside their range are the
 * generated cases of {@link OptionChecksTest}. Each case must be refused as {@link BadCase#check()}
 * says, naming the option, the value and what is allowed.
 */
class BadOptionsTest {

    @TempDir
    static Path root;
    static Path folder;
    static Path file;

    @BeforeAll
    static void fixtures() throws Exception {
        folder = Files.createDirectories(root.resolve("a-folder"));
        file = Files.writeString(root.resolve("a-file.txt"), "not Durand's\n");
    }

    private static List<String> required(String command) {
        return OptionChecksTest.REQUIRED.getOrDefault(command, List.of());
    }

    /** Every option that takes a value, given as the last word with none after it. */
    static List<BadCase> missingValues() {
        List<BadCase> out = new ArrayList<>();
        for (Map.Entry<String, CommandLine> e : Main.commandLine().getSubcommands().entrySet()) {
            if (e.getKey().equals("help")) {
                continue;
            }
            for (OptionSpec o : e.getValue().getCommandSpec().options()) {
                if (o.arity().max() == 0 || o.usageHelp() || o.versionHelp()) {
                    continue;
                }
                Path dir = root.resolve("m-" + e.getKey() + o.longestName());
                List<String> args = new ArrayList<>(List.of(e.getKey()));
                args.addAll(required(e.getKey()));
                if (!o.longestName().equals("--out") && List.of("run", "sweep", "calibrate", "backtest", "merge",
                        "compare").contains(e.getKey())) {
                    args.addAll(List.of("--out", dir.resolve("out").toString()));
                }
                args.add(o.longestName());
                out.add(new BadCase(e.getKey() + " " + o.longestName() + " with no value", args,
                        List.of("error: durand " + e.getKey() + ": " + o.longestName() + ": no value given; allowed: "),
                        dir));
            }
        }
        return out;
    }

    private static BadCase refused(String name, List<String> said, String... args) {
        Path dir = root.resolve("t-" + Integer.toHexString(name.hashCode()));
        List<String> line = new ArrayList<>();
        for (String a : args) {
            line.add(a.replace("OUT", dir.resolve("out").toString()));
        }
        return new BadCase(name, line, said, dir);
    }

    /** Values that are not what the option means. */
    static List<BadCase> table() {
        String b = TestScenarios.BASELINE.toString();
        String vary = "governments.host.hawkishness=0.3:0.9";
        String fit = "groups.ttp.attacksPerCellYear=0.5:2.5";
        String nowhere = root.resolve("nowhere.yaml").toString();
        List<BadCase> out = new ArrayList<>();
        out.add(refused("sweep --design a word", List.of("--design bogus: allowed: grid, lhs, sobol, morris, random"),
                "sweep", b, "--vary", vary, "--design", "bogus", "--out", "OUT"));
        out.add(refused("sweep --shard one number", List.of("--shard 3: ", "k/N"), "sweep", b, "--vary", vary,
                "--shard", "3", "--out", "OUT"));
        out.add(refused("sweep --shard k = N", List.of("--shard 4/4: ", "k/N"), "sweep", b, "--vary", vary, "--shard",
                "4/4", "--out", "OUT"));
        out.add(refused("sweep --shard words", List.of("--shard a/b: ", "k/N"), "sweep", b, "--vary", vary, "--shard",
                "a/b", "--out", "OUT"));
        out.add(refused("sweep --vary without bounds", List.of("--vary governments.host.hawkishness", "LOW:HIGH"),
                "sweep", b, "--vary", "governments.host.hawkishness", "--out", "OUT"));
        out.add(refused("sweep --vary bounds reversed", List.of("--vary governments.host.hawkishness=0.9:0.3",
                "lower bound 0.9 not below its upper bound 0.3"), "sweep", b, "--vary",
                "governments.host.hawkishness=0.9:0.3", "--out", "OUT"));
        out.add(refused("sweep --vary bounds words", List.of("--vary governments.host.hawkishness=low:high", "'low'"),
                "sweep", b, "--vary", "governments.host.hawkishness=low:high", "--out", "OUT"));
        out.add(refused("sweep --vary bounds outside the range", List.of("--vary governments.host.hawkishness=0.3:1.9",
                "allowed range 0 to 1"), "sweep", b, "--vary", "governments.host.hawkishness=0.3:1.9", "--out", "OUT"));
        out.add(refused("sweep --vary a misspelt path", List.of("--vary governments.host.hawkishnes=0.3:0.9",
                "did you mean 'governments.host.hawkishness'?"), "sweep", b, "--vary",
                "governments.host.hawkishnes=0.3:0.9", "--out", "OUT"));
        out.add(refused("sweep --vary steps a word", List.of("--vary governments.host.hawkishness=0.3:0.9:many",
                "'many'"), "sweep", b, "--vary", "governments.host.hawkishness=0.3:0.9:many", "--design", "grid",
                "--out", "OUT"));
        out.add(refused("sweep --outcome unknown", List.of("--outcome bogus.2024: expected METRIC.PERIOD"), "sweep", b, "--vary",
                vary, "--outcome", "bogus.2024", "--out", "OUT"));
        out.add(refused("sweep --plan missing", List.of(nowhere + ": no such file"), "sweep", "--plan", nowhere,
                "--out", "OUT"));
        out.add(refused("sweep --plan a folder", List.of(folder + ": a folder"), "sweep", "--plan", folder.toString(),
                "--out", "OUT"));
        out.add(refused("sweep --set without =", List.of("--set nonsense: expected PATH=VALUE"), "sweep", b, "--vary",
                vary, "--set", "nonsense", "--out", "OUT"));
        out.add(refused("sweep --slurm with --shard", List.of("--shard 0/2: --slurm writes a job array whose tasks "
                + "run every shard"), "sweep", b, "--vary", vary, "--slurm", "--shard", "0/2", "--out", "OUT"));
        out.add(refused("sweep --tasks without --slurm", List.of("--tasks 3: sets the SLURM job array's size, so only "
                + "with --slurm"), "sweep", b, "--vary", vary, "--tasks", "3", "--out", "OUT"));
        out.add(refused("sweep --max-running without --slurm", List.of("--max-running 2: throttles a SLURM job array"),
                "sweep", b, "--vary", vary, "--max-running", "2", "--out", "OUT"));
        out.add(refused("sweep --slurm with more tasks than runs", List.of("--tasks 5000: more tasks than the sweep's",
                "allowed: --tasks 1 to"), "sweep", b, "--vary", vary, "--slurm", "--tasks", "5000", "--out", "OUT"));
        out.add(refused("sweep --set of a varied parameter", List.of("--set governments.host.hawkishness=0.5: "
                + "governments.host.hawkishness is also varied"), "sweep", b, "--vary", vary, "--set",
                "governments.host.hawkishness=0.5", "--out", "OUT"));
        out.add(refused("run --set without =", List.of("--set nonsense: expected PATH=VALUE"), "run", b, "--set",
                "nonsense", "--out", "OUT"));
        out.add(refused("run --targets missing", List.of("--targets " + nowhere + ": no such file"), "run", b,
                "--targets", nowhere, "--out", "OUT"));
        out.add(refused("validate --targets missing", List.of("--targets " + nowhere + ": no such file"), "validate", b,
                "--targets", nowhere));
        out.add(refused("bench --targets a folder", List.of("--targets " + folder + ": a folder"), "bench", b,
                "--targets", folder.toString()));
        out.add(refused("params --targets a scenario", List.of(b + ": this is a scenario, not a targets file"),
                "params", b, "--targets", b));
        out.add(refused("params --format a word", List.of("--format xml: ", "allowed: "), "params", b, "--format",
                "xml"));
        out.add(refused("run --posterior missing", List.of(nowhere + ": no such file"), "run", b, "--posterior",
                nowhere, "--reps", "4", "--out", "OUT"));
        out.add(refused("run --posterior a folder", List.of(folder + ": is a folder"), "run", b, "--posterior",
                folder.toString(), "--reps", "4", "--out", "OUT"));
        out.add(refused("run --per-draw without --posterior", List.of("--per-draw applies to a run over a posterior"),
                "run", b, "--per-draw", "2", "--out", "OUT"));
        out.add(refused("run --out a file", List.of("--out: " + file + " exists and is not a folder"), "run", b,
                "--out", file.toString()));
        out.add(refused("calibrate --fit a misspelt path", List.of("--fit groups.ttp.attacksPerCelYear=0.5:2.5",
                "did you mean 'groups.ttp.attacksPerCellYear'?"), "calibrate", b, "--fit",
                "groups.ttp.attacksPerCelYear=0.5:2.5", "--out", "OUT"));
        out.add(refused("calibrate --fit bounds reversed", List.of("--fit groups.ttp.attacksPerCellYear=2.5:0.5",
                "HIGH must be greater than LOW"), "calibrate", b, "--fit", "groups.ttp.attacksPerCellYear=2.5:0.5", "--out", "OUT"));
        out.add(refused("calibrate --fit words", List.of("--fit groups.ttp.attacksPerCellYear=a:b",
                "LOW and HIGH must be numbers"),
                "calibrate", b, "--fit", "groups.ttp.attacksPerCellYear=a:b", "--out", "OUT"));
        out.add(refused("calibrate --fit a text parameter", List.of("--fit governments.host.name", "not a number"),
                "calibrate", b, "--fit", "governments.host.name=0:1", "--out", "OUT"));
        out.add(refused("calibrate --method a word", List.of("--method bogus: allowed"), "calibrate", b, "--fit", fit,
                "--method", "bogus", "--out", "OUT"));
        out.add(refused("calibrate --out a file", List.of(file + " exists and is not a folder"), "calibrate", b,
                "--fit", fit, "--out", file.toString()));
        out.add(refused("backtest --fit-until a word", List.of("--fit-until soon: not a date; write YYYY-MM-DD"),
                "backtest", b, "--fit", fit, "--fit-until", "soon", "--out", "OUT"));
        out.add(refused("backtest --fit-until no such day", List.of("--fit-until 2024-02-30: not a date"), "backtest",
                b, "--fit", fit, "--fit-until", "2024-02-30", "--out", "OUT"));
        out.add(refused("backtest --fit-until after every target", List.of("--fit-until 2030-01-01: "), "backtest", b,
                "--fit", fit, "--fit-until", "2030-01-01", "--out", "OUT"));
        out.add(refused("backtest --fit-until before every target", List.of("--fit-until 2020-01-01: "), "backtest",
                b, "--fit", fit, "--fit-until", "2020-01-01", "--out", "OUT"));
        out.add(refused("examples --scenarios missing", List.of("--scenarios " + root.resolve("none") + ": "),
                "examples", "--scenarios", root.resolve("none").toString(), "--out", "OUT", "--readme", "none"));
        out.add(refused("examples --scenarios a file", List.of("--scenarios " + file + ": "), "examples",
                "--scenarios", file.toString(), "--out", "OUT", "--readme", "none"));
        out.add(refused("gui --days beyond the calendar", List.of("--days 5000: allowed: 1 to 1461"), "gui", b,
                "--screenshot", "OUT/shot.png", "--days", "5000"));
        out.add(refused("gui --screenshot a folder", List.of("--screenshot " + folder + ": a folder"), "gui", b,
                "--screenshot", folder.toString(), "--days", "1"));
        out.add(refused("gui --screenshot below a file", List.of("--screenshot " + file.resolve("shot.png")
                + ": cannot be written, " + file + " is a file"), "gui", b, "--screenshot",
                file.resolve("shot.png").toString(), "--days", "1"));
        out.add(refused("gui a missing scenario", List.of(nowhere + ": no such file"), "gui", nowhere));
        out.add(refused("merge --out a file", List.of("--out " + file + " exists and is not a folder"), "merge",
                folder.toString(), "--out", file.toString()));
        out.add(refused("an unknown command", List.of("unknown"), "runn", b));
        out.add(refused("an unknown option", List.of("unknown options or arguments --rep 2", "did you mean --reps?"), "run", b,
                "--rep", "2", "--out", "OUT"));
        return out;
    }

    @Test
    void everyCommandHasOptionsThatTakeValues() {
        assertTrue(missingValues().stream().map(c -> c.args().get(0)).distinct().count() >= 12,
                "commands covered: " + missingValues().stream().map(c -> c.args().get(0)).distinct().toList());
    }

    @TestFactory
    Stream<DynamicTest> everyOptionGivenNoValue() {
        return missingValues().stream().map(BadCase::test);
    }

    @TestFactory
    Stream<DynamicTest> valuesThatAreNotWhatTheOptionMeans() {
        return table().stream().map(BadCase::test);
    }
}
