package org.durand.calibrate;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * The text of a scenario file that extends the calibrated one and sets only the fitted values, so
 * it runs as is and shows exactly what calibration changed. Composing the text does no I/O; the
 * caller writes it (atomically, with the output package's writers).
 */
public final class FittedScenarioFile {

    private FittedScenarioFile() {
    }

    /**
     * The fitted scenario file: a header comment (objective, evaluations, replicates, base seed and
     * every searched range), an {@code extends:} entry pointing at {@code original} relative to
     * the folder of {@code target}, and each fitted value nested under its dotted path.
     *
     * @param target      where the file will be written; only its folder is used, to make the
     *                    {@code extends:} path relative
     * @param original    the scenario file that was calibrated
     * @param params      the fitted parameters, in the order of {@code best.values()}
     * @param best        the best evaluation; its values are in scenario units
     * @param evaluations objective evaluations spent (≥ 1)
     * @param reps        replicates per evaluation (≥ 1)
     * @param seed        base seed of the replicates
     * @return the YAML text, lines ending in {@code \n}, numbers formatted independently of the locale
     * @throws IllegalArgumentException if {@code best} does not hold one value per parameter
     */
    public static String text(Path target, Path original, List<FitParameter> params,
                              Calibration.Evaluation best, int evaluations, int reps, long seed) {
        return text(target, original, params, best, evaluations, reps, seed, List.of());
    }

    /**
     * As {@link #text(Path, Path, List, Calibration.Evaluation, int, int, long)}, naming in the header
     * the {@code --set} overrides the fit ran with ({@code PATH=VALUE}); they are not set in the file.
     */
    public static String text(Path target, Path original, List<FitParameter> params,
                              Calibration.Evaluation best, int evaluations, int reps, long seed,
                              List<String> overrides) {
        if (best.values().length != params.size()) {
            throw new IllegalArgumentException("the best evaluation has " + best.values().length
                    + " values for " + params.size() + " fitted parameters");
        }
        Path here = target.toAbsolutePath().getParent();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("extends", relative(here, original));
        for (int i = 0; i < params.size(); i++) {
            put(root, params.get(i).path().split("\\."), best.values()[i]);
        }
        String body = new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).build()).dumpToString(root);
        StringBuilder text = new StringBuilder();
        text.append("# Fitted by durand calibrate: weighted squared relative error ")
                .append(String.format(Locale.ROOT, "%.4g", best.objective()))
                .append(" after ").append(evaluations).append(" evaluations of ").append(reps)
                .append(" replicates (base seed ").append(seed).append(").\n")
                .append("# Only the fitted values are set here; everything else comes from the extended file.\n");
        if (!overrides.isEmpty()) {
            text.append("# The fit ran with");
            overrides.forEach(o -> text.append(" --set ").append(o));
            text.append("; they are not set here: add them to run as fitted.\n");
        }
        for (FitParameter p : params) {
            text.append("# ").append(p.path()).append(" searched in [").append(p.low()).append(", ").append(p.high())
                    .append("]\n");
        }
        text.append(body);
        return text.toString();
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> root, String[] path, double value) {
        Map<String, Object> m = root;
        for (int i = 0; i < path.length - 1; i++) {
            m = (Map<String, Object>) m.computeIfAbsent(path[i], k -> new LinkedHashMap<String, Object>());
        }
        m.put(path[path.length - 1], value);
    }

    private static String relative(Path from, Path to) {
        return from.relativize(to.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
