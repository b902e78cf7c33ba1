package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.durand.Cli;
import org.durand.TestScenarios;
import org.durand.experiment.sweep.SweepFolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code durand sweep} and {@code durand merge} end to end on the baseline at a coarse resolution:
 * a Latin-hypercube sweep writes one row per run; a sweep cut short (a torn last line) and resumed,
 * and shards merged, give the same runs.csv byte for byte; a Sobol sweep writes its indices and
 * charts; bad plans exit 2 naming file and line.
 */
class SweepCommandTest {

    @TempDir
    static Path tmp;
    static Path whole;

    static String[] lhs(Path out, String... more) {
        return TestScenarios.plus(new String[] {"sweep", TestScenarios.BASELINE.toString(), "--set",
                TestScenarios.VERY_COARSE, "--vary", "governments.host.hawkishness=0.3:0.9", "--vary",
                "groups.ttp.attacksPerCellYear=0.5:2.5", "--design", "lhs", "--samples", "6", "--reps", "2",
                "--seed", "5", "--out", out.toString(), "--no-charts"}, more);
    }

    @BeforeAll
    static void uninterrupted() {
        whole = tmp.resolve("whole");
        assertEquals(0, Main.execute(lhs(whole, "--threads", "2")));
    }

    @Test
    void latinHypercubeSweepWritesOneRowPerRunAndItsIndices() throws IOException {
        List<String> lines = Files.readAllLines(whole.resolve("runs.csv"));
        assertEquals(13, lines.size(), "header and 12 rows");
        for (int i = 1; i <= 12; i++) {
            assertTrue(lines.get(i).startsWith((i - 1) + "," + (i - 1) / 2 + "," + (i - 1) % 2 + ","), lines.get(i));
            assertTrue(lines.get(i).contains(",ok,"), lines.get(i));
        }
        String sens = Files.readString(whole.resolve("sensitivity.csv"));
        assertTrue(sens.contains("fatalities_total.all,groups.ttp.attacksPerCellYear,prcc,prcc,"), sens);
        assertTrue(sens.contains("fatalities_total.all,(replicates),noise,within_share,"), sens);
    }

    @Test
    void resumedAfterATornLineEqualsTheUninterruptedSweep() throws IOException {
        Path cut = tmp.resolve("cut");
        assertEquals(0, Main.execute(lhs(cut, "--threads", "1")));
        byte[] full = Files.readAllBytes(cut.resolve("runs.csv"));
        assertArrayEquals(Files.readAllBytes(whole.resolve("runs.csv")), full, "thread count changes nothing");
        String text = new String(full, StandardCharsets.UTF_8);
        int sixth = 0;
        for (int i = 0; i < 6; i++) {
            sixth = text.indexOf('\n', sixth) + 1;
        }
        Files.write(cut.resolve("runs.csv"), Arrays.copyOf(full, sixth + 25));   // five rows and a torn sixth
        assertEquals(2, Main.execute(lhs(cut)), "refuses to overwrite without --resume");
        // a sweep killed while writing its files leaves them under their temporary names
        Files.createDirectories(cut.resolve("charts"));
        Path leftChart = Files.writeString(cut.resolve("charts").resolve(".sensitivity-fatalities.png.k3j9x2.tmp"), "x");
        Path leftPlan = Files.writeString(cut.resolve(".plan.yaml.0a1b2c.tmp"), "x");
        Path users = Files.writeString(cut.resolve("notes.tmp"), "the user's own file");
        org.durand.Cli.Result resumed = org.durand.Cli.run(lhs(cut, "--resume", "--threads", "2"));
        assertEquals(0, resumed.exit(), resumed::all);
        assertArrayEquals(full, Files.readAllBytes(cut.resolve("runs.csv")));
        assertTrue(resumed.err().contains("; 5 were already done; written to"), resumed::all);
        assertTrue(!TestScenarios.withoutPaths(resumed.err(), cut).contains("shard"),
                "an unsharded sweep says nothing of shards: " + resumed.err());
        assertTrue(!Files.exists(leftChart) && !Files.exists(leftPlan), "the resume removes what a killed sweep left");
        assertTrue(Files.exists(users), "and nothing else");

        org.durand.Cli.Result again = org.durand.Cli.run(lhs(cut, "--resume"));
        assertEquals(0, again.exit(), again::all);
        assertTrue(again.err().contains("nothing left to run: " + cut.resolve("runs.csv") + " already holds all 12 runs"),
                again::all);
        // a progress line reads "k/12"; the folder's own path may hold "0/" (a temporary folder's name), so
        // it is taken out first
        String said = TestScenarios.withoutPaths(again.err(), cut);
        assertTrue(!said.matches("(?s).*\\b\\d+/12\\b.*"), "no progress of nothing: " + again.err());
        assertArrayEquals(full, Files.readAllBytes(cut.resolve("runs.csv")));
    }

