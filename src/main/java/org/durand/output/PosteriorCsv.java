package org.durand.output;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.durand.experiment.Posterior;
import org.durand.io.AtomicFiles;
import org.durand.io.Csv;
import org.durand.io.Numbers;
import org.durand.scenario.Parameter;
import org.durand.scenario.ParameterRegistry;
import org.durand.scenario.Problem;
import org.durand.scenario.ScenarioException;

/**
 * {@code posterior.csv}: one row per particle, {@code particle, weight, distance}, then one column
 * per parameter named by its dotted path, values in the parameter's own unit. Written by
 * {@code durand calibrate --method abc} and read by {@code durand run --posterior}; a file written
 * by hand or by another tool is read as strictly as a scenario.
 */
public final class PosteriorCsv {

    /** The particle index column (optional when reading). */
    public static final String PARTICLE = "particle";
    /** The importance weight column (required; ≥ 0, not all 0; normalised on reading). */
    public static final String WEIGHT = "weight";
    /** The ABC distance column (optional when reading). */
    public static final String DISTANCE = "distance";
    /** Particles read at most: a posterior is a sample, not a data set. */
    static final int MAX_ROWS = 1_000_000;

    private PosteriorCsv() {
    }

    /** Writes {@code posterior} to {@code file} atomically, particles in order, weights as normalised. */
    public static void write(Path file, Posterior posterior) throws IOException {
        List<String> header = new ArrayList<>(List.of(PARTICLE, WEIGHT, DISTANCE));
        header.addAll(posterior.paths());
        double[] w = posterior.weights();
        double[] d = posterior.distances();
        AtomicFiles.write(file, out -> {
            CSVPrinter csv = Csv.printer(out, header.toArray(new String[0]));
            for (int i = 0; i < posterior.size(); i++) {
                List<Object> row = new ArrayList<>(List.of(i, Numbers.format(w[i]), Numbers.format(d[i])));
                for (double v : posterior.particle(i)) {
                    row.add(Numbers.format(v));
                }
                csv.printRecord(row);
            }
            csv.flush();
        });
    }

