package org.durand.scenario;

import static org.durand.TestScenarios.baselineVariant;
import static org.durand.TestScenarios.baselineWith;
import static org.durand.TestScenarios.lineOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.durand.Cli;
import org.durand.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of broken scenario is refused with exit code 2 (or a ScenarioException) and a
 * message naming the file, the line, the key path, the value and what is allowed.
 */
class MalformedScenarioTest {

    /**
     * How long refusing a file that would expand may take: it is refused in milliseconds; the bound
     * catches an expansion (minutes, or the whole heap) and leaves room for a busy machine.
     */
    private static final Duration EXPANSION_BOUND = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    // ---- helpers ----------------------------------------------------------------------

    private static ScenarioException refused(Path file, String... overrides) {
        return assertThrows(ScenarioException.class, () -> ScenarioReader.read(file, List.of(overrides)),
                "scenario should be refused: " + file);
    }

    /** The one problem about {@code key}; fails listing all problems if there is none or several. */
    private static Problem problemAt(ScenarioException e, String key) {
        List<Problem> found = e.problems().stream().filter(p -> p.key().equals(key)).toList();
        assertEquals(1, found.size(), () -> "expected one problem about '" + key + "' among:\n" + e.getMessage());
        return found.get(0);
    }

    private static Cli.Result validateRefused(String... args) {
        Cli.Result r = Cli.run(TestScenarios.plus(new String[] {"validate"}, args));
        assertEquals(2, r.exit(), r::all);
        assertFalse(r.out().contains("ok"), r::all);
        assertTrue(r.err().contains("nothing was run"), r::all);
        return r;
    }

    private static void assertContains(String haystack, String... needles) {
        for (String n : needles) {
            assertTrue(haystack.contains(n), () -> "expected '" + n + "' in:\n" + haystack);
        }
    }

    // ---- malformed YAML ---------------------------------------------------------------

