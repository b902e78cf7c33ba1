package org.durand.cli;

import java.util.concurrent.Callable;

import org.durand.scenario.Scenario;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code durand validate}: checks a scenario (and its targets) and prints every problem, or "ok". */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a scenario file and its targets file; print every problem, or 'ok'.",
        footer = {"", "Example:", "  ./durand validate scenarios/baseline.yaml --set groups.ttp.fighters=8000"})
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    ScenarioOptions scenarioOptions = new ScenarioOptions();

    @Override
    public Integer call() throws Exception {
        Scenario scenario = scenarioOptions.load();
        scenarioOptions.targets(scenario);
        System.out.println("ok");
        return 0;
    }
}
