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
 * The command line's own words: a whole number too large (or too small) for an option is said to
 * be so, with the range allowed, for every whole-number option of every command (generated from
 * their declarations); {@code durand} alone lists the commands; an unknown command is answered
 * with near matches by edit distance only, else with the list of commands.
 */
class CommandLineWordsTest {

    @TempDir
    Path dir;

    private static boolean whole(Class<?> t) {
        return t == int.class || t == Integer.class || t == long.class || t == Long.class;
    }

    @TestFactory
    Stream<DynamicTest> aWholeNumberBeyondItsTypeIsTooLargeOrTooSmall() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, CommandLine> e : Main.commandLine().getSubcommands().entrySet()) {
            if (e.getKey().equals("help")) {
                continue;
            }
            for (OptionSpec o : e.getValue().getCommandSpec().options()) {
                if (!whole(o.type())) {
                    continue;
                }
                Range r = o.userObject() instanceof Field f ? f.getAnnotation(Range.class) : null;
                boolean isInt = o.type() == int.class || o.type() == Integer.class;
                String allowed = "allowed: a whole number from " + (r != null
                        ? String.format(Locale.ROOT, "%.0f to %.0f", r.min(), r.max())
                        : isInt ? Integer.MIN_VALUE + " to " + Integer.MAX_VALUE : Long.MIN_VALUE + " to " + Long.MAX_VALUE);
                for (String value : List.of("99999999999999999999", "-99999999999999999999")) {
                    String name = o.longestName();
                    String said = name + " " + value + ": " + (value.startsWith("-") ? "too small" : "too large") + "; "
                            + allowed;
                    tests.add(DynamicTest.dynamicTest(e.getKey() + " " + name + " " + value, () -> {
                        Path out = dir.resolve(e.getKey() + name + value.length() + value.charAt(0));
                        List<String> args = new ArrayList<>(List.of(e.getKey()));
                        args.addAll(OptionChecksTest.REQUIRED.getOrDefault(e.getKey(), List.of()));
                        args.addAll(List.of(name + "=" + value));
                        if (e.getValue().getCommandSpec().findOption("--out") != null) {
                            args.addAll(List.of("--out", out.toString()));
                        }
                        Cli.Result res = Cli.run(args.toArray(new String[0]));
                        assertEquals(2, res.exit(), res::all);
                        assertTrue(res.err().contains("error: durand " + e.getKey() + ": " + said), said + "\n"
                                + res.all());
                        assertFalse(res.err().contains("not a whole number"), res::all);
                        assertFalse(Files.exists(out), "nothing written");
                    }));
                }
            }
        }
        assertTrue(tests.size() >= 40, "whole-number options across the commands: " + tests.size() / 2);
        return tests.stream();
    }

    @Test
    void durandAloneListsTheCommands() {
        Cli.Result r = Cli.run();
        assertEquals(2, r.exit(), r::all);
        assertFalse(r.err().contains("Missing required subcommand"), r::all);
        assertTrue(r.err().contains("no command given"), r::all);
        for (String command : List.of("run", "validate", "calibrate", "compare", "table", "examples", "bench",
                "params", "sweep", "merge", "gui", "backtest")) {
            assertTrue(r.err().contains("\n  " + command + " "), command + " listed\n" + r.all());
        }
    }

    @Test
    void anUnknownCommandGetsOnlyNearMatches() {
        Cli.Result far = Cli.run("frobnicate");
        assertEquals(2, far.exit(), far::all);
        assertTrue(far.err().contains("unknown command 'frobnicate'; the commands are run, validate, calibrate, compare,"
                + " table, examples, bench, params, sweep, merge, gui, backtest, help"), far::all);
        assertFalse(far.err().contains("did you mean"), far::all);
        for (String[] near : new String[][] {{"rnu", "run"}, {"valdiate", "validate"}, {"gu", "gui"},
            {"calibrat", "calibrate"}, {"sweeps", "sweep"}}) {
            Cli.Result r = Cli.run(near[0], "x");
            assertEquals(2, r.exit(), r::all);
            assertTrue(r.err().contains("unknown command '" + near[0] + "'; did you mean " + near[1] + "?"), r::all);
        }
        Cli.Result help = Cli.run("help", "frob");
        assertEquals(2, help.exit(), help::all);
        assertTrue(help.err().contains("unknown command 'frob'; the commands are run,"), help::all);
    }

    @Test
    void anUnknownOptionGetsOnlyNearMatches() {
        Cli.Result r = Cli.run("run", TestScenarios.BASELINE.toString(), "--sed", "3");
        assertTrue(r.err().contains("unknown options or arguments --sed 3; did you mean --set or --seed?"), r::all);
        Cli.Result far = Cli.run("run", TestScenarios.BASELINE.toString(), "--frobnicate");
        assertEquals(2, far.exit(), far::all);
        assertFalse(far.err().contains("did you mean"), far::all);
        assertTrue(Suggestions.near("--out-dir", List.of("--out", "--force", "--reps")).equals(List.of("--out")),
                "the start of another name is near");
    }
}
