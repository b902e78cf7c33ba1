package org.durand.cli;

import java.io.PrintWriter;

import org.durand.scenario.Problem;
import org.durand.scenario.ScenarioException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code durand} command. Exit codes: 0 success, 2 bad input (with one message per problem,
 * naming file, line, key, value and what is allowed), 1 internal error.
 */
@Command(name = "durand", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Agent-based simulation of tension between two states: governments, militant groups and "
                + "refugees under a scenario.",
        subcommands = {RunCommand.class, ValidateCommand.class, CalibrateCommand.class, CompareCommand.class,
                TableCommand.class, ExamplesCommand.class, BenchCommand.class, ParamsCommand.class, SweepCommand.class,
                MergeCommand.class, GuiCommand.class, BacktestCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Examples (from the project folder; put the durand script on your PATH to type durand alone):",
                "  ./durand run scenarios/baseline.yaml --reps 20 --seed 7",
                "  ./durand validate scenarios/escalation.yaml",
                "  ./durand compare results/baseline results/dialogue --out results/compare"})
public final class Main {

    public static final int BAD_INPUT = 2;
    public static final int INTERNAL = 1;

    public static void main(String[] args) {
        if (args.length == 0 || !"gui".equals(args[0])) {
            System.setProperty("java.awt.headless", "true");
        }
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code (used by tests). */
    public static int execute(String... args) {
        CommandLine cli = commandLine();
        cli.setExecutionExceptionHandler(Main::handle);
        cli.setParameterExceptionHandler((ex, a) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("durand: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return BAD_INPUT;
        });
        return cli.execute(args);
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
            return BAD_INPUT;
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
