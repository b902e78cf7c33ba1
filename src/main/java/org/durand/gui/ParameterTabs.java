package org.durand.gui;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.durand.model.Government;
import org.durand.model.TensionModel;
import org.durand.scenario.Parameter;
import org.durand.scenario.ParameterValues;
import org.durand.scenario.Scenario;
import org.durand.scenario.ScenarioException;

import sim.util.Interval;

/**
 * The scenario's numeric parameters as inspector rows, one tab per actor: each government, each
 * militant group, the deportation phases and the tension index (the mechanisms' parameters are
 * left to {@code durand params} and scenario files). Names, units, ranges and descriptions come
 * from the parameter registry. A change is re-read as a {@code --set} override and handed to the
 * model; parameters that are not live can change only while no run is under way.
 */
final class ParameterTabs {

    /** Sliders of open-ended ranges reach this multiple of the scenario's value. */
    private static final double OPEN_RANGE_FACTOR = 4;
    /** Ranges narrower than this are shown whole; from 0–100 up, a slider reaches four times the value. */
    private static final double SMALL_RANGE = 100;

    /** Where a change is sent: the current scenario in, the model updated, errors reported. */
    interface Sink {
        /** The scenario with the changes so far. */
        LiveScenario source();

        /** The model the rows read. */
        TensionModel model();

        /**
         * Whether values that only shape the start of a run may change now: while no run is
         * under way, or while a run waits at its start with no day played.
         */
        boolean startOpen();

        /**
         * Hands {@code next} on: a live value reaches the running model at once; a value that
         * shapes the start builds the run again from its start.
         *
         * @throws IllegalArgumentException if the model refuses it
         */
        void apply(LiveScenario next, boolean live);

        /** Reports a change refused, in words for the class. */
        void problem(String message);
    }

    private ParameterTabs() {
    }

    /** Tab title to rows, in the order a scenario file lists the actors. */
    static Map<String, List<Row>> build(Sink sink) {
        Scenario s = sink.model().scenario();
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put("governments.host.", s.host().name());
        prefixes.put("governments.haven.", s.haven().name());
        s.groups().forEach((id, g) -> prefixes.put("groups." + id + ".", g.name()));
        prefixes.put("phases.", "Deportations");
        prefixes.put("tension.", "Tension index");
        Map<String, List<Row>> tabs = new LinkedHashMap<>();
        for (ParameterValues.Value v : s.parameters().list()) {
            Parameter p = v.parameter();
            String prefix = prefixes.keySet().stream().filter(v.path()::startsWith).findFirst().orElse(null);
            if (prefix != null && p.numeric() && shown(p)) {
                String label = prefix.equals("phases.") ? v.path().split("\\.")[1] + " phase: " : "";
                tabs.computeIfAbsent(prefixes.get(prefix), k -> new ArrayList<>()).add(row(sink, v, label));
            }
        }
        return tabs;
    }

    /** Map coordinates and shares that must sum to one are not for sliding. */
    private static boolean shown(Parameter p) {
        return !p.path().endsWith(".x") && !p.path().endsWith(".y") && !p.path().contains(".provinces.");
    }

    private static Row row(Sink sink, ParameterValues.Value initial, String label) {
        Parameter p = initial.parameter();
        String path = initial.path();
        boolean whole = p.kind() == Parameter.Kind.INTEGER;
        double start = Double.parseDouble(initial.value());
        Supplier<Object> value = () -> {
            Government moved = movedByTimeline(sink.model(), path);
            double v = moved != null ? moved.getOpsTempo() : sink.model().scenario().parameters().get(path)
                    .map(x -> Double.parseDouble(x.value())).orElse(start);
            return whole ? (Object) Math.round(v) : (Object) v;
        };
        String name = label + name(p);
        String description = "<html>" + capital(p.description()) + ".<br>Allowed: " + p.range() + (p.unit().isEmpty()
                ? "" : " " + p.unit()) + (p.live() ? ". Can change during a run."
                : ". Shapes the start: can change until the first day is played.")
                + "<br><i>" + path + "</i></html>";
        return new Row(name, whole ? long.class : double.class, value,
                v -> set(sink, p, path, text(((Number) v).doubleValue(), whole), value),
                () -> p.live() || sink.startOpen(), domain(p, start, whole), description);
    }

    /**
     * The government whose count of operations the row of {@code path} shows, when the run has
     * begun: the timeline's {@code operations} entries move the count, so the row shows the count
     * in force rather than the scenario's starting value; else null.
     */
    static Government movedByTimeline(TensionModel m, String path) {
        if (m.host() == null || !path.endsWith(".opsTempo")) {
            return null;
        }
        return path.equals("governments.host.opsTempo") ? m.host()
                : path.equals("governments.haven.opsTempo") ? m.haven() : null;
    }

    private static Object set(Sink sink, Parameter p, String path, String text, Supplier<Object> value) {
        try {
            Government moved = movedByTimeline(sink.model(), path);
            boolean sameAsGiven = sink.model().scenario().parameters().get(path)
                    .map(v -> new BigDecimal(v.value()).compareTo(new BigDecimal(text)) == 0).orElse(false);
            if (moved != null && sameAsGiven && moved.getOpsTempo() != Double.parseDouble(text)) {
                // a live value reaches the agents when it differs from the one given before, so a
                // count the timeline moved is set back to the starting value in two steps
                sink.apply(sink.source().with(path, text(moved.getOpsTempo(), false)), p.live());
            }
            sink.apply(sink.source().with(path, text), p.live());
            sink.problem(" ");
            return value.get();
        } catch (ScenarioException e) {
            sink.problem(e.problems().isEmpty() ? e.getMessage() : e.problems().get(0).describe());
        } catch (IllegalArgumentException | IllegalStateException e) {
            sink.problem(e.getMessage());
        }
        return null;
    }

    /**
     * A row's label: the key in words, "at the start" for values that only set the initial state,
     * and the unit unless the words already say it ("Strikes per year", "Fighters at the start",
     * "Engagements per year (contacts/year)").
     */
    static String name(Parameter p) {
        String words = words(p.key());
        if (!p.live() && p.description().contains("at the start")) {
            words += " at the start";
        }
        String unitWord = p.unit().split("[/ ]")[0].toLowerCase(Locale.ROOT);
        boolean said = p.unit().isEmpty() || p.unit().equals("0–1") || words.toLowerCase(Locale.ROOT).contains(unitWord);
        return said ? words : words + " (" + p.unit() + ")";
    }

    /**
     * The slider's range: the registry's when narrower than 100, else up to four times the value
     * (at least the minimum + 10), so a count of operations of 0.3 slides over 0–10, not 0–100.
     */
    static Interval domain(Parameter p, double value, boolean whole) {
        double hi = p.max() - p.min() < SMALL_RANGE ? p.max()
                : Math.min(p.max(), niceCeiling(Math.max(OPEN_RANGE_FACTOR * value, p.min() + 10)));
        return whole ? new Interval((long) p.min(), (long) hi) : new Interval(p.min(), hi);
    }

    /** The smallest of 1, 2 or 5 times a power of ten that is at least {@code v} (> 0). */
    static double niceCeiling(double v) {
        double power = Math.pow(10, Math.floor(Math.log10(v)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= v) {
                return step * power;
            }
        }
        return 10 * power;
    }

    /** A slider value as the override text: whole numbers as such, others to three significant digits. */
    static String text(double v, boolean whole) {
        if (whole) {
            return Long.toString(Math.round(v));
        }
        return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /** {@code attacksPerCellYear} → "Attacks per cell year". */
    static String words(String key) {
        String spaced = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return capital(spaced);
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
