package org.durand.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** Raised when a scenario (or an override, or a targets file) has one or more problems. */
public final class ScenarioException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public ScenarioException(List<Problem> problems) {
        super(problems.stream().map(Problem::describe).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public ScenarioException(Problem problem) {
        this(List.of(problem));
    }

    /** Every problem found, in document order. */
    public List<Problem> problems() {
        return problems;
    }
}
