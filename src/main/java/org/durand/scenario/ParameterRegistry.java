package org.durand.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;


/**
 * The one registry of scenario parameters: every value a user may set in a scenario file or with
 * {@code --set} has exactly one {@link Parameter} entry, with its unit, range, fallback,
 * description and whether it may change during a run. The scenario reader validates against these
 * entries, so adding a parameter means adding its entry (in {@link ScenarioParameters},
 * {@link TimelineParameters} or {@link BehaviourParameters}) and reading it where the model needs it.
 */
public final class ParameterRegistry {

    private ParameterRegistry() {
    }

    /** Built on first use, after the entry classes are initialised. */
    private static final class Holder {
        static final List<Parameter> ALL = build();

        private static List<Parameter> build() {
            List<Parameter> all = new ArrayList<>();
            all.addAll(ScenarioParameters.all());
            all.addAll(TimelineParameters.all());
            all.addAll(BehaviourParameters.all());
            return List.copyOf(all);
        }
    }

    /** Every entry, in the order of a scenario file. */
    public static List<Parameter> all() {
        return Holder.ALL;
    }

    /** The entry that {@code concretePath} (real ids, dotted) is an instance of, if any. */
    public static Optional<Parameter> find(String concretePath) {
        return Holder.ALL.stream().filter(p -> p.matches(concretePath)).findFirst();
    }

    /** Whether {@code concretePath} is a mapping on the way to some entry ({@code governments.host}). */
    public static boolean isPrefix(String concretePath) {
        int depth = concretePath.split("\\.", -1).length;
        for (Parameter p : Holder.ALL) {
            String[] segments = p.path().split("\\.");
            if (segments.length > depth) {
                String prefix = String.join(".", java.util.Arrays.copyOf(segments, depth));
                if (new Parameter(prefix, Parameter.Kind.TEXT, "", 0, 0, null, List.of(), false, "prefix", "")
                        .matches(concretePath)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * " (did you mean 'a.b'?)" for the nearest entry path, its {@code *} segments filled with the
     * ids written in {@code concretePath}, or "".
     */
    public static String suggestion(String concretePath) {
        String[] written = concretePath.split("\\.", -1);
        return Suggestion.of(concretePath, Holder.ALL.stream().map(p -> instantiate(p.path(), written)).toList(),
                Math.max(3, concretePath.length() / 4));
    }

    private static String instantiate(String pattern, String[] written) {
        String[] segments = pattern.split("\\.");
        for (int i = 0; i < segments.length && i < written.length; i++) {
            if (segments[i].equals("*")) {
                segments[i] = written[i];
            }
        }
        return String.join(".", segments);
    }

    // ---- factories used by the entry classes --------------------------------------------------

    static Parameter number(String path, String unit, double min, double max, String fallback, boolean live,
                            String description, String reason) {
        return new Parameter(path, Parameter.Kind.NUMBER, unit, min, max, fallback, List.of(), live, description, reason);
    }

    static Parameter whole(String path, String unit, double min, double max, String fallback, boolean live,
                           String description, String reason) {
        return new Parameter(path, Parameter.Kind.INTEGER, unit, min, max, fallback, List.of(), live, description,
                reason);
    }

    static Parameter flag(String path, String fallback, boolean live, String description) {
        return new Parameter(path, Parameter.Kind.BOOLEAN, "", 0, 1, fallback, List.of(), live, description,
                "a switch; " + fallback + " when not stated");
    }

    static Parameter date(String path, String fallback, boolean live, String description) {
        return new Parameter(path, Parameter.Kind.DATE, "date", 0, 0, fallback, List.of(), live, description,
                "a calendar date");
    }

    static Parameter text(String path, String fallback, String description) {
        return new Parameter(path, Parameter.Kind.TEXT, "", 0, 0, fallback, List.of(), false, description, "free text");
    }

    static Parameter choice(String path, List<String> choices, String description) {
        return new Parameter(path, Parameter.Kind.CHOICE, "", 0, 0, null, choices, false, description,
                "the kinds the model knows");
    }

    static Parameter reference(String path, String description) {
        return new Parameter(path, Parameter.Kind.REFERENCE, "id", 0, 0, "", List.of(), false, description,
                "must name something the scenario defines");
    }

    static Parameter references(String path, String description) {
        return new Parameter(path, Parameter.Kind.REFERENCES, "ids", 0, 0, null, List.of(), false, description,
                "must name things the scenario defines");
    }
}
