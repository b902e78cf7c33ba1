package org.durand.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProblemOrderTest {

    @Test
    void problemsAreListedByFileThenLine() {
        Problem a12 = new Problem("a.yaml line 12", "k", "", "m");
        Problem a3 = new Problem("a.yaml line 3", "k", "", "m");
        Problem b1 = new Problem("b.yaml line 1", "k", "", "m");
        Problem set = new Problem("--set x=1", "x", "1", "m");
        Problem a100 = new Problem("a.yaml line 100", "k", "", "m");
        ScenarioException e = new ScenarioException(List.of(a12, b1, set, a3, a100));
        assertEquals(List.of(a3, a12, a100, b1, set), e.problems(), "files in the order they first appear, lines "
                + "ascending (numerically: 100 after 12)");
    }
}
