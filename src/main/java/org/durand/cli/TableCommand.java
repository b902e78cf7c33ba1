package org.durand.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.durand.io.AtomicFiles;
import org.durand.io.LineEndings;
import org.durand.output.MarkdownTables;
import org.durand.output.Period;
import org.durand.output.RunFolderException;
import org.durand.output.RunFolderReader;
import org.durand.output.RunRecord;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code durand table}: Markdown tables of headline outcomes and targets from run folders. */
@Command(name = "table", mixinStandardHelpOptions = true,
        description = "Print Markdown tables from run folders: each scenario's headline outcomes in a year (mean "
                + "and 95%% CI; a run covering the year only in part is marked, e.g. '2026 (to 15 Dec)', and "
                + "explained under the table) and the first folder's targets; with --readme, replace the part of a Markdown file "
                + "between the lines '<!-- durand:tables -->' and '<!-- /durand:tables -->'.",
        footer = {"", "Example:", "  ./durand table results/examples/baseline results/examples/dialogue --year 2026"})
final class TableCommand implements Callable<Integer> {

    static final String BEGIN = "<!-- durand:tables -->";
    static final String END = "<!-- /durand:tables -->";

    /** Why {@code path} is not a regular file, in words: a folder, or missing. */
    static String notAFile(Path path) {
        return Files.isDirectory(path) ? "a folder, not a file" : Files.exists(path) ? "not a regular file" : "no such file";
    }

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Run folders; the first one's targets are tabled.")
    List<Path> dirs;

    @Option(names = "--year", defaultValue = "2026", description = "Year of the outcomes (default: ${DEFAULT-VALUE}).")
    int year;

    @Option(names = "--readme", paramLabel = "FILE", description = "Markdown file whose marked section to replace.")
    Path readme;

    /** The summary period of {@link #year} in {@code dir}, which must have one. */
    private Period year(Path dir, List<Period> periods) throws Main.BadInput {
        List<Period> years = periods.stream().filter(p -> p.type().equals(Period.YEAR)).toList();
        return years.stream().filter(p -> p.name().equals(Integer.toString(year))).findFirst()
                .orElseThrow(() -> new Main.BadInput("--year " + year + ": " + dir + " covers " + (years.isEmpty()
                        ? "no year" : "the years " + years.get(0).label() + " to " + years.get(years.size() - 1).label())
                        + "; give one of those"));
    }

    /**
     * Each run's row label: its scenario's name, and where two runs share a name, the folder as
     * given after it ({@code baseline (results/a)}), so the rows can be told apart.
     */
    private List<String> labels(List<RunRecord> runs) {
        List<String> names = runs.stream().map(r -> r.info().scenario()).toList();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            String name = names.get(i);
            boolean shared = names.stream().filter(name::equals).count() > 1;
            out.add(shared ? name + " (" + dirs.get(i) + ")" : name);
        }
        return out;
    }

    @Override
    public Integer call() throws Exception {
        String text = readme == null ? null : readmeText();
        List<RunRecord> runs = new ArrayList<>();
        List<String> notes = new ArrayList<>();   // said once every input is read and checked
        for (Path d : dirs) {
            RunFolderCheck.file(d, "summary.csv");
            try {
                Period p = year(d, RunFolderReader.periods(d));
                if (!p.whole()) {
                    notes.add("durand: --year " + year + ": " + d + " " + p.note() + "; its row is marked "
                            + p.label());
                }
                runs.add(RunFolderReader.read(d, false));
            } catch (RunFolderException e) {
                throw new Main.BadInput(e.getMessage());
            }
        }
        List<String> labels = labels(runs);
        if (runs.stream().mapToInt(r -> r.results().size()).distinct().count() > 1) {
            notes.add("durand: the runs have different replicate counts ("
                    + String.join(", ", java.util.stream.IntStream.range(0, runs.size())
                            .mapToObj(i -> labels.get(i) + " " + runs.get(i).results().size()).toList())
                    + "): their intervals differ in width for that reason alone");
        }
        StringBuilder md = new StringBuilder();
        md.append("Headline outcomes in ").append(year).append(" (mean of replicates [95% CI of the mean]):\n\n");
        try {
            md.append(MarkdownTables.outcomes(runs, labels, year));
        } catch (IllegalArgumentException e) {
            throw new Main.BadInput("--year " + year + ": " + e.getMessage());
        }
        if (!runs.get(0).targets().isEmpty()) {
            md.append("\nCalibration of `").append(labels.get(0))
                    .append("` against the observed targets:\n\n").append(MarkdownTables.targets(runs.get(0)));
        }
        notes.forEach(System.err::println);
        if (readme == null) {
            System.out.print(md);
            return 0;
        }
        String updated = withTables(text, md.toString());
        AtomicFiles.write(readme, out -> out.write(updated));
        System.err.println("tables written into " + readme);
        return 0;
    }

    /**
     * The text of {@link #readme}, checked before any run folder is read: a readable UTF-8 file
     * with the marked section.
     *
     * @throws Main.BadInput naming the file and what is wrong with it
     */
    private String readmeText() throws Main.BadInput, java.io.IOException {
        if (!Files.isRegularFile(readme)) {
            throw new Main.BadInput("--readme " + readme + ": " + notAFile(readme) + "; give a Markdown file with the "
                    + "lines '" + BEGIN + "' and '" + END + "'");
        }
        String text;
        try {
            text = Files.readString(readme, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new Main.BadInput("--readme " + readme + ": not UTF-8 text; give a Markdown file with the lines '"
                    + BEGIN + "' and '" + END + "'");
        }
        int a = text.indexOf(BEGIN);
        int b = text.indexOf(END);
        if (a < 0 || b < a) {
            throw new Main.BadInput(readme + " has no section between '" + BEGIN + "' and '" + END + "'");
        }
        return text;
    }

    /**
     * {@code text} with the part between the markers replaced by {@code tables} (lines ending in
     * {@code \n}), written with the line ending the file uses ({@link LineEndings#of}), so that a
     * file with CRLF line endings keeps them on every line.
     */
    static String withTables(String text, String tables) {
        int a = text.indexOf(BEGIN);
        int b = text.indexOf(END);
        String section = LineEndings.convert("\n" + tables, LineEndings.of(text));
        return text.substring(0, a + BEGIN.length()) + section + text.substring(b);
    }
}