    @Test
    void resumedAfterKillMinus9EqualsTheUninterruptedSweep() throws Exception {
        Path killed = tmp.resolve("killed");
        Path runs = killed.resolve("runs.csv");
        Process p = RunFolderInterruptTest.child(List.of(lhs(killed, "--threads", "1")), null, tmp.resolve("killed.log"));
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (p.isAlive() && System.nanoTime() < deadline
                && (!Files.exists(runs) || Files.readAllLines(runs).size() < 4)) {
            Thread.sleep(5);
        }
        assertTrue(p.isAlive(), "the sweep was still running when killed");
        p.destroyForcibly();   // SIGKILL: no shutdown hook, no flush
        p.waitFor();
        int before = Files.readAllLines(runs).size() - 1;
        assertTrue(before >= 3 && before < 12, before + " rows written before the kill");
        assertEquals(0, Main.execute(lhs(killed, "--resume", "--threads", "2")));
        assertArrayEquals(Files.readAllBytes(whole.resolve("runs.csv")), Files.readAllBytes(runs),
                "every run exactly once, with the numbers of the uninterrupted sweep");
    }

    @Test
    void aSweepFolderAndARunFolderDoNotMix() throws IOException {
        assertTrue(!Files.exists(whole.resolve(".sweep.lock")), "the lock goes with the sweep");
        assertEquals(2, Main.execute("run", TestScenarios.BASELINE.toString(), "--set", TestScenarios.VERY_COARSE,
                "--reps", "1", "--no-charts", "--out", whole.toString()), "a run does not write into a sweep");
        assertTrue(!Files.exists(whole.resolve("manifest.json")));
        Path run = tmp.resolve("a-run");
        assertEquals(0, Main.execute("run", TestScenarios.BASELINE.toString(), "--set", TestScenarios.VERY_COARSE,
                "--reps", "1", "--no-charts", "--out", run.toString()));
        assertEquals(2, Main.execute("merge", whole.toString(), "--out", run.toString()), "a merge does not write into a run");
        assertTrue(!Files.exists(run.resolve("runs.csv")));
        Path refused = tmp.resolve("refused-merge");
        assertEquals(2, Main.execute("merge", run.toString(), "--out", refused.toString()));
        assertTrue(!Files.exists(refused), "a refused merge leaves no folder");
    }

    @Test
    void aSweepOrMergeIntoAFolderAnotherCommandWritesIsRefused() throws IOException {
        Path busy = tmp.resolve("busy");
        String held = busy + " is being written by another durand command (process " + ProcessHandle.current().pid();
        try (SweepFolder first = SweepFolder.open(busy)) {
            Cli.Result sweep = Cli.run(lhs(busy));
            assertEquals(2, sweep.exit(), sweep::all);
            assertTrue(sweep.err().contains(held), sweep.err());
            assertTrue(sweep.err().contains("wait until it has finished, or give another --out"), sweep.err());
            Cli.Result merge = Cli.run("merge", whole.toString(), "--out", busy.toString(), "--no-charts");
            assertEquals(2, merge.exit(), merge::all);
            assertTrue(merge.err().contains(held), merge.err());
            assertTrue(!Files.exists(busy.resolve("runs.csv")), "nothing written beside the holder");
        }
        assertTrue(!Files.exists(busy), "the folder the holder made goes with it, empty");
        assertEquals(0, Main.execute(lhs(busy, "--threads", "2")), "free once the holder has finished");
        assertArrayEquals(Files.readAllBytes(whole.resolve("runs.csv")), Files.readAllBytes(busy.resolve("runs.csv")));
    }

