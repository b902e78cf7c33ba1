package org.durand.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.durand.Cli;
import org.durand.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The parameter registry describes every scenario key once, and everything reads through it. */
class ParameterRegistryTest {

    static List<Path> scenarioFiles() throws IOException {
        return ScenarioFilesTest.scenarioFiles();
    }

    @ParameterizedTest
    @MethodSource("scenarioFiles")
    void everyKeyOfEveryScenarioFileHasARegistryEntry(Path file) throws ScenarioException {
        List<String> missing = new ArrayList<>();
        walk(YamlLoader.load(file), "", missing);
        assertEquals(List.of(), missing, "keys of " + file.getFileName() + " with no registry entry");
    }

    private static void walk(YamlNode node, String path, List<String> missing) {
        if (node instanceof YamlNode.Mapping m) {
            m.entries().forEach((k, v) -> walk(v, path.isEmpty() ? k : path + "." + k, missing));
            return;
        }
        var entry = ParameterRegistry.find(path);
        boolean listOk = !(node instanceof YamlNode.Sequence)
                || entry.filter(p -> p.kind() == Parameter.Kind.REFERENCES).isPresent();
        if (entry.isEmpty() || !listOk) {
            missing.add(path);
        }
    }

    @Test
    void everyEntryHasAPathADescriptionAReasonAndARange() {
        Set<String> paths = new HashSet<>();
        for (Parameter p : ParameterRegistry.all()) {
            assertTrue(paths.add(p.path()), "two entries for " + p.path());
            assertFalse(p.description().isBlank(), p.path());
            assertFalse(p.reason().isBlank(), p.path());
            assertFalse(p.range().isBlank(), p.path());
            if (p.numeric()) {
                assertTrue(p.min() < p.max(), p.path() + ": empty range");
                assertFalse(p.unit().isBlank(), p.path() + ": a number needs a unit");
            }
            if (p.optional() && p.numeric()) {
                double fallback = Double.parseDouble(p.fallback());
                assertTrue(fallback >= p.min() && fallback <= p.max(), p.path() + ": fallback outside its range");
            }
        }
    }

    /** The baseline with talks that fail and a parameter set from a date, so every entry is read. */
    static final List<String> EVERY_KIND = List.of("timeline.failed.date=2025-06-01", "timeline.failed.type=talks",
            "timeline.failed.actor=host", "timeline.failed.outcome=failed", "timeline.hawk.date=2025-07-01",
            "timeline.hawk.type=set", "timeline.hawk.actor=host",
            "timeline.hawk.parameter=governments.host.hawkishness", "timeline.hawk.value=0.9");

    @Test
    void theReaderReadsEveryEntryAndRecordsEveryValueUnderItsEntry() throws ScenarioException {
        Scenario s = ScenarioReader.read(TestScenarios.BASELINE, EVERY_KIND);
        Set<Parameter> read = new HashSet<>();
        for (ParameterValues.Value v : s.parameters().list()) {
            assertTrue(v.parameter().matches(v.path()), v.path() + " recorded under " + v.parameter().path());
            read.add(v.parameter());
        }
        List<String> unread = ParameterRegistry.all().stream().filter(p -> !read.contains(p))
                .map(Parameter::path).toList();
        assertEquals(List.of(), unread, "registry entries the baseline reader never read");
        assertEquals("6500", s.parameters().get("groups.ttp.fighters").orElseThrow().value());
        assertEquals("[undocumented, acc]", s.parameters().get("phases.acc.targets").orElseThrow().value());
        assertEquals("0.93", s.parameters().get("groups.ttp.provinces.kp").orElseThrow().value());
    }

    @Test
    void fallbacksAreRecordedAsNotStated() throws ScenarioException {
        Scenario s = ScenarioReader.read(TestScenarios.BASELINE, List.of());
        ParameterValues.Value days = s.parameters().get("timeline.envoy-kabul-2024.days").orElseThrow();
        assertEquals("0", days.value());
        assertFalse(days.stated());
        assertTrue(s.parameters().get("governments.host.trust").orElseThrow().stated());
    }

    @Test
    void overridesAreRecordedWithTheirValue() throws ScenarioException {
        Scenario s = ScenarioReader.read(TestScenarios.BASELINE, List.of("governments.host.hawkishness=0.8"));
        assertEquals("0.8", s.parameters().get("governments.host.hawkishness").orElseThrow().value());
        assertEquals(0.8, s.host().hawkishness());
    }

    @Test
    void anOverrideOfAnUnknownPathNamesTheNearestParameter() {
        Cli.Result r = Cli.run("validate", TestScenarios.BASELINE.toString(), "--set", "groups.ttp.fightrs=10");
        assertEquals(2, r.exit(), r::all);
        assertTrue(r.err().contains("groups.ttp.fightrs") && r.err().contains("did you mean 'groups.ttp.fighters'"), r::all);
    }

    @Test
    void boundsAreCheckedAgainstTheRange() {
        Parameter trust = ParameterRegistry.find("governments.host.trust").orElseThrow();
        assertEquals("", trust.checkBounds(0.1, 0.9));
        assertTrue(trust.checkBounds(0.1, 1.5).contains("0 to 1"));
        assertTrue(trust.checkBounds(0.5, 0.5).contains("below"));
        Parameter name = ParameterRegistry.find("governments.host.name").orElseThrow();
        assertTrue(name.checkBounds(0, 1).contains("not a number"));
    }

    @Test
    void paramsListsEveryValueAsCsvAndAsATable() throws IOException, ScenarioException {
        Scenario s = ScenarioReader.read(TestScenarios.BASELINE, List.of());
        Cli.Result csv = Cli.run("params", TestScenarios.BASELINE.toString(), "--format", "csv");
        assertEquals(0, csv.exit(), csv::all);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.out())).getRecords();
        assertEquals(s.parameters().size(), rows.size());
        Map<String, String> fighters = rows.stream().filter(r -> r.get("path").equals("groups.ttp.fighters"))
                .findFirst().orElseThrow().toMap();
        assertEquals("6500", fighters.get("value"));
        assertEquals("0 to 1e7", fighters.get("range"));
        assertEquals("no", fighters.get("live"));
        assertFalse(fighters.get("description").isBlank());

        Cli.Result table = Cli.run("params", TestScenarios.BASELINE.toString());
        assertEquals(0, table.exit(), table::all);
        assertTrue(table.out().lines().anyMatch(l -> l.startsWith("behaviour.violence.dispersion")
                && l.contains("0.6") && l.contains("yes")), table::all);

        Cli.Result json = Cli.run("params", TestScenarios.BASELINE.toString(), "--format", "json");
        assertEquals(0, json.exit(), json::all);
        assertTrue(json.out().contains("\"path\" : \"calendar.end\""), json::all);
    }
}
