package org.durand.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.durand.Cli;
import org.durand.TestScenarios;
import org.junit.jupiter.api.DisplayName;
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
        assertFalse(TestScenarios.withoutPaths(r.err()).contains("error"), r::all);
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
        assertEquals(LocalDate.of(2023, 1, 1), s.start());
        assertEquals(LocalDate.of(2026, 12, 31), s.end());
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
    @DisplayName("the baseline's operations tempo replays ISPR's counts: 1 on average over 2024, the reference year")
    void baselineOperationsTempoReplaysTheRecordedCounts() {
        Scenario s = TestScenarios.baseline();
        TreeMap<LocalDate, Double> tempo = new TreeMap<>();
        tempo.put(s.start(), s.host().opsTempo());
        for (TimelineEntry e : s.timeline()) {
            if (e.action() instanceof TimelineAction.Operations o && o.actor().equals("host")) {
                tempo.put(e.date(), o.tempo());
            }
        }
        double perDay2024 = 59_775 / 366.0;                // ISPR, 27 Dec 2024: the reference count
        assertEquals(566.0 / 925 * 366 / 365, tempo.get(s.start()), 0.001,
                "2023: ISPR's 566 killed at 2024's 925 per reference count of operations");
        double weighted = 0;
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() == 2024; d = d.plusDays(1)) {
            weighted += tempo.floorEntry(d).getValue();
        }
        assertEquals(1, weighted / 366, 0.001, "2024 averages the reference count, 59,775 operations");
        assertEquals(32_173 / 244.0 / perDay2024, tempo.get(LocalDate.of(2024, 1, 1)), 0.001,
                "January to August 2024: 32,173 operations");
        assertEquals(75_000 / 365.0 / perDay2024, tempo.get(LocalDate.of(2025, 1, 1)), 0.001,
                "2025: over 75,000 operations");
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
    void everyKindIsReadIntoItsOwnRecordWithTheValuesItUses() {
        Map<String, TimelineAction> expected = new LinkedHashMap<>();
        expected.put("visit", new TimelineAction.Visit("host", 1));
        expected.put("talks", new TimelineAction.Talks("haven", 1, true));
        expected.put("agreement", new TimelineAction.Agreement("haven", 2.5, 1.3));
        expected.put("closure", new TimelineAction.Closure("host", "chaman", 0, 1));
        expected.put("reopen", new TimelineAction.Reopen("host", "", 1));
        expected.put("strike", new TimelineAction.Strike("host", "ttp", 0.5));
        expected.put("clash", new TimelineAction.Clash("haven", 2));
        expected.put("accusation", new TimelineAction.Accusation("host", 3));
        expected.put("threat", new TimelineAction.Threat("haven", 1));
        expected.put("interdiction", new TimelineAction.Interdiction("haven", "", 0.2));
        expected.put("ceasefire", new TimelineAction.Ceasefire("haven", 30, 0.5, 1));
        expected.put("attack", new TimelineAction.Attack("baloch", "balochistan", 12, false));
        expected.put("communal", new TimelineAction.Communal("kp", 43));
        expected.put("operations", new TimelineAction.Operations("host", 1.4));
        expected.put("set", new TimelineAction.SetParameter("governments.host.hawkishness", "0.8", null));
        assertEquals(TimelineKind.ids(), List.copyOf(expected.keySet()), "one expectation per kind");

        Scenario s = TestScenarios.baseline(
                "timeline.visit.type=visit", "timeline.visit.actor=host", "timeline.visit.share=0.4",
                "timeline.talks.type=talks", "timeline.talks.actor=haven", "timeline.talks.outcome=failed",
                "timeline.agreement.type=agreement", "timeline.agreement.actor=haven",
                "timeline.agreement.magnitude=2.5", "timeline.agreement.tradeMultiplier=1.3",
                "timeline.closure.type=closure", "timeline.closure.actor=host", "timeline.closure.crossing=chaman",
                "timeline.reopen.type=reopen", "timeline.reopen.actor=host",
                "timeline.strike.type=strike", "timeline.strike.actor=host", "timeline.strike.group=ttp",
                "timeline.strike.magnitude=0.5", "timeline.strike.deaths=40",
                "timeline.clash.type=clash", "timeline.clash.actor=haven", "timeline.clash.magnitude=2",
                "timeline.accusation.type=accusation", "timeline.accusation.actor=host",
                "timeline.accusation.magnitude=3",
                "timeline.threat.type=threat", "timeline.threat.actor=haven", "timeline.threat.every=20",
                "timeline.interdiction.type=interdiction", "timeline.interdiction.actor=haven",
                "timeline.interdiction.share=0.2", "timeline.interdiction.magnitude=4",
                "timeline.ceasefire.type=ceasefire", "timeline.ceasefire.actor=haven", "timeline.ceasefire.days=30",
                "timeline.ceasefire.attackFactor=0.5",
                "timeline.attack.type=attack", "timeline.attack.actor=host", "timeline.attack.group=baloch",
                "timeline.attack.province=balochistan", "timeline.attack.deaths=12", "timeline.attack.target=civilian",
                "timeline.communal.type=communal", "timeline.communal.actor=host", "timeline.communal.province=kp",
                "timeline.communal.deaths=43", "timeline.communal.date=2025-06-12",
                "timeline.operations.type=operations", "timeline.operations.actor=host",
                "timeline.operations.tempo=1.4", "timeline.operations.magnitude=3", "timeline.operations.date=2025-06-13",
                "timeline.set.type=set", "timeline.set.actor=host", "timeline.set.parameter=governments.host.hawkishness",
                "timeline.set.value=0.8",
                "timeline.visit.date=2025-06-01", "timeline.talks.date=2025-06-02", "timeline.agreement.date=2025-06-03",
                "timeline.closure.date=2025-06-04", "timeline.reopen.date=2025-06-05", "timeline.strike.date=2025-06-06",
                "timeline.clash.date=2025-06-07", "timeline.accusation.date=2025-06-08",
                "timeline.threat.date=2025-06-09", "timeline.interdiction.date=2025-06-10",
                "timeline.ceasefire.date=2025-06-11", "timeline.attack.date=2025-06-12", "timeline.set.date=2025-06-13");
        Map<String, TimelineEntry> read = new LinkedHashMap<>();
        s.timeline().forEach(e -> read.put(e.id(), e));
        expected.forEach((id, action) -> {
            TimelineEntry e = read.get(id);
            assertEquals(id, e.kind().id());
            if (action instanceof TimelineAction.SetParameter set) {
                var got = (TimelineAction.SetParameter) e.action();
                assertEquals(List.of(set.parameter(), set.value()), List.of(got.parameter(), got.value()));
                assertEquals(0.8, got.setting().host().hawkishness(), 0, "the scenario it switches to is attached");
            } else {
                assertEquals(action, e.action());
            }
        });
        assertEquals(s.end(), read.get("threat").until(), "repeated without until: to the calendar's end");
        assertEquals(read.get("visit").date(), read.get("visit").until(), "once: until is its date");
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
