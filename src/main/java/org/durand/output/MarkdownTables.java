package org.durand.output;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Markdown tables for the README, read from finished run folders: headline outcomes of a year
 * per scenario (mean and 95% CI from {@code summary.csv}) and a run's {@code targets.csv}.
 */
public final class MarkdownTables {

    /** Headline metrics: column title and metric. */
    private static final String[][] HEADLINES = {
        {"fatalities", "fatalities_total"},
        {"attacks", "attacks"},
        {"returns (deported + pressured)", "returns_total"},
        {"refugees remaining (end of year)", "refugees_remaining"},
        {"border closed days", "border_closed_days"},
        {"tension index (0–100)", "tension_index"},
    };

    private MarkdownTables() {
    }

    /** One row per run folder: scenario name and each headline's mean [95% CI] in {@code year}. */
    public static String outcomes(List<Path> runs, int year) throws IOException {
        StringBuilder sb = new StringBuilder("| scenario |");
        for (String[] h : HEADLINES) {
            sb.append(' ').append(h[0]).append(' ').append(year).append(" |");
        }
        sb.append("\n|---|").append("---:|".repeat(HEADLINES.length)).append('\n');
        for (Path run : runs) {
            List<CSVRecord> rows = read(run.resolve("summary.csv"));
            String name = rows.isEmpty() ? run.getFileName().toString() : rows.get(0).get("scenario");
            sb.append("| ").append(name).append(" |");
            for (String[] h : HEADLINES) {
                CSVRecord r = find(rows, h[1], Integer.toString(year));
                sb.append(' ').append(fmt(parse(r.get("mean")))).append(" [").append(fmt(parse(r.get("ci95_low"))))
                        .append('–').append(fmt(parse(r.get("ci95_high")))).append("] |");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The targets of one run: observed, model mean with 95% CI, relative error, met or not. */
    public static String targets(Path run) throws IOException {
        StringBuilder sb = new StringBuilder(
                "| target | window | observed | model mean [95% CI] | relative error | met | source |\n"
                        + "|---|---|---:|---:|---:|:---:|---|\n");
        for (CSVRecord r : read(run.resolve("targets.csv"))) {
            sb.append("| ").append(r.get("target")).append(" | ").append(r.get("window_start")).append(" – ")
                    .append(r.get("window_end")).append(" | ").append(fmt(parse(r.get("observed")))).append(" | ")
                    .append(fmt(parse(r.get("model_mean")))).append(" [").append(fmt(parse(r.get("ci95_low"))))
                    .append("–").append(fmt(parse(r.get("ci95_high")))).append("] | ")
                    .append(String.format(Locale.ROOT, "%+.1f%%", 100 * parse(r.get("relative_error")))).append(" | ")
                    .append(r.get("within_tolerance").equals("yes") ? "yes" : "**no**").append(" | ")
                    .append(r.get("source").replace("|", "/")).append(" |\n");
        }
        return sb.toString();
    }

    private static CSVRecord find(List<CSVRecord> rows, String metric, String year) {
        for (CSVRecord r : rows) {
            if (r.get("metric").equals(metric) && r.get("period_type").equals("year") && r.get("period").equals(year)) {
                return r;
            }
        }
        throw new IllegalArgumentException("summary.csv has no " + metric + " for " + year);
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return p.getRecords();
        }
    }

    private static double parse(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    private static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (Math.abs(v) < 10) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return String.format(Locale.ROOT, "%,.0f", v);
    }
}
