package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.durand.Cli;
import org.durand.TestScenarios;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The edges of {@code sweep} and {@code merge}: a {@code sweep.json} cut, emptied or edited is said
 * plainly (the file, the line, what to do; never a parser's words, never blamed on an older
 * Durand) and a resume writes it anew once the folder's plan and rows show the runs are this
 * sweep's; a file of another kind or a folder given as a plan is named for what it is; the
 * command line's problems are said all at once, each at its option or plan line, and every refusal
 * ends with the line that says nothing was run; a dry run gives the design's cautions before its
 * points.
 */
class SweepEdgesTest {

    @TempDir
    static Path root;
    /** An uninterrupted shard 1 of 2: what a resumed one must equal. */
    static Path shard0;
    static Path shard1;

    /** Words of a JSON parser's messages, which a user should never read. */
    private static final List<String> PARSER_WORDS = List.of("Source", "REDACTED", "StreamReadFeature", "marker",
            "end-of-input", "Unexpected", "VALUE_STRING", "token");

    static String[] shard(Path out, String shard, String... more) {
        return TestScenarios.plus(new String[] {"sweep", TestScenarios.BASELINE.toString(), "--set",
                TestScenarios.VERY_COARSE, "--set", "calendar.end=2023-06-30", "--set", "calendar.spinUpDays=0",
                "--vary", "governments.host.hawkishness=0.3:0.9", "--samples", "3", "--reps", "1", "--threads", "1",
                "--shard", shard, "--no-charts", "--out", out.toString()}, more);
    }

    @BeforeAll
    static void shards() {
        // at the depth of the broken copies (root/case/broken), so the plans' relative scenario paths hold
        shard0 = root.resolve("fixture/shard-0");
        shard1 = root.resolve("fixture/shard-1");
        for (Path s : List.of(shard0, shard1)) {
            Cli.Result r = Cli.run(shard(s, s == shard0 ? "0/2" : "1/2"));
            assertEquals(0, r.exit(), r::all);
        }
    }

