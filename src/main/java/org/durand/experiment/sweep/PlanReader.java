package org.durand.experiment.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.durand.scenario.Problem;
import org.durand.scenario.ScenarioException;
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
            throw new ScenarioException(new Problem(label, "", "", "a folder; give a plan file (YAML), for example "
                    + file.resolve(SweepFolder.PLAN)));
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
        return new PlanReader(label).plan(m, file.toAbsolutePath().getParent());
    }

    private SweepPlan plan(YamlNode.Mapping m, Path dir) throws ScenarioException {
        unknownKeys(m, "", TOP);
        String scenario = scalar(m, "scenario", null);
        List<String> overrides = new ArrayList<>();
        if (m.get("set") instanceof YamlNode.Mapping set) {
            set.entries().forEach((k, v) -> overrides.add(k + "=" + (v instanceof YamlNode.Scalar s ? s.text() : "")));
        } else if (m.get("set") != null) {
            problem(m, "set", "", "must be a mapping of PATH: VALUE");
        }
        List<Varied> varied = new ArrayList<>();
        if (m.get("vary") instanceof YamlNode.Mapping vary && !vary.entries().isEmpty()) {
            vary.entries().forEach((path, node) -> varied(vary, path, node, varied));
        } else {
            problem(m, "vary", "", "must map each varied parameter path to {low: .., high: ..}");
        }
        Design design = Design.LHS;
        String designWord = scalar(m, "design", "lhs");
        try {
            design = Design.of(designWord);
        } catch (IllegalArgumentException e) {
            problem(m, "design", designWord, e.getMessage());
        }
        if (design != Design.GRID) {
            for (String[] s : stepped) {
                problems.add(new Problem(s[0], "vary." + s[1] + ".steps", s[2], "steps apply to the grid design only; "
                        + "this plan's design is " + designWord + " (leave steps out, or use design: grid)"));
            }
        }
        int samples = (int) whole(m, "samples", SweepPlan.defaultSamples(design));
        int levels = (int) whole(m, "levels", 4);
        int reps = (int) whole(m, "replicates", SweepPlan.DEFAULT_REPLICATES);
        long seed = whole(m, "seed", 1);
        List<String> outcomes = new ArrayList<>();
        if (m.get("outcomes") instanceof YamlNode.Sequence seq) {
            seq.items().forEach(i -> outcomes.add(i instanceof YamlNode.Scalar s && !s.isNull() ? s.text() : ""));
        } else if (m.get("outcomes") != null) {
            problem(m, "outcomes", "", "must be a list of outcome names");
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        try {
            return new SweepPlan(dir.resolve(scenario).normalize(), overrides, varied, design, samples, levels, reps,
                    seed, outcomes);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(new Problem(label, "", "", e.getMessage()));
        }
    }

    private void varied(YamlNode.Mapping vary, String path, YamlNode node, List<Varied> out) {
        String where = vary.keyOrigin(path).describe();
        if (!(node instanceof YamlNode.Mapping v)) {
            problems.add(new Problem(where, "vary." + path, "", "must be a mapping {low: .., high: ..}"));
            return;
        }
        unknownKeys(v, "vary." + path + ".", VARY);
        String low = scalar(v, "low", null);
        String high = scalar(v, "high", null);
        String steps = scalar(v, "steps", "");
        if (!steps.isEmpty()) {
            stepped.add(new String[] {where, path, steps});
        }
        String spreadWord = scalar(v, "spread", "uniform");
        if (low == null || high == null) {
            return;
        }
        try {
            Spread spread = spread(spreadWord, v, where, path);
            if (spread == null) {
                return;
            }
            out.add(Varied.of(path, low, high, steps.isEmpty() ? null : Integer.valueOf(steps), spread, where));
        } catch (NumberFormatException e) {
            problems.add(new Problem(where, "vary." + path, steps, "steps, mode, mean and sd must be numbers"));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(where, "vary." + path, "", e.getMessage().substring(where.length() + 2)));
        }
    }

    private Spread spread(String word, YamlNode.Mapping v, String where, String path) {
        for (Spread.Kind kind : Spread.Kind.values()) {
            if (kind.word().equals(word)) {
                return switch (kind) {
                    case TRIANGULAR -> new Spread(kind, Double.parseDouble(scalar(v, "mode", "NaN")), 0);
                    case NORMAL -> new Spread(kind, Double.parseDouble(scalar(v, "mean", "NaN")),
                            Double.parseDouble(scalar(v, "sd", "NaN")));
                    default -> new Spread(kind, 0, 0);
                };
            }
        }
        problems.add(new Problem(where, "vary." + path + ".spread", word, "is not one of: uniform, log-uniform, "
                + "triangular, normal"));
        return null;
    }

    private void unknownKeys(YamlNode.Mapping m, String prefix, Set<String> allowed) {
        for (String key : m.entries().keySet()) {
            if (!allowed.contains(key)) {
                String near = allowed.stream().min(java.util.Comparator.comparingInt(
                        a -> LevenshteinDistance.getDefaultInstance().apply(a, key))).orElse("");
                String hint = LevenshteinDistance.getDefaultInstance().apply(near, key) <= 3
                        ? " (did you mean '" + prefix + near + "'?)" : "";
                problems.add(new Problem(m.keyOrigin(key).describe(), prefix + key, "", "unknown key" + hint
                        + "; allowed: " + String.join(", ", new java.util.TreeSet<>(allowed))));
            }
        }
    }

    /** The text of a scalar key, {@code fallback} when absent (a problem when the fallback is null). */
    private String scalar(YamlNode.Mapping m, String key, String fallback) {
        YamlNode n = m.get(key);
        if (n == null) {
            if (fallback == null) {
                problems.add(new Problem(m.origin().describe(), key, "", "is required"));
            }
            return fallback;
        }
        if (!(n instanceof YamlNode.Scalar s) || s.isNull()) {
            problem(m, key, "", "must be a single value, not " + n.shape());
            return fallback;
        }
        return s.text();
    }

    private long whole(YamlNode.Mapping m, String key, long fallback) {
        String text = scalar(m, key, String.valueOf(fallback));
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            problem(m, key, text, "must be a whole number");
            return fallback;
        }
    }

    private void problem(YamlNode.Mapping m, String key, String value, String message) {
        problems.add(new Problem(m.keyOrigin(key).describe(), key, value, message));
    }
}
