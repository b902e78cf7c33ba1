package org.durand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.durand.scenario.Scenario;
import org.durand.scenario.ScenarioException;
import org.durand.scenario.ScenarioReader;

/**
 * Shared fixtures: the project's scenario files (tests run from the project root), overrides
 * that make runs cheap, and writing variants of the baseline into a temporary folder.
 */
public final class TestScenarios {

    /** The scenarios folder of the project. */
    public static final Path SCENARIOS = Path.of("scenarios").toAbsolutePath();
    /** The project folder, where the tests run; messages that name a scenario file name it too. */
    public static final Path PROJECT = SCENARIOS.getParent();
    /** The baseline scenario. */
    public static final Path BASELINE = SCENARIOS.resolve("baseline.yaml");
    /** The targets file the baseline names. */
    public static final Path TARGETS = SCENARIOS.resolve("targets/observed-2024-25.yaml");

    /** Fifty persons per refugee agent instead of one agent per household (≈70,000 agents, not 600,000). */
    public static final String COARSE = "resolution.personsPerAgent=50";
    /** Two hundred persons per refugee agent, for runs where refugees hardly matter. */
    public static final String VERY_COARSE = "resolution.personsPerAgent=200";

    private TestScenarios() {
    }

    /** The text of the baseline file. */
    public static String baselineText() {
        try {
            return Files.readString(BASELINE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code text} to {@code dir/name} and returns the file. */
    public static Path write(Path dir, String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The baseline text with {@code find} (which must occur exactly once) replaced by
     * {@code replacement}.
     */
    public static String baselineWith(String find, String replacement) {
        String text = baselineText();
        int at = text.indexOf(find);
        if (at < 0 || text.indexOf(find, at + 1) >= 0) {
            fail("'" + find + "' must occur exactly once in baseline.yaml");
        }
        return text.replace(find, replacement);
    }

    /**
     * Writes a variant of the baseline (one unique substring replaced) to {@code dir/name}, with
     * a copy of the targets folder beside it so that its relative {@code targets:} entry resolves.
     */
    public static Path baselineVariant(Path dir, String name, String find, String replacement) {
        copyTargets(dir);
        return write(dir, name, baselineWith(find, replacement));
    }

    /** Copies scenarios/targets into {@code dir/targets}. */
    public static void copyTargets(Path dir) {
        try (Stream<Path> files = Files.list(SCENARIOS.resolve("targets"))) {
            Path to = Files.createDirectories(dir.resolve("targets"));
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 1-based number of the line of {@code text} that contains {@code fragment} (which must be unique). */
    public static int lineOf(String text, String fragment) {
        int at = text.indexOf(fragment);
        assertEquals(-1, text.indexOf(fragment, at + 1), "fragment must be unique: " + fragment);
        if (at < 0) {
            fail("no '" + fragment + "' in the text");
        }
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /** The baseline read with {@code overrides}. */
    public static Scenario baseline(String... overrides) {
        return read(BASELINE, overrides);
    }

    /** A scenario file read with {@code overrides}; a problem fails the test with its messages. */
    public static Scenario read(Path file, String... overrides) {
        try {
            return ScenarioReader.read(file, List.of(overrides));
        } catch (ScenarioException e) {
            return fail("scenario should be valid but: " + e.getMessage());
        }
    }

    /**
     * {@code s} with its calendar cut at {@code end}: timeline entries and policy phases after
     * that day are left out. (An override of calendar.end alone is refused because the
     * baseline pins events in 2025.) Used to make runs shorter where later months do not matter.
     */
    public static Scenario truncated(Scenario s, LocalDate end) {
        return new Scenario(s.name(), s.description(), s.start(), end, s.personsPerAgent(), s.provinces(), s.host(),
                s.haven(), s.groups(), s.refugees(),
                s.phases().stream().filter(p -> !p.start().isAfter(end)).toList(), s.crossings(),
                s.timeline().stream().filter(e -> !e.date().isAfter(end)).toList(), s.behaviour(), s.tension(),
                s.targets(), s.parameters(), s.spinUpDays());
    }

    /**
     * {@code text} with each of {@code folders}, then the project folder, replaced by a placeholder:
     * for checks that a message does not say a word, which must not find it in a folder's name (a
     * checkout or a temporary folder may be called anything).
     */
    public static String withoutPaths(String text, Path... folders) {
        String out = text;
        for (Path f : folders) {
            out = out.replace(f.toString(), "<dir>");
        }
        return out.replace(PROJECT.toString(), "<project>");
    }

    /** {@code base} followed by {@code more}. */
    public static String[] plus(String[] base, String... more) {
        List<String> out = new ArrayList<>(Arrays.asList(base));
        out.addAll(Arrays.asList(more));
        return out.toArray(new String[0]);
    }
}
