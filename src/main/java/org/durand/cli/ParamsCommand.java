package org.durand.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.commons.csv.CSVPrinter;
import org.durand.io.Csv;
import org.durand.scenario.Parameter;
import org.durand.scenario.ParameterValues;
import org.durand.scenario.Scenario;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code durand params}: every parameter of a scenario, from the one parameter registry, with its
 * resolved value, unit, allowed range, whether it may change during a run, and description.
 */
@Command(name = "params", mixinStandardHelpOptions = true,
        description = "List every parameter of a scenario: dotted path, value, unit, allowed range, whether it "
                + "may change during a run, description and the reason for its range.",
        footer = {"", "Examples:", "  ./durand params scenarios/baseline.yaml",
                "  ./durand params scenarios/baseline.yaml --format csv",
                "  ./durand params scenarios/dialogue.yaml --set governments.host.hawkishness=0.8 --format json"})
final class ParamsCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { table, csv, json }

    private static final List<String> COLUMNS = List.of("path", "value", "kind", "unit", "range", "stated",
            "live", "description", "reason");

    @Mixin
    ScenarioOptions scenarioOptions = new ScenarioOptions();

    @Option(names = "--format", defaultValue = "table",
            description = "table (aligned, for reading), csv or json (for scripts); default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    public Integer call() throws Exception {
        Scenario scenario = scenarioOptions.loadAndWarn();
        scenarioOptions.targets(scenario);   // not listed, but a mistake in them is said as by every command
        List<List<String>> rows = new ArrayList<>();
        for (ParameterValues.Value v : scenario.parameters().list()) {
            Parameter p = v.parameter();
            rows.add(List.of(v.path(), v.value(), p.kind().label(), p.unit(), p.range(), v.stated() ? "yes" : "no",
                    p.live() ? "yes" : "no", p.description(), p.reason()));
        }
        PrintStream out = System.out;
        switch (format) {
            case csv -> out.print(csv(rows));
            case json -> out.println(json(rows));
            default -> out.print(table(rows));
        }
        return 0;
    }

    private static String csv(List<List<String>> rows) throws IOException {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = Csv.printer(w, COLUMNS.toArray(new String[0]))) {
            for (List<String> r : rows) {
                p.printRecord(r);
            }
        }
        return w.toString();
    }

    private static String json(List<List<String>> rows) throws IOException {
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> r : rows) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < COLUMNS.size(); i++) {
                m.put(COLUMNS.get(i), r.get(i));
            }
            out.add(m);
        }
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out);
    }

    /** Path, value, unit, range, live and description, in aligned columns (the reason is left to csv/json). */
    private static String table(List<List<String>> rows) {
        int[] shown = {0, 1, 3, 4, 6, 7};
        String[] heads = {"PATH", "VALUE", "UNIT", "RANGE", "LIVE", "DESCRIPTION"};
        int[] width = new int[shown.length];
        for (int c = 0; c < shown.length; c++) {
            width[c] = heads[c].length();
            for (List<String> r : rows) {
                width[c] = Math.max(width[c], Math.min(c == 0 || c == 5 ? 44 : 26, r.get(shown[c]).length()));
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, List.of(heads), width);
        for (List<String> r : rows) {
            List<String> cells = new ArrayList<>();
            for (int c : shown) {
                cells.add(r.get(c));
            }
            line(sb, cells, width);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] width) {
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            boolean last = c == cells.size() - 1;
            if (!last && cell.length() > width[c]) {
                cell = cell.substring(0, width[c] - 1) + "…";
            }
            sb.append(last ? cell : cell + " ".repeat(width[c] - cell.length() + 2));
        }
        sb.append('\n');
    }
}
