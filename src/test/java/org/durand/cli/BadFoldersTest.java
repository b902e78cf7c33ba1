package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.durand.Cli;
import org.durand.TestScenarios;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input suite over folders: a run folder (read by {@code compare} and {@code table}) and
 * a sweep's shard folders (read by {@code merge}), each copied and then cut, edited or robbed of
 * a file. Each case must be refused as {@link BadCase#check()} says, naming the folder or file
 * (with the line, for a bad row) and what is wrong, and {@code --out} must stay empty.
 */
class BadFoldersTest {

    @TempDir
    static Path root;
    static Path run;
    static Path shard0;
    static Path shard1;

    @BeforeAll
    static void fixtures() {
        run = root.resolve("run");
        Cli.Result r = Cli.run("run", TestScenarios.BASELINE.toString(), "--set", TestScenarios.VERY_COARSE, "--reps",
                "2", "--seed", "5", "--threads", "1", "--no-charts", "--out", run.toString());
        assertEquals(0, r.exit(), r::all);
        // at the depth of the broken copies (root/case/broken), so the plans' relative scenario paths hold
        shard0 = root.resolve("fixture/shard-0");
        shard1 = root.resolve("fixture/shard-1");
        for (Path s : List.of(shard0, shard1)) {
            Cli.Result sweep = Cli.run("sweep", TestScenarios.BASELINE.toString(), "--set", TestScenarios.VERY_COARSE,
                    "--set", "calendar.end=2023-06-30", "--set", "calendar.spinUpDays=0", "--vary",
                    "governments.host.hawkishness=0.3:0.9", "--samples", "2", "--reps", "1", "--threads", "1",
                    "--shard", s == shard0 ? "0/2" : "1/2", "--no-charts", "--out", s.toString());
            assertEquals(0, sweep.exit(), sweep::all);
        }
    }

    /** A copy of {@code from} (its files, not its hidden ones) at {@code to}, then {@code edit} applied to it. */
    static Path copy(Path from, Path to, Consumer<Path> edit) {
        try {
            Files.createDirectories(to);
            try (Stream<Path> files = Files.list(from)) {
                for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString()
                        .startsWith(".")).toList()) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
            edit.accept(to);
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the first {@code find} in {@code file} by {@code replace}. */
    static void edit(Path file, String find, String replace) {
        try {
            String text = Files.readString(file);
            if (!text.contains(find)) {
                throw new IllegalStateException("'" + find + "' is not in " + file);
            }
            Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(find),
                    java.util.regex.Matcher.quoteReplacement(replace)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps the first {@code n} lines of {@code file}. */
    static void keep(Path file, int n) {
        try {
            List<String> lines = Files.readAllLines(file);
            Files.write(file, lines.subList(0, Math.min(n, lines.size())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One way to break a folder and what the refusal must say, with {@code DIR} for the broken copy. */
    record Breakage(String name, Consumer<Path> edit, List<String> said) {
    }

    static List<Breakage> runBreakages() {
        return List.of(
                new Breakage("no timeseries.csv", d -> delete(d.resolve("timeseries.csv")),
                        List.of("DIR", "timeseries.csv", "not a run folder")),
                new Breakage("no summary.csv", d -> delete(d.resolve("summary.csv")),
                        List.of("DIR is not a run folder: it has no summary.csv")),
                new Breakage("no manifest.json", d -> delete(d.resolve("manifest.json")),
                        List.of("DIR/manifest.json")),
                new Breakage("a manifest that is not JSON", d -> write(d.resolve("manifest.json"), "{ not json"),
                        List.of("DIR/manifest.json")),
                new Breakage("a timeseries cut short", d -> keep(d.resolve("timeseries.csv"), 40),
                        List.of("DIR/timeseries.csv", "covers")),
                new Breakage("a timeseries value that is a word", d -> edit(d.resolve("timeseries.csv"), ",2023-01,attacks,",
                        ",2023-01,attacks,lots\nbaseline,0,1,2023-01,x,"), List.of("DIR/timeseries.csv line ", "'lots'", "number")),
                new Breakage("a timeseries header of other columns", d -> edit(d.resolve("timeseries.csv"),
                        "scenario,rep,seed,month,metric,value", "a,b,c"), List.of("DIR/timeseries.csv line 1", "scenario,rep,seed,month,metric,value")),
                new Breakage("an empty timeseries", d -> write(d.resolve("timeseries.csv"), ""),
                        List.of("DIR/timeseries.csv")),
                new Breakage("a timeseries row too short", d -> edit(d.resolve("timeseries.csv"), ",2023-01,attacks,",
                        ",2023-01\nbaseline,0,1,2023-01,attacks,"), List.of("DIR/timeseries.csv line ")),
                new Breakage("a summary header of other columns", d -> write(d.resolve("summary.csv"), "a,b\n1,2\n"),
                        List.of("DIR/summary.csv")),
                new Breakage("a manifest of another calendar", d -> edit(d.resolve("manifest.json"), "2026-12-31",
                        "2030-12-31"), List.of("DIR/", "calendar")));
    }

    static List<BadCase> runFolders() {
        List<BadCase> out = new ArrayList<>();
        int n = 0;
        for (Breakage b : runBreakages()) {
            for (String command : b.name().contains("summary") ? List.of("table") : List.of("compare", "table")) {
                n++;
                Path dir = root.resolve("r" + n);
                Path broken = copy(run, dir.resolve("broken"), b.edit());
                List<String> args = command.equals("compare")
                        ? List.of("compare", run.toString(), broken.toString(), "--out", dir.resolve("out").toString())
                        : List.of("table", broken.toString());
                out.add(new BadCase("run folder with " + b.name() + " (" + command + ")", args,
                        b.said().stream().map(s -> s.replace("DIR", broken.toString())).toList(), dir));
            }
        }
        Path file = TestScenarios.write(root.resolve("rf"), "a-file", "x");
        out.add(new BadCase("a file for a run folder (compare)", List.of("compare", run.toString(), file.toString(),
                "--out", root.resolve("rf/out").toString()), List.of(file + " is not a folder"), root.resolve("rf")));
        out.add(new BadCase("a shard folder for a run folder (table)", List.of("table", shard0.toString()),
                List.of(shard0 + " is not a run folder: it has no summary.csv"), root.resolve("rf")));
        out.add(new BadCase("table --readme a folder", List.of("table", run.toString(), "--readme",
                root.resolve("rf").toString()), List.of("--readme " + root.resolve("rf") + ": a folder, not a file"),
                root.resolve("rf")));
        out.add(new BadCase("table --year outside the run", List.of("table", run.toString(), "--year", "2030"),
                List.of("--year 2030: " + run + " covers the years 2023 to 2026"), root.resolve("rf")));
        out.add(new BadCase("compare --out a file", List.of("compare", run.toString(), run.toString(), "--out",
                file.toString()), List.of(file + " exists and is not a folder"), root.resolve("rf")));
        return out;
    }

    static List<Breakage> shardBreakages() {
        return List.of(
                new Breakage("no sweep.json", d -> delete(d.resolve("sweep.json")),
                        List.of("DIR: not a sweep folder (no sweep.json)")),
                new Breakage("no runs.csv", d -> delete(d.resolve("runs.csv")),
                        List.of("DIR: not a sweep folder (no runs.csv)")),
                new Breakage("no plan.yaml", d -> delete(d.resolve("plan.yaml")),
                        List.of("DIR: not a sweep folder (no plan.yaml)")),
                new Breakage("an edited plan", d -> edit(d.resolve("plan.yaml"), "hawkishness", "restraint"),
                        List.of("DIR/plan.yaml no longer describes the runs")),
                new Breakage("a run count edited", d -> edit(d.resolve("sweep.json"), "\"runs\" : 2", "\"runs\" : 3"),
                        List.of("DIR/sweep.json", "one of them was edited")),
                new Breakage("a torn last line", d -> {
                    try {
                        Files.writeString(d.resolve("runs.csv"), "7,ok", java.nio.file.StandardOpenOption.APPEND);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, List.of("DIR/runs.csv: the last line is torn")),
                new Breakage("an outcome that is a word", d -> edit(d.resolve("runs.csv"), ",ok,", ",ok,lots,"),
                        List.of("DIR/runs.csv line 2")),
                new Breakage("a status that is a word", d -> edit(d.resolve("runs.csv"), ",ok,", ",fine,"),
                        List.of("DIR/runs.csv line 2", "status 'fine'; allowed: ok, failed")),
                new Breakage("other columns", d -> edit(d.resolve("runs.csv"), "run,", "row,"),
                        List.of("DIR/runs.csv", "columns differ")),
                new Breakage("a sweep.json that is not JSON", d -> write(d.resolve("sweep.json"), "{ not json"),
                        List.of("DIR/sweep.json")),
                new Breakage("another plan hash", d -> edit(d.resolve("sweep.json"), "\"planHash\" : \"",
                        "\"planHash\" : \"0"), List.of("DIR")),
                new Breakage("the other shard's runs", d -> { },
                        List.of("run 0 ")));   // in both folders, or in none
    }

    static List<BadCase> shardFolders() {
        List<BadCase> out = new ArrayList<>();
        int n = 0;
        for (Breakage b : shardBreakages()) {
            for (boolean first : List.of(true, false)) {
                n++;
                Path dir = root.resolve("m" + n);
                Path broken = copy(first ? shard0 : shard1, dir.resolve("broken"), b.edit());
                if (b.name().equals("the other shard's runs")) {
                    try {
                        Files.copy((first ? shard1 : shard0).resolve("runs.csv"), broken.resolve("runs.csv"),
                                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                Path other = first ? shard1 : shard0;
                List<String> args = first ? List.of("merge", broken.toString(), other.toString(), "--out",
                        dir.resolve("out").toString()) : List.of("merge", other.toString(), broken.toString(), "--out",
                        dir.resolve("out").toString());
                if (!first && b.name().equals("no plan.yaml")) {
                    continue;   // the first shard's plan is the one merge reads
                }
                out.add(new BadCase("shard folder with " + b.name() + (first ? " (first)" : " (second)"), args,
                        b.said().stream().map(s -> s.replace("DIR", broken.toString())).toList(), dir));
            }
        }
        Path file = TestScenarios.write(root.resolve("mf"), "a-file", "x");
        out.add(new BadCase("merge a run folder", List.of("merge", run.toString(), shard1.toString(), "--out",
                root.resolve("mf/out").toString()), List.of(run + ": not a sweep folder (no sweep.json)", "it holds a run"), root.resolve("mf")));
        out.add(new BadCase("merge --out a file", List.of("merge", shard0.toString(), shard1.toString(), "--out",
                file.toString()), List.of("--out " + file + " exists and is not a folder"), root.resolve("mf")));
        out.add(new BadCase("merge --out one of the shards", List.of("merge", shard0.toString(), shard1.toString(),
                "--out", shard1.toString()), List.of("--out " + shard1 + " is one of the folders merged"),
                root.resolve("mf")));
        out.add(new BadCase("merge one shard only", List.of("merge", shard0.toString(), "--out",
                root.resolve("mf/out").toString()), List.of("run 1 of 2 is in none of the folders"), root.resolve("mf")));
        return out;
    }

    @TestFactory
    Stream<DynamicTest> runFoldersCutEditedOrMissingFiles() {
        return runFolders().stream().map(BadCase::test);
    }

    @TestFactory
    Stream<DynamicTest> shardFoldersCutEditedOrMissingFiles() {
        return shardFolders().stream().map(BadCase::test);
    }
}
