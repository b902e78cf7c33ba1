package org.durand.cli;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * One place where a command line's own problems are found and said, for every command: all of
 * them at once, each naming the option, the value given and what is allowed, in words rather than
 * Java's types ("a whole number from 1 to 100000", not "is not an int").
 *
 * <p>The parser collects its errors instead of stopping at the first ({@link #install}); before a
 * command runs, the {@link Range} of every option it was given is checked too. Problems that
 * depend on several options together, or on files, are found by the commands themselves.
 */
final class OptionChecks {

    /** Picocli's words for an unknown command given to {@code help}. */
    private static final java.util.regex.Pattern UNKNOWN_SUBCOMMAND =
            java.util.regex.Pattern.compile("Unknown subcommand '(.*)'\\.");
    /** A whole number in digits, with an optional sign. */
    private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("[-+]?\\d+");

    private OptionChecks() {
    }

    /** Makes {@code cli} and its subcommands collect parse errors and check ranges before running. */
    static void install(CommandLine cli) {
        cli.getCommandSpec().parser().collectErrors(true);
        cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().parser().collectErrors(true));
        CommandLine.IExecutionStrategy run = new CommandLine.RunLast();
        cli.setExecutionStrategy(parsed -> {
            List<String> problems = problems(parsed);
            if (!problems.isEmpty()) {
                CommandLine cmd = last(parsed).commandSpec().commandLine();
                throw new Problems(cmd, problems);
            }
            return run.execute(parsed);
        });
    }

    /** The parser's errors and the range violations of the innermost command, in the order given. */
    static List<String> problems(ParseResult parsed) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();   // the parser may report one error twice
        for (ParseResult r = parsed; r != null; r = r.subcommand()) {
            boolean positionalMissing = r.errors().stream().anyMatch(e -> e instanceof CommandLine.MissingParameterException mp
                    && mp.getMissing().stream().anyMatch(a -> a instanceof PositionalParamSpec));
            for (Exception e : r.errors()) {
                // too few positional arguments: the parser also reports those given as unmatched, though
                // they are the very arguments it counted; the missing ones are the problem
                if (positionalMissing && e instanceof CommandLine.UnmatchedArgumentException ua
                        && ua.getUnmatched().stream().noneMatch(a -> a.startsWith("-"))) {
                    continue;
                }
                out.add(describe(e));
            }
            for (OptionSpec o : r.matchedOptions()) {
                Range range = range(o);
                Object value = o.getValue();
                if (range != null && value instanceof Number n && !(n.doubleValue() >= range.min()
                        && n.doubleValue() <= range.max())) {
                    out.add(o.longestName() + " " + r.matchedOption(o.longestName()).stringValues().get(0)
                            + ": allowed: " + allowed(o, range));
                }
            }
        }
        return List.copyOf(out);
    }

    private static ParseResult last(ParseResult parsed) {
        ParseResult r = parsed;
        while (r.subcommand() != null) {
            r = r.subcommand();
        }
        return r;
    }

    /** A parse error in words: the option or parameter, the value and what is allowed. */
    static String describe(Exception e) {
        if (e instanceof ParameterException pe && pe.getArgSpec() != null && pe.getValue() != null
                && pe.getCause() instanceof CommandLine.TypeConversionException) {
            ArgSpec a = pe.getArgSpec();
            String value = pe.getValue();
            // a whole number written in digits that the option's type cannot hold is whole, just too far out
            String wrong = whole(a) && WHOLE.matcher(value.trim()).matches()
                    ? (value.trim().startsWith("-") ? "too small" : "too large") : "not " + kind(a);
            return name(a) + " " + value + ": " + wrong + "; allowed: " + allowed(a, range(a));
        }
        if (e instanceof CommandLine.MissingParameterException mp && mp.getMissing().size() == 1
                && mp.getMissing().get(0) instanceof OptionSpec o && String.valueOf(mp.getMessage())
                .startsWith("Missing required parameter for option")) {
            // the option was typed, its value was not
            return o.longestName() + ": no value given; allowed: " + allowed(o, range(o));
        }
        if (e instanceof CommandLine.MissingParameterException mp) {
            List<String> missing = new ArrayList<>();
            for (ArgSpec a : mp.getMissing()) {
                if (a instanceof PositionalParamSpec p) {
                    int needed = p.arity().min();
                    missing.add(needed > 1 ? "at least " + needed + " " + p.paramLabel() + " (" + firstSentence(p)
                            + ")" : p.paramLabel() + " (" + firstSentence(p) + ")");
                } else {
                    missing.add(name(a) + " " + a.paramLabel());
                }
            }
            return "missing " + String.join(" and ", missing) + "; see '" + mp.getCommandLine().getCommandSpec()
                    .qualifiedName() + " --help'";
        }
        if (e instanceof CommandLine.UnmatchedArgumentException ua) {
            List<String> unknown = ua.getUnmatched();
            CommandLine cmd = ua.getCommandLine();
            if (!cmd.getSubcommands().isEmpty() && !unknown.isEmpty() && !unknown.get(0).startsWith("-")) {
                return unknownCommand(unknown.get(0), cmd);
            }
            List<String> suggestions = unknown.isEmpty() || !unknown.get(0).startsWith("-") ? List.of()
                    : Suggestions.near(unknown.get(0).split("=", 2)[0], cmd.getCommandSpec().options().stream()
                            .map(OptionSpec::longestName).toList());
            return (unknown.size() == 1 ? "unknown option or argument " : "unknown options or arguments ")
                    + String.join(" ", unknown) + (suggestions.isEmpty() ? "" : "; did you mean "
                    + String.join(" or ", suggestions) + "?") + "; the options are listed by '"
                    + cmd.getCommandSpec().qualifiedName() + " --help'";
        }
        java.util.regex.Matcher help = UNKNOWN_SUBCOMMAND.matcher(String.valueOf(e.getMessage()));
        if (e instanceof ParameterException pe && help.matches()) {   // durand help frob
            CommandLine c = pe.getCommandLine();
            CommandLine parent = c.getSubcommands().isEmpty() ? c.getParent() : c;
            if (parent != null) {
                return unknownCommand(help.group(1), parent);
            }
        }
        return String.valueOf(e.getMessage());
    }

    /** "unknown command": the near matches among {@code parent}'s commands, else all of them. */
    private static String unknownCommand(String wrong, CommandLine parent) {
        List<String> commands = List.copyOf(parent.getSubcommands().keySet());
        List<String> near = Suggestions.near(wrong, commands);
        String root = parent.getCommandSpec().qualifiedName();
        return "unknown command '" + wrong + "'; " + (near.isEmpty()
                ? "the commands are " + String.join(", ", commands)
                : "did you mean " + String.join(" or ", near) + "?") + " ('" + root + " --help' says what each does)";
    }

    private static String name(ArgSpec a) {
        return a instanceof OptionSpec o ? o.longestName() : a.paramLabel();
    }

    private static String firstSentence(PositionalParamSpec p) {
        String d = p.description().length == 0 ? "" : p.description()[0];
        int dot = d.indexOf(". ");
        return (dot > 0 ? d.substring(0, dot) : d.replaceAll("\\.$", "")).toLowerCase(Locale.ROOT);
    }

    private static Range range(ArgSpec a) {
        Object field = a.userObject();
        return field instanceof Field f ? f.getAnnotation(Range.class) : null;
    }

    /** Whether {@code a} takes a whole number. */
    private static boolean whole(ArgSpec a) {
        Class<?> t = a.type();
        return t == int.class || t == Integer.class || t == long.class || t == Long.class;
    }

    private static String kind(ArgSpec a) {
        Class<?> t = a.type();
        if (whole(a)) {
            return "a whole number";
        }
        if (t == double.class || t == Double.class) {
            return "a number";
        }
        if (t.isEnum()) {
            return "one of the choices";
        }
        return "a " + t.getSimpleName().toLowerCase(Locale.ROOT);
    }

    /** What an option allows: its {@link Range}, else the whole range of its type, in words. */
    static String allowed(ArgSpec a, Range range) {
        Class<?> t = a.type();
        boolean whole = whole(a);
        String reason = range == null || range.reason().isEmpty() ? "" : " (" + range.reason() + ")";
        if (range != null) {
            return (whole ? "a whole number" : "a number") + " from " + number(range.min(), whole) + " to "
                    + number(range.max(), whole) + reason;
        }
        if (t == int.class || t == Integer.class) {
            return "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (t == long.class || t == Long.class) {
            return "a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        if (t == double.class || t == Double.class) {
            return "a decimal number such as 0.5 or 1e-3";
        }
        if (t.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object c : t.getEnumConstants()) {
                names.add(c.toString());
            }
            return String.join(", ", names);
        }
        if (t == java.time.LocalDate.class) {
            return "a date written YYYY-MM-DD, e.g. 2024-06-30";
        }
        // the form, and the description's first sentence (one ends where a capital letter follows)
        String d = (a.description().length == 0 ? "" : a.description()[0]).split("\\.\\s+(?=[A-Z])")[0]
                .replaceAll("\\.$", "").replace("${DEFAULT-VALUE}", String.valueOf(a.defaultValue()));
        return a.paramLabel() + (d.isEmpty() ? "" : " (" + d + ")");
    }

    private static String number(double v, boolean whole) {
        return whole || v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : Double.toString(v);
    }

    /** Every problem of a command line, said together; exit code 2. */
    static final class Problems extends ParameterException {
        private static final long serialVersionUID = 1L;
        private final List<String> problems;

        Problems(CommandLine cmd, List<String> problems) {
            super(cmd, String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        /** One line per problem. */
        List<String> problems() {
            return problems;
        }
    }
}
