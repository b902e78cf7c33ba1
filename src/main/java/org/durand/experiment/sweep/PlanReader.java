package org.durand.experiment.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.durand.scenario.Problem;
import org.durand.scenario.ScenarioException;
import org.durand.scenario.ScenarioReader;
import org.durand.scenario.Suggestion;
import org.durand.scenario.YamlLoader;
import org.durand.scenario.YamlNode;

/**
 * Reads a sweep plan file with the strictness of scenario files (plain data only, no duplicate
 * keys, unknown keys refused with the nearest valid one suggested, every problem with its file and
 * line). The format, every key but {@code scenario} and {@code vary} optional:
 *
 * <pre>
 * scenario: ../scenarios/baseline.yaml        # relative to the plan file
 * set: {resolution.personsPerAgent: 50}        # overrides at every point
 * vary:
 *   governments.host.hawkishness: {low: 0.3, high: 0.9, steps: 5}
 *   groups.ttp.attacksPerCellYear: {low: 0.5, high: 2.5, spread: triangular, mode: 1.2}
 * design: sobol            # grid, lhs, sobol, morris or random (default lhs)
 * samples: 64              # points, Sobol base rows or Morris trajectories
 * levels: 4                # Morris levels
 * replicates: 2           # per point (default 2, as --reps: two let the noise share be measured)
 * seed: 7                  # (default 1)
 * outcomes: [fatalities_total.all, tension_index.peak]
 * </pre>
 */
public final class PlanReader {

    private static final Set<String> TOP = Set.of("scenario", "set", "vary", "design", "samples", "levels",
            "replicates", "seed", "outcomes");
    private static final Set<String> VARY = Set.of("low", "high", "steps", "spread", "mode", "mean", "sd");
    private static final long MAX_BYTES = 1_000_000;
    /** A YAML 1.2 core-schema decimal number: no hex, no Java suffixes, no NaN or infinities. */
    private static final java.util.regex.Pattern PLAIN_NUMBER =
            java.util.regex.Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final String SPREADS = java.util.Arrays.stream(Spread.Kind.values()).map(Spread.Kind::word)
            .collect(java.util.stream.Collectors.joining(", "));

    private final String label;
    private final List<Problem> problems = new ArrayList<>();
    /** Varied entries that give steps: where, path, the steps as written. */
    private final List<String[]> stepped = new ArrayList<>();

    private PlanReader(String label) {
        this.label = label;
    }

    /**
     * Reads and checks a plan file.
     *
     * @throws ScenarioException listing every problem, each with file, line, key, value and what is allowed
     */
    public static SweepPlan read(Path file) throws ScenarioException {
        String label = file.toString();
        String text;
        if (Files.isDirectory(file)) {
            throw new ScenarioException(new Problem(label, "", "", inFolder(file)));
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ScenarioException(new Problem(label, "", "", "plan files may be at most " + MAX_BYTES + " bytes"));
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioException(new Problem(label, "", "", Files.exists(file) ? "cannot be read: " + e.getMessage()
                    : "no such file"));
        }
        YamlNode root = YamlLoader.parse(text, label);
        if (!(root instanceof YamlNode.Mapping m)) {
            throw new ScenarioException(new Problem(root.origin().describe(), "", "", "a plan is a mapping of keys"));
        }
        String other = otherKind(file, m);
        if (!other.isEmpty()) {
            throw new ScenarioException(new Problem(label, "", "", other));
        }
        return new PlanReader(label).plan(m, file.toAbsolutePath().getParent());
    }

    /** What a plan has that no other Durand file has: the keys that name the scenario and what to vary. */
    private static final String WHAT_A_PLAN_IS = "a plan names a scenario (scenario:) and what to vary (vary:)";

    /**
     * Why {@code m}, read from {@code file}, is a Durand file of another kind than a plan, by its
     * top-level keys ({@link YamlLoader#kind}); empty when it has a plan's {@code scenario} or
     * {@code vary} (and is no manifest a command wrote), or is of no kind recognised (its keys are
     * then checked one by one).
     */
    private static String otherKind(Path file, YamlNode.Mapping m) {
        String kind = YamlLoader.kind(m).orElse(m.get("extends") != null ? "a scenario" : "");
        boolean manifest = kind.equals(YamlLoader.SWEEP_MANIFEST) || kind.equals(YamlLoader.OUTPUT_MANIFEST);
        if (!manifest && (m.get("scenario") != null || m.get("vary") != null)) {
            return "";
        }
        return switch (kind) {
            case "", "a sweep plan" -> "";
            case "a scenario" -> "this is a scenario, not a sweep plan; " + WHAT_A_PLAN_IS + "; to sweep this scenario "
                    + "run 'durand sweep " + SlurmScript.shellWord(file.toString()) + " --vary PATH=LOW:HIGH ...'";
            case "a targets file" -> "this is a targets file, not a sweep plan; " + WHAT_A_PLAN_IS + "; a scenario "
                    + "names its targets file with 'targets: FILE'";
            default -> "this is " + kind + ", not a sweep plan; " + WHAT_A_PLAN_IS
                    + (kind.equals(YamlLoader.SWEEP_MANIFEST) && Files.isRegularFile(file.resolveSibling(SweepFolder.PLAN))
                    ? "; the plan of that sweep is " + file.resolveSibling(SweepFolder.PLAN) : "");
        };
    }