    @Test
    void shardsMergedEqualTheWholeSweep() throws IOException {
        for (int k = 0; k < 3; k++) {
            assertEquals(0, Main.execute(lhs(tmp.resolve("shard-" + k), "--shard", k + "/3")));
        }
        Path merged = tmp.resolve("merged");
        assertEquals(2, Main.execute("merge", tmp.resolve("shard-0").toString(), tmp.resolve("shard-1").toString(),
                "--out", merged.toString(), "--no-charts"), "a missing shard is refused");
        assertEquals(0, Main.execute("merge", tmp.resolve("shard-0").toString(), tmp.resolve("shard-1").toString(),
                tmp.resolve("shard-2").toString(), "--out", merged.toString(), "--no-charts"));
        assertArrayEquals(Files.readAllBytes(whole.resolve("runs.csv")), Files.readAllBytes(merged.resolve("runs.csv")));
    }

    /**
     * merge reads and checks everything before it writes: a shard's non-number outcome, a plan file
     * edited after the runs, shards that disagree on the run count and an --out that is a file are
     * refused with where the fault is, and the output folder is left with none of merge's files.
     */
    @Test
    void mergeChecksEverythingBeforeItWrites() throws IOException {
        for (int k = 0; k < 2; k++) {
            assertEquals(0, Main.execute(lhs(tmp.resolve("part-" + k), "--shard", k + "/2")));
        }
        Path a = tmp.resolve("part-0");
        Path b = tmp.resolve("part-1");
        Path out = tmp.resolve("joined");
        java.util.function.Consumer<String> refusedWith = said -> {
            org.durand.Cli.Result r = org.durand.Cli.run("merge", a.toString(), b.toString(), "--out", out.toString(),
                    "--no-charts");
            assertEquals(2, r.exit(), r::all);
            assertTrue(r.err().contains(said), said + "\n" + r.all());
            String words = TestScenarios.withoutPaths(r.err(), tmp);
            assertTrue(!words.contains("Exception") && !words.contains("merged "), r::all);
            for (String f : List.of("runs.csv", "plan.yaml", "sweep.json")) {
                assertTrue(!Files.exists(out.resolve(f)), f + " was written: " + r.all());
            }
        };
        Path runs = b.resolve("runs.csv");
        String good = Files.readString(runs);
        List<String> lines = new java.util.ArrayList<>(good.lines().toList());
        String row = lines.get(2);
        lines.set(2, row.substring(0, row.lastIndexOf(',') + 1) + "lots");
        Files.writeString(runs, String.join("\n", lines) + "\n");
        refusedWith.accept(runs + " line 3, column " + lines.get(0).split(",").length + ": 'lots' is not a number");
        Files.writeString(runs, good);

        Path plan = a.resolve("plan.yaml");
        String planText = Files.readString(plan);
        Files.writeString(plan, planText.replace("samples: 6", "samples: 7"));
        refusedWith.accept(plan + " no longer describes the runs");
        Files.writeString(plan, planText);

        Path info = b.resolve("sweep.json");
        String infoText = Files.readString(info);
        Files.writeString(info, infoText.replace("\"runs\":12", "\"runs\":14").replace("\"runs\" : 12", "\"runs\" : 14"));
        refusedWith.accept("for the same plan hash; one of them was edited");
        Files.writeString(info, infoText);

        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        org.durand.Cli.Result r = org.durand.Cli.run("merge", a.toString(), b.toString(), "--out", file.toString());
        assertEquals(2, r.exit(), r::all);
        assertTrue(r.err().contains("--out " + file + " exists and is not a folder"), r::all);
        assertEquals(0, Main.execute("merge", a.toString(), b.toString(), "--out", out.toString(), "--no-charts"));
    }

