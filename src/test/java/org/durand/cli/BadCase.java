package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.durand.Cli;
import org.junit.jupiter.api.DynamicTest;

/**
 * One case of the bad-input suite: a command line that must be refused, the fragments its message
 * must hold (the file and line with the key, or the option; the value; what is allowed), and the
 * folder in which the command must leave nothing new.
 *
 * <p>{@link #check()} asserts what every refusal owes the user: exit code 2; each fragment in what
 * the command printed; no Java word (an exception's class, a type such as {@code long} or
 * {@code int}, {@code null}, a {@code java.} name) and no stack trace; and, in the watched folder,
 * exactly the files and folders that were there before.
 *
 * @param name    what the case tries, for the test's display name
 * @param args    the command line, without {@code durand}
 * @param said    fragments the error output must contain, each verbatim
 * @param watched the folder that must hold the same paths after the command as before
 */
record BadCase(String name, List<String> args, List<String> said, Path watched) {

    /** Words of Java rather than of the user's problem. */
    static final Pattern JAVA_WORDS = Pattern.compile("\\b(\\w*Exception|\\w*Error\\b(?<!\\berror)|NumberFormat|int|"
            + "long|double(?!-quote)|float|Integer|Long|Double|null|java\\.\\w+|javax\\.\\w+)\\b");
    /** A stack trace's frame, or its cause line. */
    private static final Pattern STACK = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(|^Caused by: ");

    BadCase {
        args = List.copyOf(args);
        said = List.copyOf(said);
    }

    /** The case as a test named by its {@link #name}. */
    DynamicTest test() {
        return DynamicTest.dynamicTest(name, this::check);
    }

    /** Runs the command in-process and asserts the refusal; returns what it said, for further checks. */
    Cli.Result check() {
        Set<String> before = paths(watched);
        Cli.Result r = Cli.run(args.toArray(new String[0]));
        assertEquals(2, r.exit(), () -> name + ": exit code of " + String.join(" ", args) + "\n" + r.all());
        for (String s : said) {
            assertTrue(r.err().contains(s), () -> name + ": expected '" + s + "' in the message of " + String.join(" ", args)
                    + "\n" + r.all());
        }
        Matcher java = JAVA_WORDS.matcher(r.err() + r.out());
        if (java.find()) {
            fail(name + ": a Java word '" + java.group() + "' in the message of " + String.join(" ", args) + "\n" + r.all());
        }
        assertTrue(!STACK.matcher(r.err()).find(), () -> "a stack trace\n" + r.all());
        assertTrue(!r.err().contains("internal error"), r::all);
        Set<String> after = paths(watched);
        if (!after.equals(before)) {
            Set<String> added = new TreeSet<>(after);
            added.removeAll(before);
            Set<String> gone = new TreeSet<>(before);
            gone.removeAll(after);
            fail(name + ": the command changed " + watched + ": added " + added + ", removed " + gone + "\n" + r.all());
        }
        return r;
    }

    /** Every file and folder under {@code dir}, relative, {@code /} separators; empty when it is missing. */
    static Set<String> paths(Path dir) {
        Set<String> out = new TreeSet<>();
        if (!Files.exists(dir)) {
            return out;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.forEach(p -> out.add(dir.relativize(p).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Builds the arguments of a case: {@code command}, then the rest, skipping nulls. */
    static List<String> line(String command, String... rest) {
        List<String> out = new ArrayList<>(List.of(command));
        for (String s : rest) {
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }
}
