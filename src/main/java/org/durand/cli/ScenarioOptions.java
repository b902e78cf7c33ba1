package org.durand.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.durand.calibrate.TargetEvaluator;
import org.durand.scenario.Scenario;
import org.durand.scenario.ScenarioException;
import org.durand.scenario.ScenarioReader;
import org.durand.scenario.Target;
import org.durand.scenario.TargetsReader;

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
        List<Target> targets = TargetsReader.read(path);
        TargetEvaluator.check(targets, scenario, path.toString());
        return targets;
    }

    String sha256() throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
