package org.durand.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Raised when a scenario (or an override, or a targets file) has one or more problems. */
public final class ScenarioException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    /** Problems whose place is "FILE line N". */
    private static final Pattern LINE = Pattern.compile("(.*) line (\\d+)");

    /**
     * @param problems every problem found; they are put in document order: grouped by file (files in
     *                 the order they first appear) and by line within a file, problems without a
     *                 line first in their group, otherwise in the order given
     */
    public ScenarioException(List<Problem> problems) {
        this(inDocumentOrder(problems), true);
    }

    private ScenarioException(List<Problem> sorted, boolean ignored) {
        super(sorted.stream().map(Problem::describe).collect(Collectors.joining("\n")));
        this.problems = sorted;
    }

    static List<Problem> inDocumentOrder(List<Problem> problems) {
        Map<String, Integer> files = new HashMap<>();
        problems.forEach(p -> files.putIfAbsent(file(p), files.size()));
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt((Problem p) -> files.get(file(p)))
                .thenComparingLong(ScenarioException::line));
        return List.copyOf(sorted);
    }

    private static String file(Problem p) {
        Matcher m = LINE.matcher(p.where());
        return m.matches() ? m.group(1) : p.where();
    }

    private static long line(Problem p) {
        Matcher m = LINE.matcher(p.where());
        return m.matches() ? Long.parseLong(m.group(2)) : -1;
    }

    public ScenarioException(Problem problem) {
        this(List.of(problem));
    }

    /** Every problem found, in document order. */
    public List<Problem> problems() {
        return problems;
    }
}