    /**
     * What to say of a folder given as a plan file: the plan files in it and in its subfolders, by
     * their top-level keys, or that it holds none.
     */
    static String inFolder(Path folder) {
        List<Path> plans = new ArrayList<>();
        try (java.util.stream.Stream<Path> files = Files.walk(folder, 2)) {
            files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().matches("(?i).+\\.ya?ml"))
                    .sorted().forEach(f -> {
                        if (isPlan(f)) {
                            plans.add(f);
                        }
                    });
        } catch (IOException | java.io.UncheckedIOException e) {
            // an unreadable subfolder: say what was found
        }
        if (plans.isEmpty()) {
            return "a folder, not a plan file, and it holds no sweep plan (" + WHAT_A_PLAN_IS + "); give a plan "
                    + "file (YAML), or sweep a scenario with 'durand sweep SCENARIO --vary PATH=LOW:HIGH ...'";
        }
        List<String> names = plans.stream().limit(5).map(Path::toString).toList();
        return "a folder, not a plan file; the plan" + (plans.size() == 1 ? " in it is " : "s in it are ")
                + String.join(", ", names) + (plans.size() > 5 ? " and " + (plans.size() - 5) + " more" : "")
                + "; give one of them";
    }

    /** Whether {@code file} reads as a sweep plan (small, YAML, with a plan's keys); false when it cannot be read. */
    private static boolean isPlan(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                return false;
            }
            YamlNode root = YamlLoader.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
            return root instanceof YamlNode.Mapping m && YamlLoader.kind(m).filter("a sweep plan"::equals).isPresent();
        } catch (IOException | ScenarioException | RuntimeException e) {
            return false;
        }
    }

    private SweepPlan plan(YamlNode.Mapping m, Path dir) throws ScenarioException {
        unknownKeys(m, "", TOP);
        String scenario = scalar(m, "scenario", null, "allowed: a scenario file (YAML), relative to the plan file");
        List<String> overrides = new ArrayList<>();
        if (m.get("set") instanceof YamlNode.Mapping set) {
            set.entries().forEach((k, v) -> {
                if (v instanceof YamlNode.Scalar s && !s.isNull()) {
                    overrides.add(k + "=" + s.text());
                } else {
                    problems.add(new Problem(set.keyOrigin(k).describe(), k, "", (v instanceof YamlNode.Scalar
                            ? "has no value" : "must be a single value, not " + v.shape()) + "; allowed: a value of "
                            + "the scenario key, as a --set would give it"));
                }
            });
        } else if (m.get("set") != null) {
            problem(m, "set", "", "must be a mapping of PATH: VALUE");
        }
        List<Varied> varied = new ArrayList<>();
        if (m.get("vary") instanceof YamlNode.Mapping vary && !vary.entries().isEmpty()) {
            vary.entries().forEach((path, node) -> varied(vary, path, node, varied));
            if (m.get("set") instanceof YamlNode.Mapping set) {
                set.entries().keySet().stream().filter(k -> vary.entries().containsKey(k.trim())).forEach(k ->
                        problems.add(new Problem(set.keyOrigin(k).describe(), "set." + k, "", k.trim() + " is also "
                                + "varied (vary, line " + vary.keyOrigin(k.trim()).line() + "), which gives it its value "
                                + "at every point; leave it out of set or of vary")));
            }
        } else {
            problem(m, "vary", "", "must map each varied parameter path to {low: .., high: ..}");
        }
        Design design = Design.LHS;
        String designWord = scalar(m, "design", "lhs", "allowed: " + Design.words());
        try {
            design = Design.of(designWord == null ? "lhs" : designWord);
        } catch (IllegalArgumentException e) {
            problem(m, "design", designWord, "allowed: " + Design.words());
        }
        if (design != Design.GRID) {
            for (String[] s : stepped) {
                problems.add(new Problem(s[0], "vary." + s[1] + ".steps", s[2], "steps apply to the grid design only; "
                        + "this plan's design is " + designWord + " (leave steps out, or use design: grid)"));
            }
        }
        int least = design == Design.SOBOL || design == Design.MORRIS ? 2 : 1;
        int samples = (int) whole(m, "samples", SweepPlan.defaultSamples(design), least, 10_000_000);
        int levels = (int) whole(m, "levels", 4, 2, 20);
        int reps = (int) whole(m, "replicates", SweepPlan.DEFAULT_REPLICATES, 1, 100_000);
        long seed = whole(m, "seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
        List<String> outcomes = new ArrayList<>();
        YamlNode given = m.get("outcomes");
        if (given instanceof YamlNode.Sequence seq) {
            seq.items().forEach(i -> outcomes.add(i instanceof YamlNode.Scalar s && !s.isNull() ? s.text() : ""));
            if (outcomes.isEmpty()) {
                problem(m, "outcomes", "", "is empty; give at least one outcome (METRIC.PERIOD or target.ID), or "
                        + "leave the key out for the defaults");
            }
        } else if (given instanceof YamlNode.Scalar s && s.isNull()) {
            problem(m, "outcomes", "", "has no value; allowed: a list of outcomes, such as [fatalities_total.all]");
        } else if (given != null) {
            problem(m, "outcomes", "", "must be a list of outcome names, such as [fatalities_total.all]");
        }
        // the design's own faults (samples, levels) are said with the vary entries' problems, not after them
        for (SweepPlan.Fault f : SweepPlan.faults(design, varied, samples, levels, reps)) {
            problems.add(new Problem(m.keyOrigin(f.key()).describe(), f.key(), f.value(), f.message()));
        }
        if (!problems.isEmpty()) {
            if (scenario != null && !overrides.isEmpty() && m.get("set") instanceof YamlNode.Mapping set) {
                problems.addAll(setProblems(dir.resolve(scenario).normalize(), overrides, set));
            }
            throw new ScenarioException(problems);
        }
        return new SweepPlan(dir.resolve(scenario).normalize(), overrides, varied, design, samples, levels, reps,
                seed, outcomes);
    }

    /**
     * The problems the plan's {@code set} values make in its scenario, each at the line of its
     * entry: read here only when the plan has other problems, so that all are said at once (a plan
     * without other problems has its scenario read, and these said, when the sweep is set up).
     * Problems of the scenario file itself are left to that reading.
     */
    private static List<Problem> setProblems(Path scenarioFile, List<String> overrides, YamlNode.Mapping set) {
        try {
            ScenarioReader.read(scenarioFile, overrides);
            return List.of();
        } catch (ScenarioException e) {
            return e.problems().stream().filter(p -> p.where().startsWith("--set "))
                    .map(p -> atSetEntry(p, set)).toList();
        }
    }

    /**
     * {@code p}, a problem of the override {@code --set PATH=VALUE}, said at the line of the plan's
     * {@code set} entry for PATH (at {@code set} itself when that entry cannot be found).
     */
    public static Problem atSetEntry(Problem p, YamlNode.Mapping set) {
        String entry = p.where().substring("--set ".length()).split("=", 2)[0];
        YamlNode.Origin at = set.keyOrigin(entry) != null ? set.keyOrigin(entry) : set.origin();
        return new Problem(at.describe() + ": set", p.key(), p.value(), p.message());
    }

    private void varied(YamlNode.Mapping vary, String path, YamlNode node, List<Varied> out) {
        String where = vary.keyOrigin(path).describe();
        if (!(node instanceof YamlNode.Mapping v)) {
            problems.add(new Problem(where, "vary." + path, "", "must be a mapping {low: .., high: ..}"));
            return;
        }
        String key = "vary." + path + ".";
        unknownKeys(v, key, VARY);
        int before = problems.size();
        String low = scalar(v, "low", null, "allowed: a number, date or true/false in the parameter's range", key);
        String high = scalar(v, "high", null, "allowed: a number, date or true/false in the parameter's range", key);
        String steps = scalar(v, "steps", "", "allowed: a whole number from 2 to 1000", key);
        if (steps != null && !steps.isEmpty()) {
            if (!steps.trim().matches("[0-9]{1,4}")) {
                problem(v, "steps", steps, "must be a whole number from 2 to 1000", key);
            } else {
                stepped.add(new String[] {v.keyOrigin("steps").describe(), path, steps});
            }
        }
        String spreadWord = scalar(v, "spread", "uniform", "allowed: " + SPREADS, key);
        Spread spread = spreadWord == null ? null : spread(spreadWord, v, key);
        if (low == null || high == null || spread == null || problems.size() > before) {
            return;
        }
        try {
            out.add(Varied.of(path, low, high, steps.isEmpty() ? null : Integer.valueOf(steps.trim()), spread, where));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(where, "vary." + path, "", e.getMessage().substring(where.length() + 2)));
        }
    }

    /** The spread named {@code word} with its shape numbers, or null after recording what is wrong. */
    private Spread spread(String word, YamlNode.Mapping v, String key) {
        for (Spread.Kind kind : Spread.Kind.values()) {
            if (kind.word().equals(word)) {
                return switch (kind) {
                    case TRIANGULAR -> {
                        double mode = number(v, "mode", key);
                        yield Double.isNaN(mode) ? null : new Spread(kind, mode, 0);
                    }
                    case NORMAL -> {
                        double mean = number(v, "mean", key);
                        double sd = number(v, "sd", key);
                        yield Double.isNaN(mean) || Double.isNaN(sd) ? null : new Spread(kind, mean, sd);
                    }
                    default -> new Spread(kind, 0, 0);
                };
            }
        }
        problem(v, "spread", word, (word.isBlank() ? "is empty; " : "") + "allowed: " + SPREADS, key);
        return null;
    }

    /** A required plain number of a varied entry ({@code mode}, {@code mean}, {@code sd}); NaN after a problem. */
    private double number(YamlNode.Mapping v, String k, String key) {
        String text = scalar(v, k, null, "allowed: a plain number (such as 12, 0.5 or 1e-3)", key);
        if (text == null) {
            return Double.NaN;
        }
        if (!PLAIN_NUMBER.matcher(text.trim()).matches()) {
            problem(v, k, text, (text.isBlank() ? "is empty; " : "") + "must be a plain number (such as 12, 0.5 or "
                    + "1e-3)", key);
            return Double.NaN;
        }
        return Double.parseDouble(text.trim());
    }

    private void unknownKeys(YamlNode.Mapping m, String prefix, Set<String> allowed) {
        java.util.SortedSet<String> sorted = new java.util.TreeSet<>(allowed);
        for (String key : m.entries().keySet()) {
            if (!allowed.contains(key)) {
                String hint = Suggestion.of(prefix + key, sorted.stream().map(a -> prefix + a).toList(), 3);
                problems.add(new Problem(m.keyOrigin(key).describe(), prefix + key, "", "unknown key" + hint
                        + "; allowed: " + String.join(", ", sorted)));
            }
        }
    }

    private String scalar(YamlNode.Mapping m, String key, String fallback, String allowed) {
        return scalar(m, key, fallback, allowed, "");
    }

    /**
     * The text of a scalar key, {@code fallback} when absent (a problem when the fallback is null);
     * null after recording a problem: the key written with no value, with an empty one, or with a
     * list or mapping.
     *
     * @param allowed what the key allows, for the messages
     * @param prefix  the dotted path of the mapping {@code m}, for the messages ("" at the top)
     */
    private String scalar(YamlNode.Mapping m, String key, String fallback, String allowed, String prefix) {
        YamlNode n = m.get(key);
        if (n == null) {
            if (fallback == null) {
                problems.add(new Problem(m.origin().describe(), prefix + key, "", "is required; " + allowed));
            }
            return fallback;
        }
        if (n instanceof YamlNode.Scalar s && s.isNull()) {
            problem(m, key, "", "has no value; " + allowed, prefix);
            return null;
        }
        if (!(n instanceof YamlNode.Scalar s)) {
            problem(m, key, "", "must be a single value, not " + n.shape() + "; " + allowed, prefix);
            return null;
        }
        if (s.text().isBlank()) {
            problem(m, key, "", "is empty; " + allowed, prefix);
            return null;
        }
        return s.text();
    }

    /** A whole number from {@code min} to {@code max}, {@code fallback} when absent or wrong. */
    private long whole(YamlNode.Mapping m, String key, long fallback, long min, long max) {
        String allowed = "allowed: a whole number from " + min + " to " + max;
        String text = scalar(m, key, String.valueOf(fallback), allowed);
        if (text == null) {
            return fallback;
        }
        try {
            long v = Long.parseLong(text.trim());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        problem(m, key, text, "must be a whole number from " + min + " to " + max);
        return fallback;
    }

    private void problem(YamlNode.Mapping m, String key, String value, String message, String prefix) {
        problems.add(new Problem(m.keyOrigin(key).describe(), prefix + key, value, message));
    }

    private void problem(YamlNode.Mapping m, String key, String value, String message) {
        problems.add(new Problem(m.keyOrigin(key).describe(), key, value, message));
    }
}