    /** Validates the baseline with {@code good} replaced by {@code bad}: one error, at the line of {@code bad}. */
    private void oneErrorAtTheLine(String name, String good, String bad, String... expected) {
        Path file = baselineVariant(dir, name, good, bad);
        int line = lineOf(baselineWith(good, bad), bad);
        Cli.Result r = validateRefused(file.toString());
        assertContains(r.err(), "error: " + file + " line " + line + ": " + String.join("", expected)
                .replace("{-1}", String.valueOf(line - 1)).replace("{+1}", String.valueOf(line + 1)));
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("error:")).count(), r::all);
    }

    @Test
    void badIndentationIsMalformedYamlWithItsLine() {
        oneErrorAtTheLine("indent.yaml", "    cellSize: 25             # fighters per cell; assumption: small",
                "      cellSize: 25             # fighters per cell; assumption: small",
                "key 'cellSize': malformed YAML: this line starts in column 7, right of the key above it ('fighters', "
                        + "line {-1}, column 5)");
    }

    @Test
    void aKeyMovedLeftIsNamedAtItsOwnLineWithBothColumns() {
        // the parser trips over the next line; the message names the key that moved, at its line
        oneErrorAtTheLine("left.yaml", "    opsPressureGain: 1.0", "  opsPressureGain: 1.0",
                "key 'opsPressureGain': malformed YAML: this key starts in column 3, left of the keys around "
                        + "it (column 5 on lines {-1} and {+1})");
        assertNull(YamlLoader.misaligned("a:\n  b: 1\n  c: 2\n", "f", 3, "expected <block end>, but found "
                + "'<block mapping start>'"), "aligned keys: the parser's own message stands");
        assertNull(YamlLoader.misaligned("a: 1\n  b: 2\n", "f", 2, "mapping values are not allowed here"),
                "another problem: the parser's own message stands");
    }

    @Test
    void unclosedBracketIsMalformedYamlNearItsLine() {
        String good = "kp: {name: Khyber Pakhtunkhwa, x: 72, y: 80}";
        String bad = "kp: {name: Khyber Pakhtunkhwa, x: 72, y: 80    ";
        Path file = baselineVariant(dir, "bracket.yaml", good, bad);
        int line = lineOf(baselineWith(good, bad), bad);
        ScenarioException e = refused(file);
        assertEquals(1, e.problems().size(), e::getMessage);
        Problem p = e.problems().get(0);
        assertContains(p.message(), "malformed YAML");
        // the parser notices the missing '}' where the next token appears: this line or the next
        assertTrue(p.where().equals(file + " line " + line) || p.where().equals(file + " line " + (line + 1)),
                p::describe);
        assertContains(p.message(), "'}'");
    }

    @Test
    void unclosedListBracketIsRefusedByValidate() {
        String bad = "    targets: [undocumented\n";
        String good = "    targets: [undocumented]  # status ids\n";   // the undocumented phase's line
        Path file = baselineVariant(dir, "list.yaml", good, bad);
        int line = lineOf(baselineWith(good, bad), "targets: [undocumented\n");
        Cli.Result r = validateRefused(file.toString());
        assertContains(r.err(), file.toString(), "malformed YAML");
        assertTrue(r.err().contains(" line " + line + ":") || r.err().contains(" line " + (line + 1) + ":"), r::all);
    }

    // ---- keys, types and ranges ---------------------------------------------------------

    @Test
    void misspeltKeyIsNamedWithItsLineAndTheNearestKey() {
        String bad = "    figthers: 6500 ";
        Path file = baselineVariant(dir, "misspelt.yaml", "    fighters: 6500 ", bad);
        int line = lineOf(baselineWith("    fighters: 6500 ", bad), bad);
        Cli.Result r = validateRefused(file.toString());
        assertContains(r.err(), "error: " + file + " line " + line + ": key 'groups.ttp.figthers': unknown key",
                "did you mean 'fighters'?");

        Problem p = problemAt(refused(file), "groups.ttp.figthers");
        assertEquals(file + " line " + line, p.where());
        assertContains(p.message(), "unknown key", "did you mean 'fighters'?", "allowed here:", "cellSize");
        // the key it replaced is now missing, and that is said too
        assertContains(problemAt(refused(file), "groups.ttp.fighters").message(), "missing");
    }

    @Test
    void misspeltKeyInAFileThatExtendsTheBaselineIsReportedInThatFile() {
        Path file = TestScenarios.write(dir, "child.yaml", String.join("\n",
                "extends: " + TestScenarios.BASELINE,
                "targets: ''",
                "governments:",
                "  haven:",
                "    hawkishnes: 0.9",
                ""));
        Problem p = problemAt(refused(file), "governments.haven.hawkishnes");
        assertEquals(file + " line 5", p.where());
        assertContains(p.message(), "unknown key", "did you mean 'hawkishness'?");
    }

    /** A calendar that ends before it starts is one mistake, said once, not again at every dated entry. */
    @Test
    void aReversedCalendarIsOneProblem() {
        Path file = TestScenarios.write(dir, "reversed.yaml", String.join("\n",
                "extends: " + TestScenarios.BASELINE,
                "calendar: {start: 2026-01-01, end: 2025-01-01, spinUpDays: 365}",
                "timeline:",
                "  monthly-visit: {date: 2025-06-01, type: visit, actor: host, every: 30}",
                ""));
        List<Problem> problems = refused(file).problems();
        assertEquals(1, problems.size(), problems::toString);
        assertEquals("calendar.end", problems.get(0).key());
        assertContains(problems.get(0).message(), "must be after calendar.start (2026-01-01)");
    }

    @Test
    void textWhereANumberIsExpected() {
        String bad = "    fighters: many ";
        Path file = baselineVariant(dir, "type.yaml", "    fighters: 6500 ", bad);
        int line = lineOf(baselineWith("    fighters: 6500 ", bad), bad);
        Problem p = problemAt(refused(file), "groups.ttp.fighters");
        assertEquals(file + " line " + line, p.where());
        assertEquals("many", p.value());
        assertContains(p.message(), "must be a whole number (such as 12)", "between 0 and 10000000");
        assertContains(p.describe(), file.toString(), "line " + line, "'groups.ttp.fighters'", "'many'");
    }

    @Test
    void trustAboveOneIsOutOfRangeAndTheRangeIsStated() {
        String bad = "    trust: 1.5 ";
        Path file = baselineVariant(dir, "range.yaml", "    trust: 0.35 ", bad);
        int line = lineOf(baselineWith("    trust: 0.35 ", bad), bad);
        Problem p = problemAt(refused(file), "governments.host.trust");
        assertEquals(file + " line " + line, p.where());
        assertEquals("1.5", p.value());
        assertContains(p.message(), "out of range");
        assertContains(p.message(), "between 0 and 1");
    }

    @Test
    void endBeforeStart() {
        String bad = "  end: 2022-10-01 ";
        Path file = baselineVariant(dir, "calendar.yaml", "  end: 2026-12-31 ", bad);
        int line = lineOf(baselineWith("  end: 2026-12-31 ", bad), bad);
        Cli.Result r = validateRefused(file.toString());
        assertContains(r.err(), "error: " + file + " line " + line
                + ": key 'calendar.end' = '2022-10-01': must be after calendar.start (2023-01-01)");
    }

    @Test
    void negativePersons() {
        String bad = "persons: -1300000       # UNHCR";
        Path file = baselineVariant(dir, "persons.yaml", "persons: 1300000       # UNHCR", bad);
        int line = lineOf(baselineWith("persons: 1300000       # UNHCR", bad), bad);
        Problem p = problemAt(refused(file), "refugees.statuses.por.persons");
        assertEquals(file + " line " + line, p.where());
        assertEquals("-1300000", p.value());
        assertContains(p.message(), "out of range", "0", "1000000000");
    }

    @Test
    void emptyPopulation() {
        Cli.Result r = validateRefused(TestScenarios.BASELINE.toString(),
                "--set", "refugees.statuses.por.persons=0",
                "--set", "refugees.statuses.acc.persons=0",
                "--set", "refugees.statuses.undocumented.persons=0");
        assertContains(r.err(), "baseline.yaml line ", "key 'refugees.statuses'", "the refugee population is empty",
                "persons > 0");
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("error:")).count(), r::all);
    }

    @Test
    void provinceSharesNotSummingToOne() {
        String bad = "provinces: {kp: 0.62, balochistan: 0.24";
        Path file = baselineVariant(dir, "shares.yaml", "provinces: {kp: 0.52, balochistan: 0.24", bad);
        int line = lineOf(baselineWith("provinces: {kp: 0.52, balochistan: 0.24", bad), bad);
        Problem p = problemAt(refused(file), "refugees.provinces");
        assertEquals(file + " line " + line, p.where());
        assertEquals("1.100", p.value());
        assertContains(p.message(), "must sum to 1");
    }

    @Test
    void phaseTargetingAnUnknownStatusSuggestsTheNearest() {
        String good = "    targets: [undocumented]  # status ids\n";
        String bad = "    targets: [undocumentd]\n";
        Path file = baselineVariant(dir, "phase.yaml", good, bad);
        int line = lineOf(baselineWith(good, bad), bad);
        Problem p = problemAt(refused(file), "phases.undocumented.targets");
        assertEquals(file + " line " + line, p.where());
        assertEquals("undocumentd", p.value());
        assertContains(p.message(), "allowed: por, acc, undocumented", "did you mean 'undocumented'?");
    }

    @Test
    void closureOfAnUnknownCrossing() {
        String bad = "    crossing: chamn";
        Path file = baselineVariant(dir, "crossing.yaml", "    crossing: chaman", bad);
        int line = lineOf(baselineWith("    crossing: chaman", bad), bad);
        Cli.Result r = validateRefused(file.toString());
        assertContains(r.err(), "error: " + file + " line " + line
                + ": key 'timeline.chaman-halt-2024.crossing' = 'chamn'", "allowed: torkham, chaman, other",
                "did you mean 'chaman'?");
    }

    @Test
    void anUnknownTimelineKindIsRefusedByValidateWithItsLineAndEveryKind() {
        String good = "    date: 2024-05-04\n    type: closure";
        String bad = "    date: 2024-05-04\n    type: blockade";
        Path file = baselineVariant(dir, "kind.yaml", good, bad);
        int line = lineOf(baselineWith(good, bad), "    type: blockade");
        Cli.Result r = validateRefused(file.toString());
        assertContains(r.err(), "error: " + file + " line " + line + ": key 'timeline.chaman-halt-2024.type' = "
                + "'blockade': allowed values: " + String.join(", ", TimelineKind.ids()));
        // the entry's other keys depend on its kind: none is called unknown for want of one
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("error:")).count(), r::all);

        String misspelt = "    date: 2024-05-04\n    type: closre";
        Problem p = problemAt(refused(baselineVariant(dir, "closre.yaml", good, misspelt)),
                "timeline.chaman-halt-2024.type");
        assertEquals("closre", p.value());
        assertContains(p.message(), "did you mean 'closure'?");
    }

    @Test
    void duplicateKeysAreRefused() {
        String twice = "    trust: 0.35 \n    trust: 0.90 ";
        Path file = baselineVariant(dir, "duplicate.yaml", "    trust: 0.35 ", twice);
        int second = lineOf(baselineWith("    trust: 0.35 ", twice), "    trust: 0.90 ");
        Cli.Result r = validateRefused(file.toString());
        assertContains(r.err().toLowerCase(java.util.Locale.ROOT), "duplicate", "trust");
        assertTrue(r.err().contains(" line " + second) || r.err().contains(" line " + (second - 1)), r::all);
    }

    // ---- hostile files ----------------------------------------------------------------

    @Test
    void javaObjectTagsAreRefused() {
        Path file = TestScenarios.write(dir, "file-tag.yaml", "name: x\nevil: !!java.io.File \"/etc/passwd\"\n");
        Cli.Result r = validateRefused(file.toString());
        assertContains(r.err(), file + " line 2", "tag 'tag:yaml.org,2002:java.io.File' is not allowed");

        Path engine = TestScenarios.write(dir, "engine-tag.yaml", "name: x\ngroups:\n  ttp:\n    name: "
                + "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL "
                + "[\"http://127.0.0.1:9/\"]]]]\n");
        ScenarioException e = refused(engine);
        assertEquals(1, e.problems().size(), e::getMessage);
        assertContains(e.problems().get(0).describe(), engine + " line 4", "javax.script.ScriptEngineManager",
                "is not allowed");
    }

    @Test
    void anyTagOnAnOtherwiseValidScenarioIsRefused() {
        String bad = "    fighters: !custom 6500 ";
        Path file = baselineVariant(dir, "custom-tag.yaml", "    fighters: 6500 ", bad);
        int line = lineOf(baselineWith("    fighters: 6500 ", bad), bad);
        ScenarioException e = refused(file);
        assertContains(e.getMessage(), file + " line " + line, "'!custom' is not allowed");
    }

    @Test
    void aliasBombIsRefusedQuickly() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            yaml.append(String.join(",", java.util.Collections.nCopies(9, "*" + prev)));
            yaml.append("]\n");
            prev = c;
        }
        Path file = TestScenarios.write(dir, "laughs.yaml", yaml.toString());
        ScenarioException e = assertTimeoutPreemptively(EXPANSION_BOUND, () -> refused(file));
        assertEquals(1, e.problems().size(), e::getMessage);
        assertContains(e.getMessage(), file + " line 4: alias *c", "20 aliases");
    }

    @Test
    void aliasesWithinTheLimitStillCannotExpandBeyondTheNodeLimit() {
        // 20 aliases to lists (the limit) but each list repeats scalars many times over
        StringBuilder yaml = new StringBuilder("a: &a [");
        yaml.append(String.join(",", java.util.Collections.nCopies(5000, "x"))).append("]\n");
        yaml.append("b: [").append(String.join(",", java.util.Collections.nCopies(15, "*a"))).append("]\n");
        Path file = TestScenarios.write(dir, "wide.yaml", yaml.toString());
        ScenarioException e = assertTimeoutPreemptively(EXPANSION_BOUND, () -> refused(file));
        assertContains(e.getMessage(), "50000 values");
    }

    @Test
    void fileOverOneMegabyteIsRefused() throws IOException {
        StringBuilder text = new StringBuilder(TestScenarios.baselineText());
        String pad = "# " + "padding ".repeat(12) + "\n";
        while (text.length() <= 1_050_000) {
            text.append(pad);
        }
        Path file = TestScenarios.write(dir, "big.yaml", text.toString());
        Cli.Result r = validateRefused(file.toString());
        assertContains(r.err(), file.toString(), "more than 1000000 bytes", "at most 1000000 bytes");
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("nowhere.yaml");
        Cli.Result r = validateRefused(file.toString());
        assertContains(r.err(), "error: " + file + ": no such file");
    }

    @Test
    void notUtf8() throws IOException {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, "name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertContains(refused(file).getMessage(), file.toString(), "not UTF-8");
    }

    // ---- --set overrides ----------------------------------------------------------------

    @Test
    void setWithAnUnknownPathSuggestsTheNearestKey() {
        Cli.Result r = validateRefused(TestScenarios.BASELINE.toString(), "--set", "groups.ttp.figthers=10");
        assertContains(r.err(), "error: --set groups.ttp.figthers=10: key 'groups.ttp.figthers': names no scenario "
                + "parameter", "did you mean 'groups.ttp.fighters'?");

        Problem p = problemAt(refused(TestScenarios.BASELINE, "governments.hots.trust=0.2"), "governments.hots");
        assertEquals("--set governments.hots.trust=0.2", p.where());
        assertContains(p.message(), "did you mean 'host'?");
    }

    @Test
    void setWithABadValue() {
        Cli.Result r = validateRefused(TestScenarios.BASELINE.toString(), "--set", "governments.host.trust=high");
        assertContains(r.err(), "error: --set governments.host.trust=high: key 'governments.host.trust' = 'high': "
                + "must be a plain number (such as 12, 0.5 or 1e-3) between 0 and 1");
    }

    @Test
    void setWithoutAnEqualsSignOrIntoAValue() {
        ScenarioException e = refused(TestScenarios.BASELINE, "nonsense", "governments.host.trust.x=1",
                "phases.acc.targets.5=por");
        assertEquals(3, e.problems().size(), e::getMessage);
        String all = e.problems().stream().map(Problem::describe).collect(Collectors.joining("\n"));
        assertContains(all, "--set nonsense: expected PATH=VALUE", "has no 'x' inside it", "allowed 0 to 1");
    }

    @Test
    void everyProblemIsListedInOnePass() {
        Path file = baselineVariant(dir, "many.yaml", "    fighters: 6500 ", "    fighters: lots ");
        ScenarioException e = refused(file, "governments.host.trust=2", "tension.scale=0");
        assertEquals(List.of("groups.ttp.fighters", "governments.host.trust", "tension.scale").stream().sorted().toList(),
                e.problems().stream().map(Problem::key).sorted().toList(), e::getMessage);
    }

    @Test
    void aDeadlineAnnouncedAfterEnforcementIsRefusedWithItsKey() {
        Path file = TestScenarios.baselineVariant(dir, "late.yaml", "    announced: 2025-03-07 ",
                "    announced: 2025-04-07 ");
        Problem p = problemAt(refused(file), "phases.acc.announced");
        assertContains(p.message(), "after the phase's start (2025-04-01)");
        Path order = TestScenarios.baselineVariant(dir, "order.yaml", "    deadline: 2025-03-31 ",
                "    deadline: 2025-04-01 ");
        assertContains(problemAt(refused(order), "phases.acc.deadline").message(), "to the day before the phase's start");
    }

    @Test
    void aSupercriticalExcitationIsRefused() {
        Path file = TestScenarios.baselineVariant(dir, "hot.yaml", "    sizeWeight: 1.0 ", "    sizeWeight: 2.0 ");
        Problem p = problemAt(refused(file, "behaviour.excitation.branchingRatio=0.9"), "behaviour.excitation.sizeWeight");
        assertContains(p.message(), "multiply without end", "must stay below 1");
    }

    @Test
    void aSetEntryThatMakesTheScenarioInvalidIsBlamedOnTheEntryNotOnACommandLineSet() throws IOException {
        TestScenarios.copyTargets(dir);
        Files.writeString(dir.resolve("baseline.yaml"), TestScenarios.baselineText(), StandardCharsets.UTF_8);
        Path file = TestScenarios.write(dir, "hot.yaml", """
                extends: baseline.yaml
                name: hot
                timeline:
                  hot-excitation:
                    date: 2025-06-01
                    type: set
                    actor: host
                    parameter: behaviour.excitation.sizeWeight
                    value: 10
                """);
        Problem p = problemAt(refused(file), "timeline.hot-excitation.value");
        assertContains(p.where(), file.toString(), "hot-excitation");
        assertContains(p.message(), "sets behaviour.excitation.sizeWeight from 2025-06-01", "must stay below 1");
        assertFalse(p.where().startsWith("--set"), p.where());
    }
}
