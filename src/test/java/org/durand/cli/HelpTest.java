package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** Every --help example is one line, as the launcher is typed in the project folder, and parses. */
class HelpTest {

    @Test
    void everyExampleIsOneUnwrappedCommandThatParses() {
        CommandLine root = Main.commandLine();
        List<CommandLine> commands = new ArrayList<>(List.of(root));
        for (Map.Entry<String, CommandLine> e : root.getSubcommands().entrySet()) {
            if (!e.getKey().equals("help")) {
                commands.add(e.getValue());
            }
        }
        int examples = 0;
        for (CommandLine cmd : commands) {
            java.io.PrintStream err = System.err;
            java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
            System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
            String usage;
            try {
                usage = cmd.getUsageMessage(CommandLine.Help.Ansi.OFF);
            } finally {
                System.setErr(err);
            }
            String name = cmd.getCommandSpec().qualifiedName();
            assertEquals("", warnings.toString(java.nio.charset.StandardCharsets.UTF_8), name + " --help formats "
                    + "without warnings (a '%' in a description must be written '%%')");
            List<String> lines = usage.lines().toList();
            int heading = lines.indexOf(lines.stream().filter(l -> l.startsWith("Example")).findFirst().orElse(""));
            assertTrue(heading >= 0, name + " --help has examples:\n" + usage);
            List<String> shown = lines.subList(heading + 1, lines.size()).stream().filter(l -> !l.isBlank()).toList();
            assertFalse(shown.isEmpty(), name);
            for (String line : shown) {
                assertTrue(line.startsWith("  ./durand "), name + ": an example is one line starting with "
                        + "'./durand': " + line);
                assertFalse(line.endsWith("\\"), name + ": no continued lines: " + line);
                String[] words = line.trim().split(" +");
                String[] args = Arrays.copyOfRange(words, 1, words.length);
                assertDoesNotThrow(() -> Main.commandLine().parseArgs(args), name + ": the example parses: " + line);
                examples++;
            }
        }
        assertTrue(examples >= commands.size(), "at least one example a command");
    }
}
