package org.durand.chart;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.durand.io.Csv;
import org.durand.output.Display;
import org.durand.output.PosteriorRunCsv;
import org.durand.output.RunFiles;

/**
 * The report's section on parameter uncertainty, for a run over a posterior: per headline outcome
 * and period its standard deviation across replicates and the share of its variance due to the
 * parameters, from the run's {@code variance.csv}.
 */
final class VarianceSection {

    private VarianceSection() {
    }

    /** The posterior file the run's manifest names, or empty when it names none or cannot be read. */
    private static String posteriorFile(Path runDir) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(runDir.resolve(RunFiles.MANIFEST)
                    .toFile()).path("posterior").path("file").asText("");
        } catch (IOException e) {
            return "";
        }
    }

    /** Appends the section when {@code runDir} holds {@code variance.csv}; nothing otherwise. */
    static void append(StringBuilder b, Path runDir, List<String> headline) throws IOException {
        Path file = runDir.resolve(PosteriorRunCsv.VARIANCE);
        if (!Files.exists(file)) {
            return;
        }
        Map<String, Map<String, String>> cells = new LinkedHashMap<>();
        List<String> periods = new ArrayList<>();
        int draws = 0;
        int perDraw = 0;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser p = Csv.parse(in)) {
            for (CSVRecord r : p) {
                String metric = r.get("metric");
                if (!headline.contains(metric)) {
                    continue;
                }
                String period = r.get("period");
                if (!periods.contains(period)) {
                    periods.add(period);
                }
                double total = Double.parseDouble(r.get("variance_total"));
                String share = r.get("parameter_share");
                String low = r.get("share_ci95_low");
                String high = r.get("share_ci95_high");
                cells.computeIfAbsent(metric, m -> new LinkedHashMap<>()).put(period, "sd "
                        + Display.number(Math.sqrt(total)) + ", " + (share.isEmpty() ? "–"
                        : String.format(Locale.ROOT, "%.0f%%", 100 * Double.parseDouble(share))
                        + (low.isEmpty() ? "" : String.format(Locale.ROOT, " (%.0f–%.0f%%)",
                        100 * Double.parseDouble(low), 100 * Double.parseDouble(high)))));
                draws = Integer.parseInt(r.get("draws"));
                perDraw = Integer.parseInt(r.get("per_draw"));
            }
        }
        String source = posteriorFile(runDir);
        b.append("<h2>Parameter uncertainty</h2>\n<p class=\"muted\">This run drew its parameters from a posterior")
                .append(source.isEmpty() ? "" : " (" + Html.esc(source) + ")").append(": ")
                .append(draws).append(" parameter sets of ").append(perDraw).append(" replicates each (which one each "
                + "replicate ran is in <a href=\"draws.csv\">draws.csv</a>), so its intervals, bands and percentiles "
                + "include parameter uncertainty. Below, each outcome's standard deviation across replicates and "
                + "the share of its variance due to the parameters with its 95% confidence interval (one-way "
                + "random-effects analysis of variance; the rest is replicate noise; with few draws the share is "
                + "uncertain). Every metric is in <a href=\"variance.csv\">variance.csv</a>.</p>\n");
        List<String> header = new ArrayList<>(List.of("outcome: sd, share from the parameters"));
        periods.forEach(p -> header.add(p.equals("all") ? "whole run" : p));
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> e : cells.entrySet()) {
            List<String> row = new ArrayList<>(List.of(e.getKey()));
            periods.forEach(p -> row.add(e.getValue().getOrDefault(p, "–")));
            rows.add(row);
        }
        Html.table(b, header, rows, rows.stream().map(r -> "").toList());
    }
}
