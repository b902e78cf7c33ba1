package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.durand.Cli;
import org.durand.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The timeline's {@code operations} and {@code set} entries at their edges, as a user meets them:
 * operations are the host's, a set needs no actor, a missing or unfit parameter or value is said
 * for what it is, a set that makes the scenario invalid is blamed on the entry, and a value the
 * timeline replaces later is said to hold only until then, whether changed by {@code --set} or
 * varied by a sweep.
 */
class TimelineEntryEdgesTest {

    @TempDir
    Path tmp;

    /** {@code validate} of the baseline with {@code sets} added as {@code --set} options. */
    private static Cli.Result validate(String... sets) {
        List<String> args = new ArrayList<>(List.of("validate", TestScenarios.BASELINE.toString()));
        for (String s : sets) {
            args.add("--set");
            args.add(s);
        }
        return Cli.run(args.toArray(new String[0]));
    }

    /** A set entry named {@code e} on 1 June 2025 with {@code keys} (each "key=value"). */
    private static String[] entry(String e, String type, String... keys) {
        List<String> out = new ArrayList<>(List.of("timeline." + e + ".date=2025-06-01", "timeline." + e + ".type=" + type));
        for (String k : keys) {
            out.add("timeline." + e + "." + k);
        }
        return out.toArray(new String[0]);
    }

    private static void refused(Cli.Result r, String... fragments) {
        assertEquals(2, r.exit(), r::all);
        assertFalse(r.err().contains("Exception"), r::all);
        for (String f : fragments) {
            assertTrue(r.err().contains(f), () -> "'" + f + "' in\n" + r.all());
        }
    }

    @Test
    void operationsAreTheHostsAndNeedNoActor() {
        assertEquals(0, validate(entry("surge", "operations", "tempo=2")).exit(), "host by default");
        refused(validate(entry("surge", "operations", "actor=haven", "tempo=2")), "timeline.surge.actor",
                "operations are the host's");
    }

    @Test
    void theHavenRunsNoOperations() {
        refused(validate("governments.haven.opsTempo=1"), "governments.haven.opsTempo", "the haven runs no operations",
                "0 is its only value");
    }

    @Test
    void aSetNeedsNoActor() {
        Cli.Result r = validate(entry("loops", "set", "parameter=behaviour.loops.reciprocity", "value=false"));
        assertEquals(0, r.exit(), r::all);
    }

    @Test
    void aMissingParameterOrValueIsSaidToBeMissing() {
        refused(validate(entry("x", "set", "value=0.5")), "timeline.x.parameter", "is missing; a set entry names");
        refused(validate(entry("x", "set", "parameter=governments.host.hawkishness")), "timeline.x.value",
                "is missing; a set entry gives governments.host.hawkishness its new value: allowed 0 to 1");
    }

    @Test
    void aTimelineKeyIsNoParameterAndIsNotSuggestedBack() {
        Cli.Result r = validate(entry("x", "set", "parameter=timeline.ops-2025.tempo", "value=2"));
        refused(r, "names no parameter a run can change", "the timeline's own entries are not parameters");
        assertFalse(r.err().contains("did you mean"), r::all);
    }

    @Test
    void aFractionForAWholeNumberIsSaidToBeOne() {
        refused(validate(entry("x", "set", "parameter=groups.ttp.recruitmentPool", "value=2.5")),
                "must be a whole number for groups.ttp.recruitmentPool");
    }

    @Test
    void aSetThatMakesTheScenarioInvalidIsBlamedOnTheEntry() {
        Cli.Result r = validate(entry("hot", "set", "parameter=behaviour.excitation.branchingRatio", "value=0.9"));
        refused(r, "timeline entry 'hot'", "sets behaviour.excitation.branchingRatio from 2025-06-01",
                "it clashes with");
    }

    @Test
    void aValueTheTimelineReplacesLaterIsSaidToHoldUntilThen() {
        Cli.Result r = validate("governments.host.opsTempo=2");
        assertEquals(0, r.exit(), r::all);
        assertTrue(r.err().contains("warning: --set governments.host.opsTempo sets its value at the start only: "
                + "the timeline's entry 'ops-jan-aug-2024' replaces it from 2024-01-01 (and 2 more entries after it)"),
                r::all);
        Cli.Result quiet = validate("governments.host.hawkishness=0.7");
        assertFalse(quiet.err().contains("warning"), quiet::all);
        Cli.Result sweep = Cli.run("sweep", TestScenarios.BASELINE.toString(), "--vary",
                "governments.host.opsTempo=0.2:0.5:2", "--design", "grid", "--reps", "2", "--dry-run");
        assertEquals(0, sweep.exit(), sweep::all);
        assertTrue(sweep.err().contains("warning: --vary governments.host.opsTempo sets its value at the start only"),
                sweep::all);
    }

    @Test
    void aMissingTargetsFileIsNamedAsTheScenarioWasGiven() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(dir.resolve("s.yaml"), "extends: " + TestScenarios.BASELINE.toAbsolutePath()
                + "\ntargets: nowhere/targets.yaml\n");
        Path relative = Path.of("").toAbsolutePath().relativize(dir.resolve("s.yaml"));
        Cli.Result r = Cli.run("validate", relative.toString());
        refused(r, "no such file (looked for " + relative.getParent().resolve("nowhere/targets.yaml") + ")");
    }
}
