package org.durand.gui;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.durand.scenario.Scenario;
import org.durand.scenario.ScenarioException;
import org.durand.scenario.ScenarioReader;
import org.durand.scenario.Scenarios;

/**
 * The scenario the GUI runs: a file (or the shipped baseline) and the values changed in the
 * inspector, kept as {@code --set} overrides so every change is read and validated exactly like
 * a command-line override. Immutable; serializable, so a checkpoint remembers what was changed.
 */
final class LiveScenario implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final LinkedHashMap<String, String> overrides;
    private final transient Scenario scenario;

    private LiveScenario(String file, Map<String, String> overrides, Scenario scenario) {
        this.file = file;
        this.overrides = new LinkedHashMap<>(overrides);
        this.scenario = scenario;
    }

    /**
     * The scenario in {@code file}, or the shipped baseline when {@code file} is null.
     *
     * @throws ScenarioException with every problem of the file
     */
    static LiveScenario read(Path file) throws ScenarioException {
        String name = file == null ? null : file.toAbsolutePath().toString();
        return new LiveScenario(name, Map.of(), ScenarioReader.read(path(name), List.of()));
    }

    private static Path path(String file) {
        return file == null ? Scenarios.bundled(Scenarios.DEFAULT) : Path.of(file);
    }

    /**
     * This scenario with {@code path} set to {@code value}, re-read and validated.
     *
     * @throws ScenarioException if the value is not allowed (the message says what is)
     */
    LiveScenario with(String path, String value) throws ScenarioException {
        Map<String, String> next = new LinkedHashMap<>(overrides);
        next.put(path, value);
        List<String> assignments = new ArrayList<>();
        next.forEach((k, v) -> assignments.add(k + "=" + v));
        return new LiveScenario(file, next, ScenarioReader.read(path(file), assignments));
    }

    /** The scenario read (null in a copy restored from a checkpoint: the model holds its own). */
    Scenario scenario() {
        return scenario;
    }

    /** File name for titles: the file's name, or the shipped baseline's. */
    String title() {
        return file == null ? Scenarios.DEFAULT : Path.of(file).getFileName().toString();
    }

    /** The values changed in the inspector, path to value, in the order changed. */
    Map<String, String> overrides() {
        return new LinkedHashMap<>(overrides);
    }
}