    /**
     * Design values are the decimals they mean: a grid from 0.3 to 0.9 in five steps runs 0.45 and
     * 0.75 (not 0.44999999999999996), Morris levels between 0.05 and 0.4 read 0.283333333333, and
     * Sobol points between decimal bounds carry no binary noise, in the dry run and in runs.csv.
     */
    @Test
    void designValuesAreTheDecimalsTheyMean() throws IOException {
        String grid = Cli.run("sweep", TestScenarios.BASELINE.toString(), "--vary",
                "governments.host.hawkishness=0.3:0.9:5", "--vary", "groups.ttp.attacksPerCellYear=0.05:0.4:3",
                "--design", "grid", "--dry-run").out();
        assertTrue(grid.contains("\n3,0.45,0.05\n") && grid.contains("\n10,0.75,0.225\n"), grid);
        for (String design : List.of("sobol", "morris", "lhs")) {
            Cli.Result r = Cli.run("sweep", TestScenarios.BASELINE.toString(), "--vary",
                    "governments.host.hawkishness=0.3:0.9", "--vary", "groups.ttp.attacksPerCellYear=0.05:0.4",
                    "--design", design, "--samples", "8", "--dry-run");
            assertEquals(0, r.exit(), r::all);
            r.out().lines().skip(1).filter(l -> l.matches("\\d+,.*")).flatMap(l -> Arrays.stream(l.split(",")).skip(1))
                    .forEach(v -> assertTrue(new java.math.BigDecimal(v).stripTrailingZeros().precision() <= 12,
                            design + " value " + v + " carries binary noise:\n" + r.out()));
        }
        Path g = tmp.resolve("grid");
        assertEquals(0, Main.execute("sweep", TestScenarios.BASELINE.toString(), "--set", TestScenarios.VERY_COARSE,
                "--set", "calendar.end=2023-03-31", "--vary", "governments.host.hawkishness=0.3:0.9:5", "--design",
                "grid", "--reps", "1", "--out", g.toString(), "--no-charts"));
        List<String> hawkishness = Files.readAllLines(g.resolve("runs.csv")).stream().skip(1)
                .map(l -> l.split(",")[6]).toList();
        assertEquals(List.of("0.3", "0.45", "0.6", "0.75", "0.9"), hawkishness);
    }

    /**
     * A sweep begun by a Durand that ran unrounded design values (no "values" in sweep.json) is
     * neither resumed nor merged: its rows would not match the points run now. Both say so plainly.
     */
    @Test
    void aSweepBegunWithOlderDesignValuesIsNeitherResumedNorMerged() throws IOException {
        Path old = tmp.resolve("older");
        assertEquals(0, Main.execute(lhs(old, "--shard", "0/2")));
        Path info = old.resolve("sweep.json");
        String text = Files.readString(info);
        String without = text.replaceAll(",\\s*\"values\"\\s*:\\s*2", "");
        assertTrue(!without.equals(text), text);
        Files.writeString(info, without);
        String said = "holds a sweep begun by a Durand that computed its design values another way (values 1; "
                + "this one writes values 2";
        for (String[] args : List.of(lhs(old, "--shard", "0/2", "--resume"),
                new String[] {"merge", old.toString(), "--out", tmp.resolve("older-merged").toString()})) {
            Cli.Result r = Cli.run(args);
            assertEquals(2, r.exit(), r::all);
            assertTrue(r.err().contains(old + " " + said) && r.err().contains("run the sweep again in a new --out"),
                    r::all);
            assertTrue(!TestScenarios.withoutPaths(r.err(), tmp).contains("Exception"), r::all);
        }
        assertTrue(!Files.exists(tmp.resolve("older-merged").resolve("runs.csv")));
    }