    private static String manifest() {
        try {
            return Files.readString(shard1.resolve("sweep.json"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ways a sweep.json is damaged, each with what the message must say of it. */
    private record Damage(String name, String text, List<String> said) {
    }

    private static List<Damage> damages() {
        String whole = manifest();
        List<Damage> out = new ArrayList<>();
        out.add(new Damage("empty", "", List.of("/sweep.json is empty; it was cut or edited")));
        out.add(new Damage("blank", "\n\n", List.of("/sweep.json is empty; it was cut or edited")));
        // cut after its first byte, inside a key, inside a value, after a comma, before the last brace
        for (int cut : new int[] {1, 12, 40, whole.indexOf("\"runs\"") + 11, whole.lastIndexOf('}')}) {
            String text = whole.substring(0, cut);
            int line = (int) text.chars().filter(c -> c == '\n').count() + 1;
            out.add(new Damage("cut at byte " + cut, text, List.of("/sweep.json ends early, at line " + line
                    + "; it was cut or edited: run that shard again with 'durand sweep ... --resume'")));
        }
        out.add(new Damage("an empty object", "{}\n", List.of("/sweep.json is not the sweep.json a sweep writes (no "
                + "'planHash', 'runs', 'points', 'reps', 'shard', 'columns')")));
        out.add(new Damage("no plan hash", whole.replaceFirst("\"planHash\" : \"[0-9a-f]+\",", ""),
                List.of("/sweep.json is not the sweep.json a sweep writes (no 'planHash')")));
        out.add(new Damage("a list", "[1, 2]\n", List.of("/sweep.json is not the sweep.json a sweep writes (not a "
                + "JSON object of keys)")));
        out.add(new Damage("a run count in words", whole.replaceFirst("\"runs\" : 3", "\"runs\" : \"three\""),
                List.of("'runs' is \"three\" (a sweep writes a whole number from 1 to 100000000)")));
        out.add(new Damage("a negative run count", whole.replaceFirst("\"runs\" : 3", "\"runs\" : -3"),
                List.of("'runs' is -3")));
        out.add(new Damage("values in words", whole.replaceFirst("\"values\" : 2", "\"values\" : \"two\""),
                List.of("'values' is \"two\"")));
        out.add(new Damage("a brace too many", whole + "}\n", List.of("/sweep.json line ", ": not the JSON a sweep "
                + "writes; it was edited or damaged")));
        out.add(new Damage("a key without quotes", whole.replaceFirst("\"planHash\"", "planHash"),
                List.of("/sweep.json line 3, column 3: not the JSON a sweep writes")));
        return out;
    }

    /**
     * Merge is refused for each damaged sweep.json, first shard or second, naming the file: never
     * with a parser's words, never as a sweep of an older Durand; nothing is written.
     */
    @TestFactory
    Stream<DynamicTest> aDamagedSweepJsonIsSaidPlainly() {
        List<DynamicTest> out = new ArrayList<>();
        int n = 0;
        for (Damage d : damages()) {
            for (boolean first : List.of(true, false)) {
                Path dir = root.resolve("damaged-" + n++);
                Path broken = BadFoldersTest.copy(first ? shard0 : shard1, dir.resolve("broken"), b -> { });
                Path other = first ? shard1 : shard0;
                out.add(DynamicTest.dynamicTest(d.name() + (first ? " (first)" : " (second)"), () -> {
                    Files.writeString(broken.resolve("sweep.json"), d.text(), StandardCharsets.UTF_8);
                    List<String> said = new ArrayList<>();
                    d.said().forEach(s -> said.add(s.startsWith("/") ? broken + s : s));
                    Path out2 = dir.resolve("out");
                    List<String> args = first ? List.of("merge", broken.toString(), other.toString(), "--out",
                            out2.toString()) : List.of("merge", other.toString(), broken.toString(), "--out",
                            out2.toString());
                    Cli.Result r = new BadCase(d.name(), args, said, dir).check();
                    String words = TestScenarios.withoutPaths(r.err(), root);
                    for (String w : PARSER_WORDS) {
                        assertFalse(words.contains(w), "a parser's word '" + w + "': " + r.err());
                    }
                    assertFalse(words.contains("computed its design values another way"), r::all);
                    assertTrue(r.err().endsWith("1 problem; nothing was run.\n"), r::all);
                }));
            }
        }
        return out.stream();
    }

    /**
     * A shard whose sweep.json was cut is resumed: its plan.yaml and rows show the runs are this
     * sweep's, so the resume says so, writes sweep.json anew (as the uninterrupted shard's) and
     * merge then joins it. Its rows of another shard, another plan or no plan are refused.
     */
    @Test
    void aShardWithACutSweepJsonIsResumedWhenItsPlanAndRowsAreThisSweeps() throws IOException {
        Path cut = BadFoldersTest.copy(shard1, root.resolve("resumed/shard-1"), d -> { });
        String whole = manifest();
        Files.writeString(cut.resolve("sweep.json"), whole.substring(0, whole.length() / 2));
        byte[] rows = Files.readAllBytes(cut.resolve("runs.csv"));

        Cli.Result other = Cli.run(shard(cut, "0/2", "--resume"));
        assertEquals(2, other.exit(), other::all);
        assertTrue(other.err().contains(cut.resolve("sweep.json") + " ends early, at line ")
                && other.err().contains("its runs.csv holds run 1, which is not one of this sweep's shard 0/2"),
                other::all);
        assertArrayEquals(rows, Files.readAllBytes(cut.resolve("runs.csv")), "nothing was run");

        Cli.Result plain = Cli.run(shard(cut, "1/2"));
        assertEquals(2, plain.exit(), plain::all);
        assertTrue(plain.err().contains("already holds runs.csv; add --resume"), plain::all);

        Cli.Result resumed = Cli.run(shard(cut, "1/2", "--resume"));
        assertEquals(0, resumed.exit(), resumed::all);
        assertTrue(resumed.err().contains("note: " + cut.resolve("sweep.json") + " ends early")
                && resumed.err().contains("its plan.yaml and runs.csv are this sweep's"), resumed::all);
        assertEquals(whole, Files.readString(cut.resolve("sweep.json")), "sweep.json is written anew");
        assertArrayEquals(Files.readAllBytes(shard1.resolve("runs.csv")), Files.readAllBytes(cut.resolve("runs.csv")));
        Cli.Result merged = Cli.run("merge", shard0.toString(), cut.toString(), "--out",
                root.resolve("resumed/merged").toString(), "--no-charts");
        assertEquals(0, merged.exit(), merged::all);

        Files.writeString(cut.resolve("sweep.json"), "");
        Cli.Result otherPlan = Cli.run(shard(cut, "1/2", "--resume", "--seed", "9"));
        assertEquals(2, otherPlan.exit(), otherPlan::all);
        assertTrue(otherPlan.err().contains(cut.resolve("sweep.json") + " is empty; it was cut or edited, and its "
                + "plan.yaml is another sweep's"), otherPlan::all);
        Files.delete(cut.resolve("plan.yaml"));
        Cli.Result noPlan = Cli.run(shard(cut, "1/2", "--resume"));
        assertEquals(2, noPlan.exit(), noPlan::all);
        assertTrue(noPlan.err().contains("and there is no plan.yaml beside it, so the runs in runs.csv cannot be "
                + "matched to this sweep"), noPlan::all);
        assertArrayEquals(Files.readAllBytes(shard1.resolve("runs.csv")), Files.readAllBytes(cut.resolve("runs.csv")));
    }

    /** A folder where sweep.json belongs is refused by a resume and by merge, and left alone. */
    @Test
    void aFolderInPlaceOfSweepJsonIsRefused() throws IOException {
        Path dir = root.resolve("folder-manifest");
        Path shard = BadFoldersTest.copy(shard1, dir.resolve("shard-1"), d -> { });
        Files.delete(shard.resolve("sweep.json"));
        Files.createDirectories(shard.resolve("sweep.json"));
        new BadCase("a resume", List.of(shard(shard, "1/2", "--resume")), List.of(shard.resolve("sweep.json")
                + " is a folder, where a sweep writes its manifest; move it away"), dir).check();
        new BadCase("a merge", List.of("merge", shard0.toString(), shard.toString(), "--out",
                dir.resolve("out").toString()), List.of(shard + ": not a sweep folder (no sweep.json)"), dir).check();
    }

    /** A shard copied where its plan's scenario path no longer leads is refused at that line of its plan.yaml. */
    @Test
    void aShardWhosePlanNoLongerFindsItsScenarioIsNamedAtThePlansLine() throws IOException {
        Path moved = BadFoldersTest.copy(shard1, root.resolve("moved/a/b/shard-1"), d -> {
            try {
                Path plan = d.resolve("plan.yaml");
                Files.writeString(plan, Files.readString(plan, StandardCharsets.UTF_8)
                        .replaceFirst("(?m)^scenario: .*$", "scenario: '../../scenarios/baseline.yaml'"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Cli.Result r = Cli.run("merge", shard0.toString(), moved.toString(), "--out", root.resolve("moved/out").toString());
        assertEquals(2, r.exit(), r::all);
        assertTrue(r.err().contains(moved.resolve("plan.yaml") + " line 2: key 'scenario' names ")
                && r.err().contains("which does not exist") && r.err().contains("edit 'scenario:'"), r::all);
        assertTrue(!Files.exists(root.resolve("moved/out")), "nothing written");
    }

    @Test
    void aFolderGivenTwiceIsSaidSo() {
        Cli.Result r = Cli.run("merge", shard0.toString(), shard0.toString(), "--out", root.resolve("twice").toString());
        assertEquals(2, r.exit(), r::all);
        assertTrue(r.err().contains(shard0 + ": this folder is given twice; give each shard folder once"), r::all);
    }

    /** A well-formed sweep.json without "values" is an older Durand's, and said so, not damaged. */
    @Test
    void onlyAWellFormedManifestWithoutValuesIsAnOlderDurands() throws IOException {
        Path older = BadFoldersTest.copy(shard1, root.resolve("older/shard-1"), d -> { });
        Files.writeString(older.resolve("sweep.json"), manifest().replaceFirst(",\\s*\"values\"\\s*:\\s*2", ""));
        Cli.Result r = Cli.run("merge", shard0.toString(), older.toString(), "--out", root.resolve("older/out").toString());
        assertEquals(2, r.exit(), r::all);
        assertTrue(r.err().contains(older + " holds a sweep begun by a Durand that computed its design values another "
                + "way (values 1"), r::all);
    }

    /** A file of another kind, or a folder, given as a plan is named for what it is, in one message. */
    @TestFactory
    Stream<DynamicTest> aFileOfAnotherKindGivenAsAPlanIsNamedForWhatItIs() throws IOException {
        Path dir = Files.createDirectories(root.resolve("kinds"));
        Path plans = Files.createDirectories(dir.resolve("with-plans/plans"));
        Path plan = Files.writeString(plans.resolve("p.yaml"), "scenario: " + TestScenarios.BASELINE + "\nvary:\n"
                + "  governments.host.hawkishness: {low: 0.3, high: 0.9}\n");
        Files.writeString(plans.resolve("notes.yaml"), "title: not a plan\n");
        Path none = Files.createDirectories(dir.resolve("no-plans"));
        Files.writeString(none.resolve("readme.txt"), "x");
        Path dialogue = TestScenarios.SCENARIOS.resolve("dialogue.yaml");
        String aPlan = "a plan names a scenario (scenario:) and what to vary (vary:)";
        List<BadCase> cases = List.of(
                new BadCase("a scenario", List.of("sweep", "--plan", TestScenarios.BASELINE.toString(), "--dry-run"),
                        List.of(TestScenarios.BASELINE + ": this is a scenario, not a sweep plan; " + aPlan + "; to "
                                + "sweep this scenario run 'durand sweep " + TestScenarios.BASELINE + " --vary "
                                + "PATH=LOW:HIGH ...'"), dir),
                new BadCase("a scenario that extends another", List.of("sweep", "--plan", dialogue.toString()),
                        List.of(dialogue + ": this is a scenario, not a sweep plan"), dir),
                new BadCase("a targets file", List.of("sweep", "--plan", TestScenarios.TARGETS.toString()),
                        List.of(TestScenarios.TARGETS + ": this is a targets file, not a sweep plan; " + aPlan), dir),
                new BadCase("a sweep.json", List.of("sweep", "--plan", shard0.resolve("sweep.json").toString()),
                        List.of(shard0.resolve("sweep.json") + ": this is the sweep.json of a sweep folder, not a sweep "
                                + "plan; " + aPlan + "; the plan of that sweep is " + shard0.resolve("plan.yaml")), dir),
                new BadCase("a sweep.json as the scenario", List.of("sweep", shard0.resolve("sweep.json").toString(),
                        "--vary", "governments.host.hawkishness=0.3:0.9", "--dry-run"),
                        List.of(shard0.resolve("sweep.json") + ": this is the sweep.json of a sweep folder, not a "
                                + "scenario", "give a scenario file (YAML)"), dir),
                new BadCase("a folder with a plan in a subfolder", List.of("sweep", "--plan",
                        dir.resolve("with-plans").toString()), List.of(dir.resolve("with-plans") + ": a folder, not a "
                        + "plan file; the plan in it is " + plan + "; give one of them"), dir),
                new BadCase("a folder with no plan", List.of("sweep", "--plan", none.toString()),
                        List.of(none + ": a folder, not a plan file, and it holds no sweep plan"), dir));
        List<DynamicTest> out = new ArrayList<>(cases.stream().map(BadCase::test).toList());
        out.add(DynamicTest.dynamicTest("one message for a scenario, not one per key", () -> {
            Cli.Result r = Cli.run("sweep", "--plan", TestScenarios.BASELINE.toString(), "--dry-run");
            assertEquals(1, r.err().lines().filter(l -> l.startsWith("error:")).count(), r::all);
            assertFalse(r.err().contains("unknown key"), r::all);
        }));
        out.add(DynamicTest.dynamicTest("the project's scenarios folder names the shipped plan, which exists", () -> {
            Cli.Result r = Cli.run("sweep", "--plan", TestScenarios.SCENARIOS.toString());
            Path shipped = TestScenarios.SCENARIOS.resolve("plans/hawkishness-attacks.yaml");
            assertTrue(r.err().contains("the plan in it is " + shipped) && Files.exists(shipped), r::all);
            assertFalse(r.err().contains("plan.yaml"), r::all);
        }));
        return out.stream();
    }

    /**
     * Every problem of the command line at once, each naming its option, with the closing line of
     * the parser's own problems; the same numbers in a plan file are said at their lines.
     */
    @TestFactory
    Stream<DynamicTest> numbersADesignDoesNotAllowNameTheirOptionOrLine() throws IOException {
        Path dir = Files.createDirectories(root.resolve("numbers"));
        String b = TestScenarios.BASELINE.toString();
        String vary = "governments.host.hawkishness=0.3:0.9";
        String closing = " in the command line; nothing was run. Try 'durand sweep --help'.";
        Path sobol = Files.writeString(dir.resolve("sobol.yaml"), "scenario: " + b + "\nvary:\n"
                + "  governments.host.hawkishness: {low: 0.3, high: 0.9}\ndesign: sobol\nsamples: 6\n");
        Path morris = Files.writeString(dir.resolve("morris.yaml"), "scenario: " + b + "\nvary:\n"
                + "  governments.host.hawkishness: {low: 0.3, high: 0.9}\ndesign: morris\nlevels: 5\n");
        Path grid = Files.writeString(dir.resolve("grid.yaml"), "scenario: " + b + "\nvary:\n"
                + "  governments.host.hawkishness: {low: 0.3, high: 0.9, steps: 1000}\n"
                + "  groups.ttp.attacksPerCellYear: {low: 0.5, high: 2.5, steps: 1000}\ndesign: grid\n"
                + "replicates: 1000\n");
        List<BadCase> cases = List.of(
                new BadCase("--samples 0", List.of("sweep", b, "--vary", vary, "--samples", "0", "--dry-run"),
                        List.of("--samples 0: allowed: a whole number from 1 to 10000000 (points of the lhs design)",
                                "1 problem" + closing), dir),
                new BadCase("--samples 6 for Sobol", List.of("sweep", b, "--vary", vary, "--design", "sobol",
                        "--samples", "6", "--dry-run"), List.of("--samples 6: Sobol base rows must be a power of two; "
                        + "use 4 or 8", "1 problem" + closing), dir),
                new BadCase("four problems at once", List.of("sweep", b, "--vary", vary, "--vary", "bogus=1:2",
                        "--design", "morris", "--levels", "3", "--reps", "0", "--shard", "3/2", "--dry-run"),
                        List.of("--shard 3/2: ", "--vary bogus=1:2: bogus names no scenario parameter",
                                "--reps 0: allowed: a whole number from 1 to 100000", "--levels 3: allowed: an even "
                                + "number from 2 to 20 (Morris levels)", "4 problems" + closing), dir),
                new BadCase("--samples with a grid", List.of("sweep", b, "--vary", vary + ":3", "--design", "grid",
                        "--samples", "5", "--dry-run"), List.of("--samples 5: a grid's points are its steps (--vary "
                        + "PATH=LOW:HIGH:STEPS), not samples; leave out --samples, or give another --design",
                        "1 problem" + closing), dir),
                new BadCase("a parameter varied twice", List.of("sweep", b, "--vary", vary, "--vary", vary),
                        List.of("--vary governments.host.hawkishness: varied twice; give each parameter once"), dir),
                new BadCase("no --vary and a bad design", List.of("sweep", b, "--design", "bogus"),
                        List.of("give at least one --vary", "--design bogus: allowed:", "2 problems" + closing), dir),
                new BadCase("a plan's Sobol samples", List.of("sweep", "--plan", sobol.toString(), "--dry-run"),
                        List.of(sobol + " line 5: key 'samples' = '6': Sobol base rows must be a power of two; use 4 "
                                + "or 8", "1 problem; nothing was run."), dir),
                new BadCase("a plan's Morris levels", List.of("sweep", "--plan", morris.toString(), "--dry-run"),
                        List.of(morris + " line 5: key 'levels' = '5': allowed: an even number from 2 to 20"), dir),
                new BadCase("a plan's grid too large", List.of("sweep", "--plan", grid.toString(), "--dry-run"),
                        List.of(grid + " line 2: key 'vary': the grid's steps and 1000 replicates make 1000000000 "
                                + "runs; allowed: at most 100000000"), dir),
                new BadCase("merge of a missing folder", List.of("merge", dir.resolve("none").toString(), "--out",
                        dir.resolve("out").toString()), List.of(dir.resolve("none") + ": no such folder",
                        "1 problem; nothing was run."), dir));
        return cases.stream().map(BadCase::test);
    }

    /**
     * A dry run gives the design's cautions before its points: the shipped plan's 64 Sobol base
     * rows, too few points for partial rank correlations, one replicate per point; a design
     * without cause for caution gives none. The shipped plan says why it uses fewer base rows.
     */
    @Test
    void aDryRunGivesTheDesignsCautionsBeforeItsPoints() throws IOException {
        Path shipped = TestScenarios.SCENARIOS.resolve("plans/hawkishness-attacks.yaml");
        Cli.Result r = Cli.run("sweep", "--plan", shipped.toString(), "--dry-run");
        assertEquals(0, r.exit(), r::all);
        assertTrue(r.err().startsWith("warning: 64 Sobol base rows give unstable indices; use 256 or more"), r::all);
        assertTrue(r.out().startsWith("point,"), "the points follow on stdout: " + r.out());
        String plan = Files.readString(shipped);
        assertTrue(plan.contains("samples: 64") && plan.contains("Fewer than the 256 rows that")
                && plan.contains("samples: 256"), "the plan says why it uses 64 base rows:\n" + plan);

        Cli.Result few = Cli.run("sweep", TestScenarios.BASELINE.toString(), "--vary",
                "governments.host.hawkishness=0.3:0.9", "--vary", "groups.ttp.attacksPerCellYear=0.5:2.5",
                "--samples", "3", "--reps", "1", "--dry-run");
        assertEquals(0, few.exit(), few::all);
        assertTrue(few.err().contains("warning: 3 points give no partial rank correlation for 2 varied parameters "
                + "(more than k + 1 = 3 points are needed); give more samples"), few::all);
        assertTrue(few.err().contains("warning: 1 replicate per point: the share of each outcome's variance that is "
                + "replicate noise cannot be measured"), few::all);

        Cli.Result calm = Cli.run("sweep", TestScenarios.BASELINE.toString(), "--vary",
                "governments.host.hawkishness=0.3:0.9", "--design", "sobol", "--samples", "256", "--dry-run");
        assertEquals(0, calm.exit(), calm::all);
        assertEquals("", calm.err(), "no caution for 256 base rows and 2 replicates");
        assertEquals(1 + 256 * 3 + 1, calm.out().lines().count(), "header, points, summary");
        assertTrue(Arrays.asList(calm.out().split("\n")).get(1).startsWith("0,"), calm::out);
    }

    /**
     * A resume of a sweep whose runs.csv was edited says which row does not fit and what to do:
     * a run id that is not a whole number, too large, negative, beyond the sweep's runs, or a point
     * beyond its points; never an internal error, and nothing is run.
     */
    @Test
    void anEditedRowOfRunsCsvIsNamedOnResume(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("edited");
        List<String> sweep = List.of("sweep", TestScenarios.BASELINE.toString(), "--set", TestScenarios.VERY_COARSE,
                "--set", "calendar.end=2023-03-31", "--vary", "governments.host.hawkishness=0.3:0.9", "--samples", "3",
                "--reps", "1", "--no-charts", "--out", out.toString());
        Cli.Result first = Cli.run(sweep.toArray(new String[0]));
        assertEquals(0, first.exit(), first::all);
        Path runs = out.resolve("runs.csv");
        List<String> good = Files.readAllLines(runs);
        String row = good.get(2);
        String rest = row.substring(row.indexOf(',') + 1);
        List<String[]> edits = List.of(
                new String[] {"abc," + rest, "line 3, column 1 (run): 'abc' is not a run number"},
                new String[] {"99999999999," + rest, "line 3, column 1 (run): '99999999999' is not a run number "
                        + "(a whole number from 0 to 999999999)"},
                new String[] {"-4," + rest, "line 3, column 1 (run): '-4' is not a run number"},
                new String[] {"7," + rest, "line 3: run 7 is not one of this sweep's 3 runs (0 to 2)"},
                new String[] {"1,7" + rest.substring(rest.indexOf(',')), "line 3: run 1 has point 7 where this "
                        + "sweep has 1 (a row of another sweep, or edited)"},
                new String[] {row + ",extra", "line 3: " + (row.split(",", -1).length + 1) + " fields; this sweep's "
                        + "rows have " + row.split(",", -1).length});
        List<String> resume = new java.util.ArrayList<>(sweep);
        resume.add("--resume");
        for (String[] edit : edits) {
            List<String> lines = new java.util.ArrayList<>(good);
            lines.set(2, edit[0]);
            Files.write(runs, lines);
            Cli.Result r = Cli.run(resume.toArray(new String[0]));
            assertEquals(2, r.exit(), edit[0] + "\n" + r.all());
            assertTrue(r.err().contains(runs + " " + edit[1]) && r.err().contains("mend or remove that row"),
                    edit[1] + "\n" + r.all());
            assertTrue(!r.err().contains("internal error") && !r.err().contains("Exception"), r::all);
            assertEquals(lines, Files.readAllLines(runs), "nothing run, nothing written");
        }
    }

    /**
     * A row of another sweep (another seed) or an edited seed or varied value is not taken for this
     * sweep's run, by a resume or by a merge; rows out of run order are refused as edited.
     */
    @Test
    void rowsOfAnotherSweepAreRefusedByResumeAndMerge(@TempDir Path tmp) throws IOException {
        List<String> base = List.of("sweep", TestScenarios.BASELINE.toString(), "--set", TestScenarios.VERY_COARSE,
                "--set", "calendar.end=2023-03-31", "--vary", "governments.host.hawkishness=0.3:0.9", "--samples", "4",
                "--reps", "1", "--no-charts");
        java.util.function.BiFunction<Path, List<String>, Cli.Result> sweep = (out, more) -> {
            List<String> a = new ArrayList<>(base);
            a.addAll(more);
            a.addAll(List.of("--out", out.toString()));
            return Cli.run(a.toArray(new String[0]));
        };
        Path mine = tmp.resolve("mine");
        Path other = tmp.resolve("other");
        assertEquals(0, sweep.apply(mine, List.of()).exit());
        assertEquals(0, sweep.apply(other, List.of("--seed", "9")).exit());
        List<String> rows = Files.readAllLines(mine.resolve("runs.csv"));
        List<String> theirs = Files.readAllLines(other.resolve("runs.csv"));

        Files.write(mine.resolve("runs.csv"), List.of(rows.get(0), rows.get(1), theirs.get(2)));
        Cli.Result mixed = sweep.apply(mine, List.of("--resume"));
        assertEquals(2, mixed.exit(), mixed::all);
        assertTrue(mixed.err().contains(mine.resolve("runs.csv") + " line 3: run 1 has seed "), mixed::all);
        assertTrue(mixed.err().contains("(a row of another sweep, or edited)"), mixed::all);

        String[] cells = rows.get(2).split(",", -1);
        cells[6] = cells[6] + "1";
        Files.write(mine.resolve("runs.csv"), List.of(rows.get(0), rows.get(1), String.join(",", cells)));
        Cli.Result edited = sweep.apply(mine, List.of("--resume"));
        assertTrue(edited.exit() == 2 && edited.err().contains("line 3: run 1 has governments.host.hawkishness "
                + cells[6] + " where this sweep has "), edited::all);

        Files.write(mine.resolve("runs.csv"), List.of(rows.get(0), rows.get(2), rows.get(1)));
        Cli.Result order = sweep.apply(mine, List.of("--resume"));
        assertTrue(order.exit() == 2 && order.err().contains("line 3: run 0 comes after run 1; a sweep writes its "
                + "rows in run order"), order::all);

        Path shard0 = tmp.resolve("shard0");
        Path shard1 = tmp.resolve("shard1");
        assertEquals(0, sweep.apply(shard0, List.of("--shard", "0/2")).exit());
        assertEquals(0, sweep.apply(shard1, List.of("--shard", "1/2")).exit());
        List<String> s1 = new ArrayList<>(Files.readAllLines(shard1.resolve("runs.csv")));
        s1.set(1, theirs.get(2));
        Files.write(shard1.resolve("runs.csv"), s1);
        Cli.Result merged = Cli.run("merge", shard0.toString(), shard1.toString(), "--out", tmp.resolve("m").toString());
        assertEquals(2, merged.exit(), merged::all);
        assertTrue(merged.err().contains(shard1.resolve("runs.csv") + " line 2: run 1 has seed "), merged::all);
        assertFalse(Files.exists(tmp.resolve("m").resolve("runs.csv")), "nothing merged");

        List<String> s0 = Files.readAllLines(shard0.resolve("runs.csv"));
        s1.set(1, s0.get(1));
        Files.write(shard1.resolve("runs.csv"), s1);
        Cli.Result twice = Cli.run("merge", shard0.toString(), shard1.toString(), "--out", tmp.resolve("m").toString());
        assertTrue(twice.exit() == 2 && twice.err().contains("run 0 is in both " + shard0.resolve("runs.csv")
                + " line 2 and " + shard1.resolve("runs.csv") + " line 2; each run belongs to one shard"), twice::all);
        s1.set(1, "1x" + s0.get(1).substring(1));
        Files.write(shard1.resolve("runs.csv"), s1);
        Cli.Result word = Cli.run("merge", shard0.toString(), shard1.toString(), "--out", tmp.resolve("m").toString());
        assertTrue(word.exit() == 2 && word.err().contains(shard1.resolve("runs.csv") + " line 2, column 1 (run): "
                + "'1x' is not a run number"), word::all);
    }
}
