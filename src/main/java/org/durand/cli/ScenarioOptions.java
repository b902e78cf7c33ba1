package org.durand.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.durand.experiment.TargetEvaluator;
import org.durand.output.Manifest;
import org.durand.scenario.Overrides;
import org.durand.scenario.Problem;
import org.durand.scenario.Scenario;
import org.durand.scenario.ScenarioException;
import org.durand.scenario.ScenarioReader;
import org.durand.scenario.Target;
import org.durand.scenario.TargetsReader;
import org.durand.scenario.TimelineEntry;
import org.durand.scenario.TimelineKind;
import org.durand.scenario.YamlLoader;
import org.durand.scenario.YamlNode;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The scenario file, its overrides and its targets: shared by the commands that run a model. */
final class ScenarioOptions {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
    Path file;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override a scenario value by its dotted path, e.g. governments.host.hawkishness=0.7 "
                    + "(repeatable).")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--targets", paramLabel = "FILE",
            description = "Observed targets to compare with (default: the scenario's 'targets' file).")
    Path targetsFile;

    Scenario load() throws ScenarioException {
        return ScenarioReader.read(file, overrides);
    }

    /**
     * The scenario with its overrides, as {@link #load()}, saying on stderr each override of a
     * value the timeline replaces later (it holds only until the first entry that replaces it):
     * for the commands a user runs on the scenario, not for reads made to check or hash it.
     */
    Scenario loadAndWarn() throws ScenarioException {
        Scenario s = load();
        warnReplaced(s, overrides, "--set", System.err);
        return s;
    }

    /** Says on {@code err} each of {@code changed} (assignments or paths) that {@code s}'s timeline replaces later. */
    static void warnReplaced(Scenario s, List<String> changed, String how, java.io.PrintStream err) {
        for (String c : changed) {
            replacedWarning(s, Overrides.path(c), how).ifPresent(w -> err.println("warning: " + w));
        }
    }

    /**
     * A warning for a value changed at the start ({@code --set}, a sweep's {@code --vary}) that
     * the scenario's timeline replaces later ({@link Scenario#replacing}), or empty: it names the
     * first entry that does, how many more follow, and what to change instead.
     *
     * @param path   the dotted path changed
     * @param change how the user changed it, for the message ({@code --set}, {@code --vary})
     */
    static Optional<String> replacedWarning(Scenario s, String path, String change) {
        List<TimelineEntry> later = s.replacing(path);
        if (later.isEmpty()) {
            return Optional.empty();
        }
        TimelineEntry first = later.get(0);
        String key = first.kind() == TimelineKind.OPERATIONS ? "tempo" : "value";
        return Optional.of(change + " " + path + " sets its value at the start only: the timeline's entry '"
                + first.id() + "' replaces it from " + first.date()
                + (later.size() > 1 ? " (and " + (later.size() - 1) + " more entr" + (later.size() == 2 ? "y" : "ies")
                        + " after it)" : "")
                + "; to change it later, change the entries (timeline." + first.id() + "." + key + ")");
    }

    /** The targets file in force: --targets, else the scenario's own (relative to the scenario file). */
    Path targetsPath(Scenario scenario) {
        if (targetsFile != null) {
            return targetsFile;
        }
        if (scenario.targets().isEmpty()) {
            return null;
        }
        Path dir = file.toAbsolutePath().getParent();
        return dir.resolve(scenario.targets()).normalize();
    }

    List<Target> targets(Scenario scenario) throws ScenarioException {
        Path path = targetsPath(scenario);
        if (path == null) {
            return List.of();
        }
        if (targetsFile != null && (!Files.exists(path) || Files.isDirectory(path))) {
            throw new ScenarioException(new Problem("--targets " + path, "", "", Files.isDirectory(path)
                    ? "a folder; give a targets file (YAML), such as scenarios/targets/observed-2024-25.yaml"
                    : "no such file"));
        }
        if (targetsFile == null && !Files.exists(path)) {
            YamlNode.Origin where = YamlLoader.load(file).keyOrigin("targets");
            // named as the user gave the scenario's path: relative stays relative
            Path targets = Path.of(scenario.targets());
            Path shown = targets.isAbsolute() || file.isAbsolute() ? path
                    : (file.getParent() == null ? targets : file.getParent().resolve(targets)).normalize();
            throw new ScenarioException(new Problem(where == null ? file.toString() : where.describe(), "targets",
                    scenario.targets(), "no such file (looked for " + shown + ")"));
        }
        List<Target> targets;
        try {
            targets = TargetsReader.read(path);
        } catch (ScenarioException e) {
            throw withMetricProblems(e, path, scenario);
        }
        try {
            TargetEvaluator.check(targets, scenario, path.toString());
        } catch (ScenarioException e) {
            throw atTheirLines(e, path);
        }
        return targets;
    }

    /**
     * {@code e}, the targets file's own problems, with those of its metrics this scenario does not
     * record, which the reader cannot judge on its own: every problem of the file at once.
     */
    private static ScenarioException withMetricProblems(ScenarioException e, Path path, Scenario scenario) {
        List<Problem> all = new ArrayList<>(e.problems());
        try {
            if (YamlLoader.load(path).get("targets") instanceof YamlNode.Mapping targets) {
                org.durand.observe.MetricSet metrics = org.durand.observe.MetricSet.of(scenario);
                targets.entries().forEach((id, node) -> {
                    if (node instanceof YamlNode.Mapping t && t.get("metric") instanceof YamlNode.Scalar m && !m.isNull()
                            && all.stream().noneMatch(p -> p.key().equals("targets." + id + ".metric"))) {
                        TargetEvaluator.metricProblem(m.text(), metrics).ifPresent(message -> all.add(new Problem(
                                m.origin().describe(), "targets." + id + ".metric", m.text(), message)));
                    }
                });
            }
        } catch (ScenarioException unreadable) {
            return e;   // the file's own problems already say why
        }
        return new ScenarioException(all);
    }

    /** {@code e}'s problems about keys of the targets file {@code path}, each said at its key's line. */
    private static ScenarioException atTheirLines(ScenarioException e, Path path) throws ScenarioException {
        YamlNode.Mapping root = YamlLoader.load(path);
        List<Problem> located = new ArrayList<>();
        for (Problem p : e.problems()) {
            YamlNode node = root;
            for (String segment : p.key().split("\\.")) {
                node = node instanceof YamlNode.Mapping m ? m.get(segment) : null;
            }
            located.add(node == null ? p : new Problem(node.origin().describe(), p.key(), p.value(), p.message()));
        }
        return new ScenarioException(located);
    }

    /** "2 of 3 targets apply", "1 of 3 targets applies", "0 of 1 target applies". */
    static String applying(int applying, int of) {
        return applying + " of " + org.durand.output.Display.count(of, "target") + " "
                + (applying == 1 || of == 1 ? "applies" : "apply");
    }

    /**
     * The ids of the targets {@code scenario}'s calendar does not cover wholly, which are not
     * evaluated (see {@link TargetEvaluator#covers}), in file order.
     */
    static List<String> notCovered(Scenario scenario, List<Target> targets) {
        return targets.stream().filter(t -> !TargetEvaluator.covers(scenario, t)).map(Target::id).toList();
    }

    /**
     * Every file a run of {@code scenario} reads, with the SHA-256 of its bytes: the scenario file,
     * each file it extends, and the targets file (with whatever that extends).
     */
    List<Manifest.Input> inputs(Scenario scenario) throws ScenarioException {
        List<YamlLoader.Source> read = new ArrayList<>(YamlLoader.sources(file));
        Path targets = targetsPath(scenario);
        if (targets != null) {
            read.addAll(YamlLoader.sources(targets));
        }
        return read.stream().map(s -> new Manifest.Input(display(s.path()), s.sha256())).toList();
    }

    /** {@code path} relative to the working folder when it lies inside it, else absolute; {@code /} separators. */
    static String display(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return (abs.startsWith(here) ? here.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