    /**
     * Reads a posterior file.
     *
     * @throws ScenarioException listing every problem, each with the file and line, the column (the
     *                           key), the value and what is allowed: a missing file, a file that
     *                           is not UTF-8 text, a header naming none of the posterior's columns
     *                           (another table: one problem, not one per column), no
     *                           {@code weight} column, a column that is no numeric parameter of the
     *                           registry (with the nearest one), a column twice, a row with a
     *                           missing or negative weight, a value that is not a number or lies
     *                           outside the registry's range, weights summing to 0, no rows
     */
    public static Posterior read(Path file) throws ScenarioException {
        String name = file.toString();
        List<Problem> problems = new ArrayList<>();
        if (Files.isDirectory(file)) {
            throw new ScenarioException(new Problem(name, "", "", "is a folder; give the posterior file in it, for "
                    + "example " + file.resolve("posterior.csv")));
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(new Problem(name, "", "", "no such file"));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ScenarioException(new Problem(name, "", "", "is not UTF-8 text (an image or another binary "
                    + "file?); a posterior is the CSV file posterior.csv that 'durand calibrate --method abc' wrote"));
        } catch (IOException e) {
            throw new ScenarioException(new Problem(name, "", "", "cannot be read: " + e.getMessage()));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);      // a byte order mark, as spreadsheet programs write
        }
        if (text.isBlank()) {
            throw new ScenarioException(new Problem(name, "", "", "is empty; a posterior file has a header line "
                    + "(particle, weight, distance and the parameter paths) and one row per particle"));
        }
        try (Reader in = new java.io.StringReader(text);
             CSVParser parser = Csv.parse(in)) {
            List<String> header = parser.getHeaderNames();
            if (header.stream().noneMatch(c -> List.of(PARTICLE, WEIGHT, DISTANCE).contains(c)
                    || ParameterRegistry.find(c).isPresent())) {
                throw new ScenarioException(new Problem(name + " line 1", "", "", "is not a posterior: its header ("
                        + abbreviated(header) + ") names none of particle, weight, distance or a parameter path; give "
                        + "the posterior.csv that 'durand calibrate --method abc' wrote"));
            }
            List<String> paths = new ArrayList<>();
            List<Parameter> entries = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (String column : header) {
                if (!seen.add(column)) {
                    problems.add(new Problem(name + " line 1", column, "", "the column appears twice"));
                } else if (!List.of(PARTICLE, WEIGHT, DISTANCE).contains(column)) {
                    Parameter p = ParameterRegistry.find(column).orElse(null);
                    if (p == null || !p.numeric()) {
                        problems.add(new Problem(name + " line 1", column, "", (p == null
                                ? "names no scenario parameter" + ParameterRegistry.suggestion(column)
                                : "is a " + p.kind().label() + ", not a number")
                                + "; columns are particle, weight, distance (optional) and numeric parameter paths "
                                + "('durand params SCENARIO' lists them)"));
                    } else {
                        paths.add(column);
                        entries.add(p);
                    }
                }
            }
            if (!header.contains(WEIGHT)) {
                problems.add(new Problem(name + " line 1", WEIGHT, "", "the weight column is missing; the header "
                        + "must name particle, weight and the parameter paths (distance, which calibrate writes, may "
                        + "be left out)"));
            }
            if (paths.isEmpty() && problems.isEmpty()) {
                problems.add(new Problem(name + " line 1", "", "", "no parameter column; add one column per "
                        + "parameter, named by its dotted path"));
            }
            if (!problems.isEmpty()) {
                throw new ScenarioException(problems);
            }
            Set<String> particles = new HashSet<>();
            List<double[]> values = new ArrayList<>();
            List<Double> weights = new ArrayList<>();
            List<Double> distances = new ArrayList<>();
            for (CSVRecord row : parser) {
                String where = name + " line " + (row.getRecordNumber() + 1);
                if (values.size() == MAX_ROWS) {
                    problems.add(new Problem(where, "", "", "more than " + MAX_ROWS + " particles"));
                    break;
                }
                if (row.size() != header.size()) {
                    problems.add(new Problem(where, "", "", "has " + Display.count(row.size(), "field")
                            + "; the header has "
                            + header.size()));
                    continue;
                }
                if (header.contains(PARTICLE) && !particles.add(row.get(PARTICLE).trim())) {
                    problems.add(new Problem(where, PARTICLE, row.get(PARTICLE), "appears twice; every particle has "
                            + "its own id"));
                }
                double w = number(row, WEIGHT, where, problems, 0, Double.MAX_VALUE, "a number ≥ 0 (a particle's "
                        + "importance weight)");
                double d = header.contains(DISTANCE) && !row.get(DISTANCE).isBlank()
                        ? number(row, DISTANCE, where, problems, 0, Double.MAX_VALUE, "a number ≥ 0 or empty")
                        : Double.NaN;
                double[] v = new double[paths.size()];
                for (int j = 0; j < v.length; j++) {
                    Parameter p = entries.get(j);
                    v[j] = number(row, paths.get(j), where, problems, p.min(), p.max(), p.range() + " ("
                            + p.unit() + ")");
                    if (p.kind() == Parameter.Kind.INTEGER && v[j] != Math.rint(v[j])) {
                        problems.add(new Problem(where, paths.get(j), row.get(paths.get(j)), "must be a whole number"));
                    }
                }
                values.add(v);
                weights.add(w);
                distances.add(d);
            }
            if (values.isEmpty() && problems.isEmpty()) {
                problems.add(new Problem(name, "", "", "holds no particle; a posterior needs at least one row"));
            }
            if (problems.isEmpty() && !(weights.stream().mapToDouble(Double::doubleValue).sum() > 0)) {
                problems.add(new Problem(name, WEIGHT, "", "every weight is 0; at least one must be positive"));
            }
            if (!problems.isEmpty()) {
                throw new ScenarioException(firstOfEach(problems));
            }
            return new Posterior(paths, values.toArray(new double[0][]),
                    weights.stream().mapToDouble(Double::doubleValue).toArray(),
                    distances.stream().mapToDouble(Double::doubleValue).toArray());
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
            throw new ScenarioException(new Problem(name, "", "", "cannot be read as CSV: " + e.getMessage()));
        }
    }

    /** The first columns of {@code header}, comma-separated, with how many more there are. */
    private static String abbreviated(List<String> header) {
        int shown = Math.min(4, header.size());
        String first = String.join(", ", header.subList(0, shown)).replace('\n', ' ');
        first = first.length() > 80 ? first.substring(0, 77) + "..." : first;
        return first + (header.size() > shown ? " and " + (header.size() - shown) + " more" : "");
    }

    /**
     * The problems with each repeated one (same column, value and message on other lines) given
     * once, with how many more lines have it, so a column wrong on every row reads as one problem.
     */
    static List<Problem> firstOfEach(List<Problem> problems) {
        java.util.Map<String, Problem> first = new java.util.LinkedHashMap<>();
        java.util.Map<String, Integer> more = new java.util.HashMap<>();
        for (Problem p : problems) {
            String key = p.key() + "\u0000" + p.value() + "\u0000" + p.message();
            if (first.putIfAbsent(key, p) != null) {
                more.merge(key, 1, Integer::sum);
            }
        }
        List<Problem> out = new ArrayList<>();
        first.forEach((key, p) -> out.add(more.containsKey(key) ? new Problem(p.where(), p.key(), p.value(),
                p.message() + " (and on " + more.get(key) + " more line" + (more.get(key) == 1 ? "" : "s") + ")") : p));
        return out;
    }

    private static double number(CSVRecord row, String column, String where, List<Problem> problems, double min,
                                 double max, String allowed) {
        String text = row.get(column);
        double v;
        try {
            v = Numbers.parse(text);
        } catch (NumberFormatException e) {
            problems.add(new Problem(where, column, text, "is not a number; allowed: " + allowed));
            return Double.NaN;
        }
        if (Double.isNaN(v)) {
            problems.add(new Problem(where, column, "", "is missing; allowed: " + allowed));
        } else if (v < min || v > max) {
            problems.add(new Problem(where, column, text, "is outside the allowed range: " + allowed));
        }
        return v;
    }
}