    @Test
    void sobolPlanWritesIndicesChartsAndReport() throws IOException {
        Path plan = TestScenarios.write(tmp, "sobol.yaml", String.join("\n",
                "scenario: " + TestScenarios.BASELINE,
                "set: {resolution.personsPerAgent: 200}",
                "vary:",
                "  governments.host.hawkishness: {low: 0.3, high: 0.9}",
                "  groups.ttp.attacksPerCellYear: {low: 0.5, high: 2.5, spread: triangular, mode: 1.2}",
                "design: sobol",
                "samples: 4",
                "replicates: 1",
                "outcomes: [fatalities_total.all, tension_index.all]", ""));
        Path out = tmp.resolve("sobol");
        assertEquals(0, Main.execute("sweep", "--plan", plan.toString(), "--out", out.toString(), "--threads", "2"));
        assertEquals(1 + 4 * 4, Files.readAllLines(out.resolve("runs.csv")).size());
        String sens = Files.readString(out.resolve("sensitivity.csv"));
        assertTrue(sens.contains("tension_index.all,governments.host.hawkishness,sobol,total_order,"), sens);
        assertTrue(Files.exists(out.resolve("charts/sensitivity-fatalities-total-all.png")));
        assertTrue(Files.exists(out.resolve("charts/heatmap-tension-index-all.svg")));
        assertTrue(Files.readString(out.resolve("report.html")).contains("Sobol indices"));
    }

    @Test
    void badPlansExitTwoNamingFileLineAndKey() {
        Path plan = TestScenarios.write(tmp, "bad.yaml", String.join("\n",
                "scenario: " + TestScenarios.BASELINE,
                "vary:",
                "  governments.host.hawkishness: {low: 0.3, hihg: 0.9}",
                "replicas: 2", ""));
        String err = errorsOf("sweep", "--plan", plan.toString(), "--dry-run");
        assertTrue(err.contains("bad.yaml line 3: key 'vary.governments.host.hawkishness.hihg'"), err);
        assertTrue(err.contains("bad.yaml line 4: key 'replicas': unknown key (did you mean 'replicates'?)"), err);
        // 'sed' is one edit from 'seed' and from 'set': the first in alphabetical order is suggested, in every run
        Path tie = TestScenarios.write(tmp, "tie.yaml", String.join("\n",
                "scenario: " + TestScenarios.BASELINE,
                "vary:",
                "  governments.host.hawkishness: {low: 0.3, high: 0.9}",
                "sed: 3", ""));
        String near = errorsOf("sweep", "--plan", tie.toString(), "--dry-run");
        assertTrue(near.contains("tie.yaml line 4: key 'sed': unknown key (did you mean 'seed'?)"), near);
        String range = errorsOf("sweep", TestScenarios.BASELINE.toString(), "--vary", "governments.host.hawkishness=0.3:1.5");
        assertTrue(range.contains("governments.host.hawkishness (0–1) bounds 0.3:1.5 leave the allowed range 0 to 1"), range);
        Path good = TestScenarios.write(tmp, "good.yaml", String.join("\n",
                "scenario: " + TestScenarios.BASELINE,
                "vary:",
                "  governments.host.hawkishness: {low: 0.3, high: 0.9}", ""));
        String ignored = errorsOf("sweep", "--plan", good.toString(), "--reps", "3", "--seed", "9", "--dry-run");
        assertTrue(ignored.contains("give --reps, --seed in the plan file"), "an option the plan would override "
                + "is refused, not silently ignored: " + ignored);
        Path stepped = TestScenarios.write(tmp, "stepped.yaml", String.join("\n",
                "scenario: " + TestScenarios.BASELINE,
                "vary:",
                "  governments.host.hawkishness: {low: 0.3, high: 0.9, steps: 5}",
                "design: lhs", ""));
        String steps = errorsOf("sweep", "--plan", stepped.toString(), "--dry-run");
        assertTrue(steps.contains("stepped.yaml line 3: key 'vary.governments.host.hawkishness.steps' = '5': steps "
                + "apply to the grid design only"), steps);
        String option = errorsOf("sweep", TestScenarios.BASELINE.toString(), "--vary",
                "governments.host.hawkishness=0.3:0.9:5", "--design", "sobol", "--dry-run");
        assertTrue(option.contains("steps apply to the grid design only"), option);
    }

    private static String errorsOf(String... args) {
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.execute(args);
        } finally {
            System.setErr(old);
        }
        assertEquals(2, code, buf.toString(StandardCharsets.UTF_8));
        return buf.toString(StandardCharsets.UTF_8);
    }
}
