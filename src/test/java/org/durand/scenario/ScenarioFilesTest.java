package org.durand.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.durand.Cli;
import org.durand.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The scenario files shipped in scenarios/ are valid, and the baseline reads as documented. */
class ScenarioFilesTest {

    static List<Path> scenarioFiles() throws IOException {
        try (Stream<Path> files = Files.list(TestScenarios.SCENARIOS)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void validateOnTheBaselinePrintsOk() {
        Cli.Result r = Cli.run("validate", TestScenarios.BASELINE.toString());
        assertEquals(0, r.exit(), r::all);
        assertEquals("ok", r.out().strip(), r::all);
        assertFalse(r.err().contains("error"), r::all);
    }

    @Test
    void theScenariosFolderHoldsTheBaseline() throws IOException {
        assertTrue(scenarioFiles().contains(TestScenarios.BASELINE), () -> "scenario files: " + scenarioFilesQuietly());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioFiles")
    void everyScenarioFileValidates(Path file) {
        Cli.Result r = Cli.run("validate", file.toString());
        assertEquals(0, r.exit(), r::all);
        assertEquals("ok", r.out().strip(), r::all);
    }

    @Test
    void baselineReadsAsWritten() {
        Scenario s = TestScenarios.baseline();
        assertEquals("baseline", s.name());
        assertEquals(java.time.LocalDate.of(2023, 1, 1), s.start());
        assertEquals(java.time.LocalDate.of(2026, 12, 31), s.end());
        assertEquals(1461, s.days());
        assertEquals(3_400_000, s.refugees().totalPersons());
        assertEquals(List.of("before-campaign", "crackdown", "undocumented", "acc"),
                s.phases().stream().map(PolicyPhase::id).toList());
        assertEquals(0.35, s.host().trust(), 1e-12);
        assertEquals("targets/observed-2024-25.yaml", s.targets());
        assertTrue(s.timeline().stream().anyMatch(e -> e.kind() == TimelineKind.STRIKE));
        for (int i = 1; i < s.timeline().size(); i++) {
            assertFalse(s.timeline().get(i).date().isBefore(s.timeline().get(i - 1).date()), "timeline sorted by date");
        }
    }

    @Test
    void overridesAreAppliedAndCheckedLikeFileValues() {
        Scenario s = TestScenarios.baseline("governments.host.hawkishness=0.8", "phases.acc.targets=[acc, por]",
                "timeline.extra.date=2025-06-01", "timeline.extra.type=talks", "timeline.extra.actor=haven");
        assertEquals(0.8, s.host().hawkishness(), 1e-12);
        assertEquals(List.of("acc", "por"), s.phases().get(3).targets());
        assertTrue(s.timeline().stream().anyMatch(e -> e.id().equals("extra")
                && e.action().equals(new TimelineAction.Talks("haven", 1, false))));
    }

    @Test
    void aDisabledTimelineEntryIsLeftOut() throws ScenarioException {
        // the reader accepts 'enabled: false' on a timeline entry; its other keys must not then be "unknown"
        Scenario s = ScenarioReader.read(TestScenarios.BASELINE, List.of("timeline.dar-kabul-2025.enabled=false"));
        assertTrue(s.timeline().stream().noneMatch(e -> e.id().equals("dar-kabul-2025")));
        assertEquals(TestScenarios.baseline().timeline().size() - 1, s.timeline().size());
        Scenario on = ScenarioReader.read(TestScenarios.BASELINE, List.of("timeline.dar-kabul-2025.enabled=true"));
        assertTrue(on.timeline().stream().anyMatch(e -> e.id().equals("dar-kabul-2025")));
    }

    private static String scenarioFilesQuietly() {
        try {
            return scenarioFiles().toString();
        } catch (IOException e) {
            return e.toString();
        }
    }
}
