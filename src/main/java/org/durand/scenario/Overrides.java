package org.durand.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies {@code --set a.b.c=value} overrides to a loaded scenario tree before it is read, so an
 * override is checked exactly like a value written in the file. The value is parsed as YAML
 * ({@code 7}, {@code 0.4}, {@code 2025-05-01}, {@code [acc, por]}); path segments name mapping
 * keys, or list positions counted from 0.
 */
public final class Overrides {

    private Overrides() {
    }

    /** Applies every override in order; collects all problems before failing. */
    public static void apply(YamlNode.Mapping root, List<String> assignments) throws ScenarioException {
        List<Problem> problems = new ArrayList<>();
        for (String assignment : assignments) {
            try {
                applyOne(root, assignment);
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
    }

    /**
     * The dotted path of an assignment {@code PATH=VALUE} as {@code --set} reads it (trimmed), or
     * the whole text when it has no {@code =} (a malformed assignment, which {@link #apply} refuses).
     */
    public static String path(String assignment) {
        int eq = assignment.indexOf('=');
        return (eq < 0 ? assignment : assignment.substring(0, eq)).trim();
    }

    private static void applyOne(YamlNode.Mapping root, String assignment) throws ScenarioException {
        String where = "--set " + assignment;
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw new ScenarioException(new Problem(where, "", "", "expected PATH=VALUE, for example "
                    + "governments.host.hawkishness=0.7"));
        }
        String path = path(assignment);
        String[] segments = path.split("\\.", -1);
        for (String seg : segments) {
            if (seg.isEmpty()) {
                throw new ScenarioException(new Problem(where, path, "", "the path has an empty segment"));
            }
        }
        if (path.equals("extends")) {
            throw new ScenarioException(new Problem(where, path, "", "a scenario's parent is read before any --set "
                    + "applies, so it cannot be set; run the other scenario, or write 'extends:' in a scenario file "
                    + "of your own (as scenarios/dialogue.yaml does)"));
        }
        if (path.equals("targets")) {
            throw new ScenarioException(new Problem(where, path, "", "the targets file is given with --targets FILE, "
                    + "read from where the command runs; not with --set"));
        }
        YamlNode.Origin origin = new YamlNode.Origin(where, 0);
        String text = assignment.substring(eq + 1);
        // nothing after '=' is an empty value, which the reader refuses with what the key allows
        YamlNode value = text.isBlank() ? new YamlNode.Scalar("", origin)
                : reorigin(YamlLoader.parse(text, where), origin);
        YamlNode current = root;
        for (int i = 0; i < segments.length; i++) {
            boolean last = i == segments.length - 1;
            String seg = segments[i];
            String sofar = String.join(".", java.util.Arrays.copyOf(segments, i + 1));
            if (last && !(current instanceof YamlNode.Scalar) && !known(path)) {
                throw new ScenarioException(new Problem(where, path, "", "names no scenario parameter"
                        + ParameterRegistry.suggestion(path) + "; 'durand params SCENARIO' lists them all"));
            }
            if (current instanceof YamlNode.Mapping m) {
                YamlNode child = m.get(seg);
                if (last) {
                    m.put(seg, value, origin);
                } else if (child == null || child instanceof YamlNode.Scalar sc && sc.isNull()) {
                    // a mapping these options make is theirs as a whole: a key it lacks is not the fault of
                    // whichever option came first ("--set timeline.x.*", not "--set timeline.x.date=...")
                    YamlNode.Mapping fresh = new YamlNode.Mapping(new YamlNode.Origin("--set " + sofar + ".*", 0));
                    m.put(seg, fresh, origin);
                    current = fresh;
                } else {
                    current = child;
                }
            } else if (current instanceof YamlNode.Sequence s) {
                int index = parseIndex(seg, s.items().size(), where, sofar);
                if (last) {
                    s.set(index, value);
                } else {
                    current = s.items().get(index);
                }
            } else {
                throw new ScenarioException(new Problem(where, sofar, "", "is a single value, so it has no '"
                        + seg + "' inside it"));
            }
        }
    }

    /** A registry entry, a mapping on the way to entries, or a position in a list-valued entry. */
    private static boolean known(String path) {
        if (ParameterRegistry.find(path).isPresent() || ParameterRegistry.isPrefix(path)) {
            return true;
        }
        int dot = path.lastIndexOf('.');
        return dot > 0 && ParameterRegistry.find(path.substring(0, dot))
                .filter(p -> p.kind() == Parameter.Kind.REFERENCES).isPresent();
    }

    private static int parseIndex(String seg, int size, String where, String path) throws ScenarioException {
        try {
            int index = Integer.parseInt(seg);
            if (index >= 0 && index < size) {
                return index;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ScenarioException(new Problem(where, path, seg, "names a list position; allowed 0 to " + (size - 1)));
    }

    private static YamlNode reorigin(YamlNode node, YamlNode.Origin origin) {
        if (node instanceof YamlNode.Scalar s) {
            return new YamlNode.Scalar(s.text(), origin);
        }
        if (node instanceof YamlNode.Sequence s) {
            YamlNode.Sequence out = new YamlNode.Sequence(origin);
            s.items().forEach(i -> out.add(reorigin(i, origin)));
            return out;
        }
        YamlNode.Mapping m = (YamlNode.Mapping) node;
        YamlNode.Mapping out = new YamlNode.Mapping(origin);
        m.entries().forEach((k, v) -> out.put(k, reorigin(v, origin), origin));
        return out;
    }
}
