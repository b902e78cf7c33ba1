package org.durand.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.durand.scenario.Problem;
import org.durand.scenario.ScenarioException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code durand} command. Exit codes: 0 success, 1 internal error, 2 bad input (with one
 * message per problem, naming file, line, key, value and what is allowed), 3 the heap or the disk
 * ran out ({@link Faults}); 130 and 143 when interrupted by SIGINT or SIGTERM, with a line that
 * says what the output folder keeps.
 */
@Command(name = "durand", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Agent-based simulation of tension between two states: governments, militant groups and "
                + "refugees under a scenario.", "",
                "Exit codes: 0 done; 1 internal error; 2 bad input (each problem named); 3 the heap or the disk ran "
                + "out; 130 and 143 interrupted (SIGINT, SIGTERM). A command that fails or is interrupted leaves its "
                + "output folder as it was (a sweep keeps the runs written so far: resume it with --resume)."},
        subcommands = {RunCommand.class, ValidateCommand.class, CalibrateCommand.class, CompareCommand.class,
                TableCommand.class, ExamplesCommand.class, BenchCommand.class, ParamsCommand.class, SweepCommand.class,
                MergeCommand.class, GuiCommand.class, BacktestCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Examples (from the project folder; put the durand script on your PATH to type durand alone):",
                "  ./durand run scenarios/baseline.yaml --reps 20 --seed 7",
                "  ./durand validate scenarios/escalation.yaml",
                "  ./durand compare results/baseline results/dialogue --out results/compare"})
public final class Main implements java.util.concurrent.Callable<Integer> {

    public static final int BAD_INPUT = 2;
    public static final int INTERNAL = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * {@code durand} without a command: the usage with the list of commands, as {@code --help}
     * prints it, on the error stream; exit code 2.
     */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("durand: no command given; give one of the commands below.");
        err.println();
        spec.commandLine().usage(err);
        err.flush();
        return BAD_INPUT;
    }

    public static void main(String[] args) {
        if (args.length == 0 || !"gui".equals(args[0])) {
            System.setProperty("java.awt.headless", "true");
        }
        AtomicBoolean returned = new AtomicBoolean();
        Thread notice = new Thread(() -> {
            if (!returned.get()) {
                Faults.stopping();
                System.err.println(Faults.interrupted());
            }
        }, "durand-interrupted");
        Runtime.getRuntime().addShutdownHook(notice);
        int code = execute(args);
        returned.set(true);
        System.exit(code);
    }

    /** Runs the command line and returns its exit code (used by tests). */
    public static int execute(String... args) {
        CommandLine cli = commandLine();
        cli.setExecutionExceptionHandler(Main::handle);
        cli.setParameterExceptionHandler((ex, a) -> {
            CommandLine cmd = ex.getCommandLine();
            PrintWriter err = cmd.getErr();
            String name = cmd.getCommandSpec().qualifiedName();
            List<String> problems = ex instanceof OptionChecks.Problems p ? p.problems()
                    : List.of(OptionChecks.describe(ex));
            for (String problem : problems) {
                err.println("error: " + name + ": " + problem);
            }
            err.println((problems.size() == 1 ? "1 problem" : problems.size() + " problems") + " in the command line; "
                    + "nothing was run. Try '" + name + " --help'.");
            return BAD_INPUT;
        });
        OptionChecks.install(cli);
        Faults.reset();
        try {
            return cli.execute(args);
        } catch (VirtualMachineError e) {
            // an Error thrown by a command passes picocli's handlers; the heap is what runs out
            PrintWriter err = cli.getErr();
            int code = Faults.report(e, err);
            if (code < 0) {
                err.println("durand: internal error: " + e);
                code = INTERNAL;
            }
            err.flush();
            return code;
        }
    }

    /**
     * The command line with every command's footer (its examples) printed line for line, never
     * wrapped at the usage width, so that each example can be copied as one command.
     */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        unwrapFooters(cli);
        return cli;
    }

    private static void unwrapFooters(CommandLine cmd) {
        cmd.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, help -> {
            StringBuilder sb = new StringBuilder();
            for (String line : help.commandSpec().usageMessage().footer()) {
                sb.append(line).append(System.lineSeparator());
            }
            return sb.toString();
        });
        cmd.getSubcommands().values().forEach(Main::unwrapFooters);
    }

    private static int handle(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (ex instanceof ScenarioException se) {
            for (Problem p : se.problems()) {
                err.println("error: " + p.describe());
            }
            err.println(se.problems().size() == 1 ? "1 problem; nothing was run." : se.problems().size()
                    + " problems; nothing was run.");
            return BAD_INPUT;
        }
        if (ex instanceof BadInput bi) {
            err.println("error: " + bi.getMessage());
            err.println("1 problem; nothing was run.");
            return BAD_INPUT;
        }
        if (Faults.isStopping()) {
            return INTERNAL;   // interrupted: the shutdown hook has said so; this is its consequence
        }
        int resources = Faults.report(ex, err);
        if (resources >= 0) {
            return resources;
        }
        err.println("durand: internal error: " + ex);
        if (System.getenv("DURAND_DEBUG") != null) {
            ex.printStackTrace(err);
        } else {
            err.println("(set DURAND_DEBUG=1 to see the stack trace)");
        }
        return INTERNAL;
    }

    /** Bad input found outside scenario files (folders, option combinations). */
    public static final class BadInput extends Exception {
        private static final long serialVersionUID = 1L;

        public BadInput(String message) {
            super(message);
        }
    }

    /** Version from the build. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"durand " + org.durand.io.Version.current(), "Java " + System.getProperty("java.version")};
        }
    }
}
