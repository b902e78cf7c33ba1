package org.durand.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.durand.TestScenarios;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input suite over the files a command reads besides the scenario: targets files, sweep
 * plans and posteriors. Each key of a valid file (each column, for a posterior) is given a value
 * of the wrong type, one out of range, an empty one, none, and is misspelt; the cases go round
 * the commands that read the file. Each must be refused as {@link BadCase#check()} says, at the
 * file's line with the key or column, the value and what is allowed.
 */
class BadFilesTest {

    @TempDir
    static Path root;

    private static final String B = TestScenarios.BASELINE.toString();

    /**
     * A YAML document from leaves in order, each a {@code /}-separated path (a key may hold dots)
     * and its value as written; remembers the line of each leaf.
     */
    static final class Doc {
        final Map<String, String> leaves = new LinkedHashMap<>();
        final Map<String, Integer> lines = new LinkedHashMap<>();

        Doc(String... pathsAndValues) {
            for (int i = 0; i < pathsAndValues.length; i += 2) {
                leaves.put(pathsAndValues[i], pathsAndValues[i + 1]);
            }
        }

        /** The text with {@code path} set to {@code value} (null: left out) or renamed to {@code key}. */
        String text(String path, String value, String key) {
            StringBuilder sb = new StringBuilder();
            List<String> open = new ArrayList<>();
            int line = 0;
            for (Map.Entry<String, String> e : leaves.entrySet()) {
                String[] segments = e.getKey().split("/");
                int common = 0;
                while (common < open.size() && common < segments.length - 1 && open.get(common).equals(segments[common])) {
                    common++;
                }
                open = new ArrayList<>(open.subList(0, common));
                for (int i = common; i < segments.length - 1; i++) {
                    sb.append("  ".repeat(i)).append(segments[i]).append(":\n");
                    line++;
                    open.add(segments[i]);
                }
                boolean here = e.getKey().equals(path);
                String v = here ? value : e.getValue();
                if (v == null) {
                    continue;
                }
                String k = here && key != null ? key : segments[segments.length - 1];
                sb.append("  ".repeat(segments.length - 1)).append(k).append(':').append(v.isEmpty() ? "" : " " + v)
                        .append('\n');
                line++;
                lines.put(e.getKey(), line);
            }
            return sb.toString();
        }

        int line(String path) {
            return lines.get(path);
        }
    }

    /** One bad value of a key: what to write, and what the message must say besides the place and key. */
    record Bad(String label, String value, List<String> said) {
    }

    private static List<Bad> number(String allowed, String above) {
        return List.of(new Bad("a word", "lots", List.of("= 'lots'", "must be a plain number", allowed)),
                new Bad("out of range", above, List.of("= '" + above + "'", "out of range", allowed)),
                new Bad("empty", "\"\"", List.of("is empty", allowed)),
                new Bad("no value", "", List.of("has no value", allowed)));
    }

    private static List<Bad> date() {
        return List.of(new Bad("a word", "soon", List.of("= 'soon'", "YYYY-MM-DD")),
                new Bad("no such day", "2024-02-30", List.of("= '2024-02-30'", "YYYY-MM-DD")),
                new Bad("empty", "\"\"", List.of("is empty", "YYYY-MM-DD")),
                new Bad("no value", "", List.of("has no value", "YYYY-MM-DD")));
    }

    /** Targets files: one of each statistic, every key broken in turn. */
    static List<BadCase> targets() {
        Doc total = new Doc("targets/t/metric", "fatalities_total", "targets/t/window/from", "2024-01-01",
                "targets/t/window/to", "2024-12-31", "targets/t/observed", "2546", "targets/t/tolerance", "0.10",
                "targets/t/absolute", "false", "targets/t/weight", "2", "targets/t/atLeast", "100",
                "targets/t/source", "CRSS");
        Doc ratio = new Doc("targets/r/metric", "returns_total", "targets/r/window/from", "2024-01-01",
                "targets/r/window/to", "2024-03-31", "targets/r/observed", "0.5", "targets/r/range/low", "0.2",
                "targets/r/range/high", "0.8", "targets/r/statistic", "ratio", "targets/r/denominator/from",
                "2023-10-01", "targets/r/denominator/to", "2023-12-31", "targets/r/source", "x");
        String big = "between -1e15 and 1e15";
        Map<String, List<Bad>> bads = new LinkedHashMap<>();
        bads.put("metric", List.of(new Bad("unknown", "bogus", List.of("= 'bogus'", "is not a metric; allowed: ")),
                new Bad("a list", "[a, b]", List.of("must be a single value")),
                new Bad("no value", "", List.of("has no value"))));
        bads.put("from", date());
        bads.put("to", date());
        bads.put("observed", number(big, "1e16"));
        bads.put("tolerance", number("between 0 and 1", "1.5"));
        bads.put("absolute", List.of(new Bad("a word", "maybe", List.of("= 'maybe'", "must be true or false")),
                new Bad("empty", "\"\"", List.of("is empty", "true or false")),
                new Bad("no value", "", List.of("has no value", "true or false"))));
        bads.put("weight", number("between 0 and 1000", "1001"));
        bads.put("atLeast", number(big, "-1e16"));
        bads.put("low", number(big, "1e16"));
        bads.put("high", number(big, "1e16"));
        bads.put("statistic", List.of(new Bad("a word", "median", List.of("= 'median'", "allowed values: total, "
                + "max-month, ratio")), new Bad("empty", "\"\"", List.of("is empty", "allowed values: ")),
                new Bad("no value", "", List.of("has no value", "allowed values: "))));
        bads.put("source", List.of(new Bad("a list", "[a, b]", List.of("must be a single value")),
                new Bad("no value", "", List.of("has no value"))));
        List<List<String>> commands = List.of(List.of("validate", B), List.of("run", B, "--out", "OUT"),
                List.of("calibrate", B, "--fit", "groups.ttp.attacksPerCellYear=0.5:2.5", "--out", "OUT"),
                List.of("backtest", B, "--fit", "groups.ttp.attacksPerCellYear=0.5:2.5", "--fit-until", "2024-06-30",
                        "--out", "OUT"),
                List.of("bench", B), List.of("params", B));
        List<BadCase> out = new ArrayList<>();
        int n = 0;
        for (Doc doc : List.of(total, ratio)) {
            for (String path : doc.leaves.keySet()) {
                String key = path.substring(path.lastIndexOf('/') + 1);
                String dotted = path.replace('/', '.');
                List<Bad> these = new ArrayList<>(bads.get(key));
                these.add(new Bad("misspelt", null, List.of("unknown key", "did you mean '" + key + "'?")));
                for (Bad b : these) {
                    n++;
                    Path dir = root.resolve("targets" + n);
                    String misspelt = BadScenarioKeysTest.misspelt(key);
                    String text = b.value() == null ? doc.text(path, doc.leaves.get(path), misspelt)
                            : doc.text(path, b.value(), null);
                    Path file = TestScenarios.write(dir, "targets.yaml", text);
                    List<String> args = new ArrayList<>();
                    for (String a : commands.get(n % commands.size())) {
                        args.add(a.replace("OUT", dir.resolve("out").toString()));
                    }
                    args.addAll(List.of("--targets", file.toString()));
                    List<String> said = new ArrayList<>(List.of(file + " line " + doc.line(path) + ": key '"
                            + (b.value() == null ? dotted.substring(0, dotted.length() - key.length()) + misspelt
                            : dotted) + "'"));
                    said.addAll(b.said());
                    out.add(new BadCase("targets " + dotted + " " + b.label() + " (" + args.get(0) + ")", args, said,
                            dir));
                }
            }
        }
        return out;
    }

    /** Sweep plans: every key broken in turn, for a run, a dry run and a SLURM script. */
    static List<BadCase> plans() {
        Doc plan = new Doc("scenario", B, "set/resolution.personsPerAgent", "200",
                "vary/governments.host.hawkishness/low", "0.3", "vary/governments.host.hawkishness/high", "0.9",
                "vary/governments.host.hawkishness/spread", "triangular", "vary/governments.host.hawkishness/mode",
                "0.5", "vary/groups.ttp.attacksPerCellYear/low", "0.5", "vary/groups.ttp.attacksPerCellYear/high",
                "2.5", "vary/groups.ttp.attacksPerCellYear/spread", "normal", "vary/groups.ttp.attacksPerCellYear/mean",
                "1.5", "vary/groups.ttp.attacksPerCellYear/sd", "0.5", "design", "lhs", "samples", "4", "levels", "4",
                "replicates", "1", "seed", "7", "outcomes", "[fatalities_total.all]");
        Map<String, List<Bad>> bads = new LinkedHashMap<>();
        bads.put("scenario", List.of(new Bad("missing file", "nowhere.yaml", List.of("= 'nowhere.yaml'", "no such file")),
                new Bad("a targets file", TestScenarios.TARGETS.toString(), List.of("names a targets file, not a scenario")),
                new Bad("a list", "[a, b]", List.of("must be a single value")),
                new Bad("empty", "\"\"", List.of("is empty", "a scenario file")),
                new Bad("no value", "", List.of("has no value", "a scenario file"))));
        bads.put("resolution.personsPerAgent", List.of(
                new Bad("a word", "lots", List.of("= 'lots'", "must be a whole number", "between 0 and 1000000")),
                new Bad("out of range", "-5", List.of("= '-5'", "out of range", "between 0 and 1000000")),
                new Bad("empty", "\"\"", List.of("is empty", "between 0 and 1000000")),
                new Bad("no value", "", List.of("has no value", "allowed: a value of the scenario key"))));
        List<Bad> bound = List.of(new Bad("a word", "lots", List.of("bound 'lots' is not a number")),
                new Bad("out of range", "-7", List.of("-7", "allowed range")),
                new Bad("empty", "\"\"", List.of("is empty", "a number")),
                new Bad("no value", "", List.of("has no value", "a number")));
        bads.put("low", bound);
        bads.put("high", List.of(bound.get(0), new Bad("out of range", "400", List.of(":400 leave the allowed range")),
                bound.get(2), bound.get(3)));
        bads.put("spread", List.of(new Bad("a word", "bell", List.of("= 'bell'", "allowed: uniform, log-uniform, "
                + "triangular, normal")), new Bad("empty", "\"\"", List.of("is empty", "allowed: uniform")),
                new Bad("no value", "", List.of("has no value", "allowed: uniform"))));
        List<Bad> shape = List.of(new Bad("a word", "lots", List.of("= 'lots'", "a plain number")),
                new Bad("empty", "\"\"", List.of("is empty", "a plain number")),
                new Bad("no value", "", List.of("has no value", "a plain number")));
        bads.put("mode", List.of(shape.get(0), shape.get(1), shape.get(2),
                new Bad("outside the bounds", "0.95", List.of("the mode must lie between the bounds", "0.95"))));
        bads.put("mean", shape);
        bads.put("sd", List.of(shape.get(0), shape.get(1), shape.get(2),
                new Bad("negative", "-1", List.of("needs a mean and a positive sd", "sd -1"))));
        bads.put("design", List.of(new Bad("a word", "factorial", List.of("= 'factorial'", "grid, lhs, sobol, morris, random")),
                new Bad("empty", "\"\"", List.of("is empty", "grid, lhs")),
                new Bad("no value", "", List.of("has no value", "grid, lhs"))));
        for (String whole : List.of("samples", "levels", "replicates")) {
            bads.put(whole, List.of(new Bad("a word", "many", List.of("= 'many'", "a whole number from")),
                    new Bad("a fraction", "2.5", List.of("= '2.5'", "a whole number from")),
                    new Bad("zero", "0", List.of("= '0'", "a whole number from")),
                    new Bad("beyond", "99999999999", List.of("= '99999999999'", "a whole number from")),
                    new Bad("no value", "", List.of("has no value", "a whole number from"))));
        }
        bads.put("seed", List.of(new Bad("a word", "many", List.of("= 'many'", "a whole number from")),
                new Bad("a fraction", "2.5", List.of("= '2.5'", "a whole number from")),
                new Bad("beyond", "9223372036854775808", List.of("= '9223372036854775808'", "a whole number from")),
                new Bad("no value", "", List.of("has no value", "a whole number from"))));
        bads.put("outcomes", List.of(new Bad("unknown", "[bogus.2024]", List.of("= 'bogus.2024'", "METRIC.PERIOD")),
                new Bad("a word", "fatalities_total.all", List.of("must be a list")),
                new Bad("empty", "[]", List.of("is empty", "outcome")),
                new Bad("no value", "", List.of("has no value", "a list"))));
        List<List<String>> commands = List.of(List.of("sweep", "--out", "OUT"), List.of("sweep", "--dry-run"),
                List.of("sweep", "--slurm", "--out", "OUT"));
        List<BadCase> out = new ArrayList<>();
        int n = 0;
        for (String path : plan.leaves.keySet()) {
            String key = path.substring(path.lastIndexOf('/') + 1);
            List<Bad> these = new ArrayList<>(bads.get(key));
            if (!key.contains(".")) {
                these.add(new Bad("misspelt", null, List.of("unknown key", "did you mean '")));
            }
            for (Bad b : these) {
                n++;
                Path dir = root.resolve("plan" + n);
                // a value that is read but does not fit the entry's others is said at the entry's line
                boolean atEntry = path.startsWith("vary/") && List.of("a word", "out of range", "outside the bounds",
                        "negative").contains(b.label()) && !key.equals("spread") && !key.equals("mode")
                        && !key.equals("mean") && !key.equals("sd") || b.label().equals("outside the bounds")
                        || b.label().equals("negative");
                String misspelt = BadScenarioKeysTest.misspelt(key);
                String text = b.value() == null ? plan.text(path, plan.leaves.get(path), misspelt)
                        : plan.text(path, b.value(), null);
                Path file = TestScenarios.write(dir, "plan.yaml", text);
                List<String> args = new ArrayList<>();
                for (String a : commands.get(n % commands.size())) {
                    args.add(a.replace("OUT", dir.resolve("out").toString()));
                }
                args.addAll(List.of("--plan", file.toString()));
                String dotted = path.replace('/', '.');
                String parent = path.substring(0, Math.max(0, path.lastIndexOf('/')));
                String entry = parent.replace('/', '.');
                int line = atEntry ? plan.line(parent + "/low") - 1 : plan.line(path);
                List<String> said = new ArrayList<>(List.of(file + " line " + line + ": "));
                said.add("key '" + (b.value() == null ? dotted.substring(0, dotted.length() - key.length()) + misspelt
                        : path.startsWith("set/") ? key : atEntry ? entry : dotted) + "'");
                said.addAll(b.said());
                out.add(new BadCase("plan " + dotted + " " + b.label() + " (" + String.join(" ", args.subList(0, 2))
                        + ")", args, said, dir));
            }
        }
        return out;
    }

    /** Posterior files for {@code run --posterior}: a column or cell broken in turn. */
    static List<BadCase> posteriors() {
        String head = "particle,weight,distance,groups.ttp.attacksPerCellYear,groups.ttp.fighters\n";
        String row0 = "0,0.5,1.2,1.1,6500\n";
        String row1 = "1,0.5,1.0,1.3,7000\n";
        String a = "groups.ttp.attacksPerCellYear";
        Map<String, Object[]> cases = new LinkedHashMap<>();
        cases.put("no weight column", new Object[] {head.replace(",weight", "") + row0.replaceFirst(",0.5", "")
                + row1.replaceFirst(",0.5", ""), List.of(" line 1: key 'weight': the weight column is missing")});
        cases.put("a misspelt column", new Object[] {head.replace("attacksPerCellYear", "attacksPerCelYear") + row0 + row1,
                List.of(" line 1: key 'groups.ttp.attacksPerCelYear': names no scenario parameter", "did you mean")});
        cases.put("a text column", new Object[] {head.replace("groups.ttp.fighters", "governments.host.name") + row0
                + row1, List.of(" line 1: key 'governments.host.name': is a text, not a number")});
        cases.put("a column twice", new Object[] {head.replace("groups.ttp.fighters", a) + row0 + row1,
                List.of(" line 1: key '" + a + "': the column appears twice")});
        cases.put("a parameter the scenario lacks", new Object[] {head.replace("groups.ttp.fighters",
                "groups.isis.fighters") + row0 + row1, List.of(" line 1: key 'groups.isis.fighters': the scenario "
                + "defines no such value")});
        cases.put("a weight that is a word", new Object[] {head + row0.replace(",0.5,", ",heavy,") + row1,
                List.of(" line 2: key 'weight' = 'heavy'", "a number ≥ 0")});
        cases.put("a negative weight", new Object[] {head + row0.replace(",0.5,", ",-0.5,") + row1,
                List.of(" line 2: key 'weight' = '-0.5'", "a number ≥ 0")});
        cases.put("an empty weight", new Object[] {head + row0.replace(",0.5,", ",,") + row1,
                List.of(" line 2: key 'weight'", "a number ≥ 0")});
        cases.put("every weight 0", new Object[] {head + row0.replace(",0.5,", ",0,") + row1.replace(",0.5,", ",0,"),
                List.of("key 'weight': every weight is 0; at least one must be positive")});
        cases.put("a negative distance", new Object[] {head + row0.replace(",1.2,", ",-1,") + row1,
                List.of(" line 2: key 'distance' = '-1'", "a number ≥ 0 or empty")});
        cases.put("a value that is a word", new Object[] {head + row0 + row1.replace(",1.3,", ",high,"),
                List.of(" line 3: key '" + a + "' = 'high'", "0 to ")});
        cases.put("a value out of range", new Object[] {head + row0 + row1.replace(",1.3,", ",-2,"),
                List.of(" line 3: key '" + a + "' = '-2'", "0 to ")});
        cases.put("an empty value", new Object[] {head + row0 + row1.replace(",1.3,", ",,"),
                List.of(" line 3: key '" + a + "'", "0 to ")});
        cases.put("a fraction of a whole number", new Object[] {head + row0.replace("6500", "6500.5") + row1,
                List.of(" line 2: key 'groups.ttp.fighters' = '6500.5': must be a whole number")});
        cases.put("a row too short", new Object[] {head + row0 + "1,0.5,1.0\n", List.of(" line 3: has 3 fields; the "
                + "header has 5")});
        cases.put("a particle twice", new Object[] {head + row0 + row0, List.of(" line 3: key 'particle' = '0': "
                + "appears twice")});
        cases.put("no rows", new Object[] {head, List.of("holds no particle; a posterior needs at least one row")});
        cases.put("an empty file", new Object[] {"", List.of("is empty; a posterior file has a header line")});
        List<BadCase> out = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, Object[]> e : cases.entrySet()) {
            n++;
            Path dir = root.resolve("posterior" + n);
            Path file = TestScenarios.write(dir, "posterior.csv", (String) e.getValue()[0]);
            List<String> said = new ArrayList<>();
            for (Object s : (List<?>) e.getValue()[1]) {
                said.add(s.toString().startsWith(" line") ? file + s.toString() : s.toString());
            }
            said.add(file.toString());
            out.add(new BadCase("posterior " + e.getKey(), List.of("run", B, "--posterior", file.toString(), "--reps",
                    "4", "--out", dir.resolve("out").toString()), said, dir));
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyKeyOfAPlan() {
        return plans().stream().map(BadCase::test);
    }

    @TestFactory
    Stream<DynamicTest> everyColumnOfAPosterior() {
        return posteriors().stream().map(BadCase::test);
    }

    @TestFactory
    Stream<DynamicTest> everyKeyOfATargetsFile() {
        return targets().stream().map(BadCase::test);
    }
}
