package org.durand.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.durand.scenario.Scenario;
import org.durand.scenario.Target;

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
        Scenario scenario = scenarioOptions.loadAndWarn();
        List<Target> targets = scenarioOptions.targets(scenario);
        System.out.println("ok");
        System.err.println(checked(scenario, scenarioOptions.targetsPath(scenario), targets));
        return 0;
    }

    /** What was checked: the scenario's calendar and, if any, its targets file and which targets apply. */
    private String checked(Scenario scenario, Path targetsFile, List<Target> targets) {
        String head = "checked " + scenarioOptions.file + " (" + scenario.start() + " to " + scenario.end() + ")";
        if (targetsFile == null) {
            return head + "; it names no targets file";
        }
        List<String> outside = ScenarioOptions.notCovered(scenario, targets);
        String file = ScenarioOptions.display(targetsFile);
        if (outside.isEmpty()) {
            return head + " and its targets file " + file + ": " + (targets.size() == 1 ? "1 target, inside the "
                    + "calendar" : targets.size() + " targets, every one inside the calendar");
        }
        return head + " and its targets file " + file + ": " + ScenarioOptions.applying(targets.size() - outside.size(),
                targets.size()) + "; not evaluated, as the calendar does not cover their windows' "
                + "months wholly: " + String.join(", ", outside);
    }
}
