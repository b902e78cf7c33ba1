package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.durand.Cli;
import org.durand.TestScenarios;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every numeric option of every command, given a value that is not a number, or one just outside
 * its declared {@link Range}, is refused before anything runs: exit 2, the command, the option,
 * the value and what is allowed, in words (no Java type names, no exception class), and nothing
 * written. The cases are generated from the commands' own option declarations, so an option added
 * later is covered too.
 */
class OptionChecksTest {

    @TempDir
    Path dir;

    /** Arguments that make each command's required options and parameters present. */
    static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            Map.entry("run", List.of(TestScenarios.BASELINE.toString())),
            Map.entry("validate", List.of(TestScenarios.BASELINE.toString())),
            Map.entry("calibrate", List.of(TestScenarios.BASELINE.toString(), "--fit",
                    "groups.ttp.attacksPerCellYear=0.1:0.3")),
            Map.entry("backtest", List.of(TestScenarios.BASELINE.toString(), "--fit",
                    "groups.ttp.attacksPerCellYear=0.1:0.3", "--fit-until", "2024-06-30")),
            Map.entry("compare", List.of("a", "b")),
            Map.entry("table", List.of("a")),
            Map.entry("examples", List.of()),
            Map.entry("bench", List.of(TestScenarios.BASELINE.toString())),
            Map.entry("params", List.of()),
            Map.entry("sweep", List.of(TestScenarios.BASELINE.toString(), "--vary",
                    "governments.host.hawkishness=0.3:0.9")),
            Map.entry("merge", List.of("a", "b")),
            Map.entry("gui", List.of()));

    private record Case(String command, OptionSpec option, String value, String expected) {
    }

    private static boolean whole(Class<?> t) {
        return t == int.class || t == Integer.class || t == long.class || t == Long.class;
    }

    private static boolean numeric(Class<?> t) {
        return whole(t) || t == double.class || t == Double.class;
    }

    private static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        CommandLine root = Main.commandLine();
        for (Map.Entry<String, CommandLine> e : root.getSubcommands().entrySet()) {
            if (e.getKey().equals("help")) {
                continue;
            }
            for (OptionSpec o : e.getValue().getCommandSpec().options()) {
                Class<?> t = o.type();
                if (!numeric(t)) {
                    continue;
                }
                String name = o.longestName();
                out.add(new Case(e.getKey(), o, "twelve", name + " twelve: not " + (whole(t) ? "a whole number"
                        : "a number") + "; allowed: "));
                if (whole(t)) {
                    out.add(new Case(e.getKey(), o, "1.5", name + " 1.5: not a whole number; allowed: "));
                    String beyond = t == int.class || t == Integer.class ? "2147483648" : "9223372036854775808";
                    out.add(new Case(e.getKey(), o, beyond, name + " " + beyond + ": "));
                }
                Range r = o.userObject() instanceof Field f ? f.getAnnotation(Range.class) : null;
                if (r != null) {
                    String below = whole(t) ? String.format(Locale.ROOT, "%.0f", r.min() - 1) : Double.toString(r.min() - 0.05);
                    String above = whole(t) ? String.format(Locale.ROOT, "%.0f", r.max() + 1) : Double.toString(r.max() + 0.05);
                    String allowed = "allowed: " + (whole(t) ? "a whole number" : "a number") + " from ";
                    out.add(new Case(e.getKey(), o, below, name + " " + below + ": " + allowed));
                    out.add(new Case(e.getKey(), o, above, name + " " + above + ": " + allowed));
                }
            }
        }
        return out;
    }

    @Test
    void theCommandsDeclareRangesForTheirCounts() {
        long ranged = cases().stream().filter(c -> c.option().userObject() instanceof Field f
                && f.isAnnotationPresent(Range.class)).map(c -> c.command() + c.option().longestName()).distinct().count();
        assertTrue(ranged >= 15, "ranged options across commands: " + ranged);
        assertTrue(cases().size() >= 100, "cases: " + cases().size());
    }

    @TestFactory
    Stream<DynamicTest> everyNumericOptionRefusesWhatItDoesNotAllow() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.command() + " " + c.option().longestName() + " "
                + c.value(), () -> {
            Path out = dir.resolve(c.command() + c.option().longestName() + c.value().hashCode());
            List<String> args = new ArrayList<>(List.of(c.command()));
            args.addAll(REQUIRED.getOrDefault(c.command(), List.of()));
            args.addAll(List.of(c.option().longestName(), c.value()));
            if (c.command().equals("sweep") || c.command().equals("run") || c.command().equals("calibrate")
                    || c.command().equals("backtest") || c.command().equals("merge") || c.command().equals("compare")) {
                args.addAll(List.of("--out", out.toString()));
            }
            Cli.Result r = Cli.run(args.toArray(new String[0]));
            assertEquals(2, r.exit(), r::all);
            assertTrue(r.err().contains("error: durand " + c.command() + ": " + c.expected()), r::all);
            assertFalse(r.err().matches("(?s).*\\b(int|long|double|Integer|Long|Double)\\b.*"), "no Java types: " + r.err());
            assertFalse(r.err().contains("Exception"), r::all);
            assertFalse(Files.exists(out), "nothing written");
        }));
    }

    @Test
    void allOfACommandLinesProblemsAreSaidAtOnce() {
        Cli.Result r = Cli.run("backtest", TestScenarios.BASELINE.toString(), "--fit", "groups.ttp.attacksPerCellYear",
                "--fit-until", "2024-06-30", "--reps", "0", "--particles", "3", "--threads", "0", "--quantile", "two",
                "--bogus");
        assertEquals(2, r.exit(), r::all);
        for (String said : List.of("--reps 0: allowed: a whole number from 1 to 1000",
                "--particles 3: allowed: a whole number from 10 to 100000",
                "--threads 0: allowed: a whole number from 1 to 1024",
                "--quantile two: not a number; allowed: a number from 0.1 to 0.9",
                "unknown option or argument --bogus")) {
            assertTrue(r.err().contains("error: durand backtest: " + said), said + "\n" + r.all());
        }
        assertTrue(r.err().contains("5 problems in the command line; nothing was run."), r::all);
    }

    @Test
    void aMissingFolderOfCompareIsSaidInWords() {
        Cli.Result r = Cli.run("compare", "results/a", "--out", dir.resolve("c").toString());
        assertEquals(2, r.exit(), r::all);
        assertTrue(r.err().contains("error: durand compare: missing at least 2 DIR"), r::all);
        assertFalse(r.err().contains("positional parameter"), r::all);
    }
}
