package org.durand.scenario;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The scenario files shipped inside Durand (a copy of the project's {@code scenarios/} folder), so
 * that a model can be made from a seed alone, as MASON's {@code doLoop} and Console do.
 */
public final class Scenarios {

    /** The scenario a model gets when none is named. */
    public static final String DEFAULT = "baseline.yaml";

    private Scenarios() {
    }

    /**
     * The path of a shipped scenario file (in the jar's file system or the classes folder), so
     * that its {@code extends} and {@code targets} resolve beside it.
     *
     * @param name file name inside {@code scenarios/}, for example {@code baseline.yaml}
     * @throws IllegalStateException if Durand was built without its scenarios
     */
    public static Path bundled(String name) {
        URL url = Scenarios.class.getResource("/org/durand/scenarios/" + name);
        if (url == null) {
            throw new IllegalStateException("Durand was built without its scenario " + name);
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    // opened before: Path.of finds it
                }
            }
            return Path.of(uri);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the shipped scenario " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * The default scenario, read and validated.
     *
     * @throws IllegalStateException if the shipped file does not validate (a broken build)
     */
    public static Scenario defaultScenario() {
        try {
            return ScenarioReader.read(bundled(DEFAULT), List.of());
        } catch (ScenarioException e) {
            throw new IllegalStateException("the shipped " + DEFAULT + " does not validate: " + e.getMessage(), e);
        }
    }
}
