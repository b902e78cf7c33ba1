package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.durand.TestScenarios;
import org.durand.scenario.Parameter;
import org.durand.scenario.ParameterRegistry;
import org.durand.scenario.ParameterValues;
import org.durand.scenario.ScenarioReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input suite over the scenario registry: for every parameter of {@link ParameterRegistry}
 * (at its first instance in a shipped scenario), a scenario that extends the baseline and gives it
 * a value of the wrong type, one out of range, an empty one, no value at all, and a misspelt key;
 * and the wrong-type value again as a {@code --set}. The cases go round the commands that read a
 * scenario, so each command meets every kind of mistake. Each case must be refused as
 * {@link BadCase#check()} says, at the child file's line with the key, the value and what is
 * allowed.
 */
class BadScenarioKeysTest {

    /** The commands that read a scenario, with what each needs besides it to get as far as reading it. */
    static final List<List<String>> COMMANDS = List.of(
            List.of("validate"),
            List.of("run", "--reps", "1", "--threads", "1", "--no-charts", "--out", "OUT"),
            List.of("sweep", "--vary", "groups.ttp.attacksPerCellYear=0.5:2.5", "--samples", "2", "--reps", "1",
                    "--threads", "1", "--no-charts", "--out", "OUT"),
            List.of("calibrate", "--fit", "groups.ttp.attacksPerCellYear=0.5:2.5", "--budget", "2", "--reps", "1",
                    "--threads", "1", "--out", "OUT"),
            List.of("backtest", "--fit", "groups.ttp.attacksPerCellYear=0.5:2.5", "--fit-until", "2024-06-30",
                    "--particles", "10", "--budget", "30", "--threads", "1", "--out", "OUT"),
            List.of("bench", "--runs", "1", "--warmup", "0"),
            List.of("params"),
            List.of("gui", "--screenshot", "OUT/shot.png", "--days", "1"));

    @TempDir
    static Path root;

    /** Each registry entry's first concrete path in the shipped scenarios, in registry order. */
    static final Map<Parameter, String> INSTANCES = new LinkedHashMap<>();

    @BeforeAll
    static void instances() throws Exception {
        Map<String, Parameter> byPath = new LinkedHashMap<>();
        for (String file : List.of("baseline.yaml", "dialogue.yaml", "escalation.yaml", "interdiction.yaml",
                "no-expulsions.yaml", "por-phase.yaml")) {
            ParameterValues values = ScenarioReader.read(TestScenarios.SCENARIOS.resolve(file), List.of()).parameters();
            for (ParameterValues.Value v : values.list()) {
                byPath.putIfAbsent(v.path(), v.parameter());
            }
        }
        for (Parameter p : ParameterRegistry.all()) {
            byPath.entrySet().stream().filter(e -> e.getValue().equals(p)).findFirst()
                    .ifPresent(e -> INSTANCES.put(p, e.getKey()));
        }
        // keys of timeline kinds no shipped scenario uses: the talks entry's outcome, and a 'set' entry written whole
        ParameterRegistry.find("timeline.jcc-kabul-2025.outcome").ifPresent(p -> INSTANCES.putIfAbsent(p,
                "timeline.jcc-kabul-2025.outcome"));
        for (String key : List.of("parameter", "value")) {
            ParameterRegistry.find(PROBE + "." + key).ifPresent(p -> INSTANCES.putIfAbsent(p, PROBE + "." + key));
        }
    }

    /** A timeline entry of the 'set' kind that the child files write whole, around the key they break. */
    private static final String PROBE = "timeline.probe";
    private static final Map<String, String> PROBE_KEYS = Map.of("date", "2025-06-01", "type", "set", "actor", "host",
            "parameter", "governments.host.hawkishness", "value", "0.5");

    /** A bad value for one key, and what the refusal must say besides the file, line and key. */
    record Bad(String label, String yaml, List<String> said) {
    }

    /** The bad values for {@code p}: wrong type, out of range, empty, and no value at all. */
    static List<Bad> badValues(Parameter p) {
        List<Bad> out = new ArrayList<>();
        String none = "has no value";
        switch (p.kind()) {
            case NUMBER, INTEGER -> {
                String allowed = "between " + plain(p.min()) + " and " + plain(p.max());
                out.add(new Bad("a word", "lots", List.of("= 'lots'", p.kind() == Parameter.Kind.INTEGER
                        ? "must be a whole number (such as 12)" : "must be a plain number", allowed)));
                double above = p.max() < 1e15 ? p.max() + Math.max(1, Math.abs(p.max())) : p.min() - 1;
                out.add(new Bad("out of range", plain(above), List.of("= '" + plain(above) + "'", "out of range",
                        allowed)));
                out.add(new Bad("empty", "\"\"", List.of("is empty", allowed)));
                out.add(new Bad("no value", "", List.of(none, allowed)));
                if (p.kind() == Parameter.Kind.INTEGER) {
                    out.add(new Bad("a fraction", "2.5", List.of("= '2.5'", "must be a whole number", allowed)));
                }
            }
            case BOOLEAN -> {
                out.add(new Bad("a word", "maybe", List.of("= 'maybe'", "must be true or false")));
                out.add(new Bad("out of range", "2", List.of("= '2'", "must be true or false")));
                out.add(new Bad("empty", "\"\"", List.of("is empty", "true or false")));
                out.add(new Bad("no value", "", List.of(none, "true or false")));
            }
            case DATE -> {
                out.add(new Bad("a word", "soon", List.of("= 'soon'", "YYYY-MM-DD")));
                out.add(new Bad("no such day", "2024-02-30", List.of("= '2024-02-30'", "YYYY-MM-DD")));
                out.add(new Bad("empty", "\"\"", List.of("is empty", "YYYY-MM-DD")));
                out.add(new Bad("no value", "", List.of(none, "YYYY-MM-DD")));
            }
            case TEXT -> {
                out.add(new Bad("a list", "[a, b]", List.of("must be a single value", "a list")));
                if (!p.optional()) {
                    out.add(new Bad("empty", "\"\"", List.of("is empty")));
                }
                out.add(new Bad("no value", "", List.of(none)));
            }
            case CHOICE -> {
                out.add(new Bad("a word", "nothing-known", List.of("= 'nothing-known'", "allowed values: "
                        + String.join(", ", p.choices()))));
                out.add(new Bad("empty", "\"\"", List.of("is empty", "allowed values: ")));
                out.add(new Bad("no value", "", List.of(none, "allowed values: ")));
            }
            case REFERENCE -> {
                out.add(new Bad("an unknown id", "nowhere", List.of("= 'nowhere'", "names nothing defined; allowed: ")));
                out.add(new Bad("empty", "\"\"", List.of("is empty", "allowed: ")));
                out.add(new Bad("no value", "", List.of(none, "allowed: ")));
            }
            case REFERENCES -> {
                out.add(new Bad("an unknown id", "[nowhere]", List.of("= 'nowhere'", "names nothing defined; allowed: ")));
                out.add(new Bad("a word", "nowhere", List.of("must be a list")));
                out.add(new Bad("no value", "", List.of(none, "a list")));
            }
            default -> throw new IllegalStateException(p.kind().toString());
        }
        return out;
    }

    /** A number as a user writes it, as the scenario reader writes ranges: 12, 0.5, 0.000001. */
    static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v)
                : new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    /** {@code key} with two inner letters swapped, or a letter doubled when it is short. */
    static String misspelt(String key) {
        if (key.length() < 4) {
            return key + key.charAt(key.length() - 1);
        }
        int i = key.length() / 2;
        char[] c = key.toCharArray();
        if (c[i] == c[i - 1]) {
            return key.substring(0, i) + "x" + key.substring(i);
        }
        char t = c[i];
        c[i] = c[i - 1];
        c[i - 1] = t;
        return new String(c);
    }

    /** A child scenario's text, and the line of the key it breaks. */
    record Child(String text, int line) {
    }

    /**
     * A scenario extending the baseline that sets {@code path} to {@code yaml}: one nested mapping
     * per segment, so the key is on the line after the segments above it (after the other keys of
     * the probe entry, when it is one of them).
     */
    static Child child(String path, String yaml) {
        StringBuilder sb = new StringBuilder("extends: " + TestScenarios.BASELINE + "\n");
        String[] segments = path.split("\\.");
        int line = 1;
        for (int i = 0; i < segments.length; i++) {
            if (i == segments.length - 1 && path.startsWith(PROBE + ".")) {
                for (String k : new java.util.TreeSet<>(PROBE_KEYS.keySet())) {
                    if (!k.equals(segments[i]) && !misspelt(k).equals(segments[i])) {
                        sb.append("  ".repeat(i)).append(k).append(": ").append(PROBE_KEYS.get(k)).append('\n');
                        line++;
                    }
                }
            }
            sb.append("  ".repeat(i)).append(segments[i]).append(':');
            sb.append(i == segments.length - 1 ? (yaml.isEmpty() ? "" : " " + yaml) : "").append('\n');
            line++;
        }
        return new Child(sb.toString(), line);
    }

    /** The command line of case number {@code n}, reading {@code scenario} and writing into {@code dir}. */
    static List<String> commandLine(int n, Path scenario, Path dir, List<String> more) {
        // gui takes no --set: those cases go to the command before it
        List<String> template = COMMANDS.get((n % COMMANDS.size() == COMMANDS.size() - 1 && !more.isEmpty() ? n - 1 : n)
                % COMMANDS.size());
        List<String> args = new ArrayList<>(List.of(template.get(0), scenario.toString()));
        for (String a : template.subList(1, template.size())) {
            args.add(a.replace("OUT", dir.resolve("out").toString()));
        }
        args.addAll(more);
        return args;
    }

    /** A case named by what it tries and the command that meets it. */
    static BadCase named(String what, List<String> args, List<String> said, Path dir) {
        return new BadCase(what + " (" + args.get(0) + ")", args, said, dir);
    }

    static List<BadCase> fileCases() {
        List<BadCase> out = new ArrayList<>();
        int n = 0;
        for (Map.Entry<Parameter, String> e : INSTANCES.entrySet()) {
            Parameter p = e.getKey();
            String path = e.getValue();
            if (p.path().equals("extends")) {
                continue;   // the file's own first line; its mistakes are cases of BadNamedInstancesTest
            }
            List<Bad> bads = new ArrayList<>(badValues(p));
            String key = path.substring(path.lastIndexOf('.') + 1);
            String wrong = misspelt(key);
            String wrongPath = path.substring(0, path.length() - key.length()) + wrong;
            for (Bad b : bads) {
                n++;
                Path dir = root.resolve("s" + n);
                Child c = child(path, b.yaml());
                Path file = TestScenarios.write(dir, "child.yaml", c.text());
                List<String> said = new ArrayList<>(List.of(file + " line " + c.line() + ": key '" + path + "'"));
                said.addAll(b.said());
                out.add(named(path + " " + b.label(), commandLine(n, file, dir, List.of()), said, dir));
            }
            n++;
            Path dir = root.resolve("s" + n);
            String value = p.numeric() ? "1" : "x";
            Child c = child(wrongPath, value);
            int line = c.line();
            Path file = TestScenarios.write(dir, "child.yaml", c.text());
            List<String> said = p.path().endsWith(".*")
                    ? List.of(file + " line " + line + ": key '" + path.substring(0, path.length() - key.length() - 1)
                    + "' = '" + wrong + "'", "allowed: ", "did you mean '" + key + "'?")
                    : List.of(file + " line " + line + ": key '" + wrongPath + "': unknown key", "did you mean '" + key
                    + "'?", "allowed here: ");
            out.add(named(wrongPath + " misspelt", commandLine(n, file, dir, List.of()), said, dir));
        }
        return out;
    }

    static List<BadCase> setCases() {
        List<BadCase> out = new ArrayList<>();
        int n = 0;
        for (Map.Entry<Parameter, String> e : INSTANCES.entrySet()) {
            Parameter p = e.getKey();
            if (p.kind() == Parameter.Kind.TEXT || e.getValue().startsWith(PROBE + ".")) {
                continue;   // any word is a text; the probe entry is not in the baseline
            }
            Bad b = badValues(p).get(0);
            String set = e.getValue() + "=" + b.yaml();
            n++;
            Path dir = root.resolve("set" + n);
            List<String> said = new ArrayList<>(List.of("--set " + set + ": key '" + e.getValue() + "'"));
            said.addAll(b.said());
            out.add(named("--set " + set, commandLine(n, TestScenarios.BASELINE, dir, List.of("--set", set)), said, dir));
        }
        return out;
    }

    @Test
    void everyRegistryEntryHasAnInstanceToBreak() {
        List<String> missing = ParameterRegistry.all().stream().filter(p -> !INSTANCES.containsKey(p))
                .map(Parameter::path).toList();
        assertTrue(missing.isEmpty(), "registry entries no shipped scenario uses: " + missing);
    }

    @TestFactory
    Stream<DynamicTest> everyKeyOfAScenarioFile() {
        return fileCases().stream().map(BadCase::test);
    }

    @TestFactory
    Stream<DynamicTest> everyKeyAsASet() {
        return setCases().stream().map(BadCase::test);
    }
}
