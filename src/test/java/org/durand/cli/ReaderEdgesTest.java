package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.durand.Cli;
import org.durand.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenario and targets readers at their edges: an unreadable date is one problem, not also a
 * comparison with a date nobody wrote; violence pinned on the haven's soil and communal violence
 * without its dead are refused; a timeline entry made by {@code --set} options is blamed as a whole
 * for a key it lacks; numbers a double cannot hold and words where a whole number belongs say so;
 * and a target's observed value must be one its metric can take.
 */
class ReaderEdgesTest {

    @TempDir
    Path tmp;

    /** {@code validate} of the baseline with {@code sets}: exit 2 and the error lines. */
    private static List<String> errors(String... sets) {
        String[] args = new String[2 + 2 * sets.length];
        args[0] = "validate";
        args[1] = TestScenarios.BASELINE.toString();
        for (int i = 0; i < sets.length; i++) {
            args[2 + 2 * i] = "--set";
            args[3 + 2 * i] = sets[i];
        }
        Cli.Result r = Cli.run(args);
        assertEquals(2, r.exit(), r::all);
        assertTrue(!r.err().contains("Exception"), r::all);
        return r.err().lines().filter(l -> l.startsWith("error:")).toList();
    }

    @Test
    void anImpossibleDateIsOneProblemNotAlsoAComparisonWithADateNobodyWrote() {
        for (String[] bad : List.of(
                new String[] {"timeline.x.date=2024-02-30", "timeline.x.type=visit", "timeline.x.actor=host"},
                new String[] {"timeline.x.date=2024-13-01", "timeline.x.type=visit", "timeline.x.actor=host"},
                new String[] {"timeline.x.date=2024-05-01", "timeline.x.type=visit", "timeline.x.actor=host",
                    "timeline.x.every=7", "timeline.x.until=2024-06-31"},
                new String[] {"phases.acc.announced=2025-02-30"},
                new String[] {"phases.acc.start=2025-04-31"})) {
            List<String> said = errors(bad);
            assertEquals(1, said.size(), String.join("\n", said));
            assertTrue(said.get(0).contains("must be a date written YYYY-MM-DD") && !said.get(0).contains("2000-01-01"),
                    said.get(0));
        }
    }

    @Test
    void violenceOnTheHavensSoilAndCommunalViolenceWithoutItsDeadAreRefused() {
        List<String> haven = errors("timeline.x.date=2024-05-01", "timeline.x.type=communal", "timeline.x.actor=haven",
                "timeline.x.province=kp", "timeline.x.deaths=50");
        assertEquals(1, haven.size(), String.join("\n", haven));
        assertTrue(haven.get(0).contains("key 'timeline.x.actor' = 'haven': communal violence is violence on the "
                + "host's soil, so its actor is host"), haven.get(0));
        List<String> attack = errors("timeline.y.date=2024-05-01", "timeline.y.type=attack", "timeline.y.actor=haven",
                "timeline.y.group=ttp", "timeline.y.province=kp", "timeline.y.deaths=5", "timeline.y.target=security");
        assertTrue(attack.size() == 1 && attack.get(0).contains("an attack is violence on the host's soil"),
                String.join("\n", attack));
        List<String> none = errors("timeline.x.date=2024-05-01", "timeline.x.type=communal", "timeline.x.actor=host",
                "timeline.x.province=kp");
        assertEquals(List.of("error: --set timeline.x.*: key 'timeline.x.deaths': is missing; communal violence is its "
                + "dead (1 to 10000), an entry without them changes nothing"), none,
                "the entry the options make is blamed as a whole, not its first option");
        List<String> zero = errors("timeline.x.date=2024-05-01", "timeline.x.type=communal", "timeline.x.actor=host",
                "timeline.x.province=kp", "timeline.x.deaths=0");
        assertTrue(zero.size() == 1 && zero.get(0).contains("'timeline.x.deaths' = '0': must be at least 1"),
                String.join("\n", zero));
    }

    @Test
    void numbersADoubleCannotHoldAndWordsForWholeNumbersAreRefusedPlainly() {
        List<String> tiny = errors("governments.host.hawkishness=1e-400");
        assertEquals(List.of("error: --set governments.host.hawkishness=1e-400: key 'governments.host.hawkishness' = "
                + "'1e-400': is too small to be told from 0; write 0, or a number between 0 and 1"), tiny);
        List<String> huge = errors("governments.host.hawkishness=1e400");
        assertTrue(huge.size() == 1 && huge.get(0).contains("out of range: must be between 0 and 1"), huge.toString());
        List<String> word = errors("timeline.kurram-jul-2023.deaths=fifty");
        assertTrue(word.size() == 1 && word.get(0).contains("'fifty': must be a whole number (such as 12) between 0 "
                + "and 10000"), word.toString());
        assertTrue(errors("governments.host.hawkishness=zero").get(0).contains("must be a plain number"),
                "a real number is still asked for as one");
    }

    @Test
    void anObservedValueMustBeOneItsMetricCanTake() throws IOException {
        Path targets = Files.writeString(tmp.resolve("targets.yaml"), """
                targets:
                  negative:
                    metric: fatalities_total
                    window: {from: 2024-01-01, to: 2024-12-31}
                    observed: -5
                    tolerance: 0.1
                    source: invented
                  index:
                    metric: tension_index
                    window: {from: 2024-01-01, to: 2024-12-31}
                    observed: 250
                    tolerance: 0.2
                    source: invented
                  trust:
                    metric: trust_host
                    window: {from: 2024-01-01, to: 2024-12-31}
                    observed: 7
                    tolerance: 0.1
                    absolute: true
                    source: invented
                  loose:
                    metric: fatalities_total
                    window: {from: 2024-01-01, to: 2024-12-31}
                    observed: 100
                    tolerance: 1.5
                    source: invented
                """);
        Cli.Result r = Cli.run("validate", TestScenarios.BASELINE.toString(), "--targets", targets.toString());
        assertEquals(2, r.exit(), r::all);
        assertTrue(r.err().contains("key 'targets.loose.tolerance' = '1.5': out of range: must be "
                + "between 0 and 1"), r::all);
        Files.writeString(targets, Files.readString(targets).replace("tolerance: 1.5", "tolerance: 0.5"));
        r = Cli.run("validate", TestScenarios.BASELINE.toString(), "--targets", targets.toString());
        assertEquals(2, r.exit(), r::all);
        assertTrue(r.err().contains("key 'targets.negative.observed' = '-5': is outside what fatalities_total can be: "
                + "0 or more"), r::all);
        assertTrue(r.err().contains("key 'targets.index.observed' = '250': is outside what tension_index can be: "
                + "from 0 to 100"), r::all);
        assertTrue(r.err().contains("key 'targets.trust.observed' = '7': is outside what trust_host can be: from 0 "
                + "to 1"), r::all);
        assertTrue(r.err().contains("3 problems; nothing was run."), r::all);
    }

    @Test
    void aFileOfOnlyCommentsIsToldFromAnEmptyOne() throws IOException {
        Path comments = Files.writeString(tmp.resolve("comments.yaml"), "# a scenario, one day\n# not yet\n");
        Path empty = Files.writeString(tmp.resolve("empty.yaml"), "\n");
        Cli.Result c = Cli.run("validate", comments.toString());
        assertEquals(2, c.exit(), c::all);
        assertTrue(c.err().contains(comments + ": the file holds only comments; it has no keys"), c::all);
        Cli.Result e = Cli.run("validate", empty.toString());
        assertEquals(2, e.exit(), e::all);
        assertTrue(e.err().contains(empty + ": the file is empty"), e::all);
    }

    /** A key an entry lacks after a file that extends another changed it is blamed on that file, where the change is. */
    @Test
    void aKeyMissingAfterAChangeInAnExtendingFileIsBlamedOnThatFile() throws IOException {
        Path child = Files.writeString(tmp.resolve("child.yaml"), "extends: "
                + TestScenarios.BASELINE.toAbsolutePath().toString().replace('\\', '/') + "\nname: child\ntimeline:\n"
                + "  kurram-jul-2023:\n    type: attack\n");
        Cli.Result r = Cli.run("validate", child.toString());
        assertEquals(2, r.exit(), r::all);
        assertTrue(r.err().contains(child + " line 5: key 'timeline.kurram-jul-2023.group': is missing"), r::all);
        assertTrue(!r.err().contains("baseline.yaml line"), "not on the file it extends: " + r.err());
    }

    /** A run over a posterior says what is wrong with its options and with the posterior file together. */
    @Test
    void aPosteriorRunsOptionProblemsAndItsFilesAreSaidTogether() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.csv"), "particle,weight,groups.ttp.attacksPerCellYaer\n0,1,0.5\n");
        Cli.Result both = Cli.run("run", TestScenarios.BASELINE.toString(), "--reps", "3", "--per-draw", "2",
                "--posterior", bad.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(2, both.exit(), both::all);
        assertTrue(both.err().contains("--per-draw 2: must divide --reps (3)")
                && both.err().contains(bad + " line 1: key 'groups.ttp.attacksPerCellYaer': names no scenario parameter")
                && both.err().contains("2 problems; nothing was run."), both::all);
        Path good = Files.writeString(tmp.resolve("good.csv"),
                "particle,weight,groups.ttp.attacksPerCellYear\n0,1,0.15\n1,1,0.2\n");
        Cli.Result single = Cli.run("run", TestScenarios.BASELINE.toString(), "--reps", "2", "--per-draw", "2",
                "--posterior", good.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(2, single.exit(), single::all);
        assertTrue(single.err().contains("--reps 2: with --per-draw 2 draws a single parameter set")
                && single.err().contains("1 problem; nothing was run."), single::all);
        assertTrue(!Files.exists(tmp.resolve("out")), "nothing written");
    }

    /** A varied value that makes the scenario invalid is named beside the line where the clash shows. */
    @Test
    void aSweepBoundThatMakesTheScenarioInvalidIsNamed() {
        Cli.Result r = Cli.run("sweep", TestScenarios.BASELINE.toString(), "--vary",
                "timeline.kurram-jul-2023.date=2023-07-01:2023-07-20", "--samples", "4", "--dry-run");
        assertEquals(2, r.exit(), r::all);
        assertTrue(r.err().contains("key 'timeline.kurram-jul-2023.until' = '2023-07-09': must not be before date "
                + "(2023-07-20) (at the upper bounds of the varied parameters: timeline.kurram-jul-2023.date = "
                + "2023-07-20)"), r::all);
        Cli.Result deaths = Cli.run("sweep", TestScenarios.BASELINE.toString(), "--vary",
                "timeline.kurram-convoy-2024.deaths=0:100", "--samples", "4", "--dry-run");
        assertEquals(2, deaths.exit(), deaths::all);
        assertTrue(deaths.err().contains("error: --vary timeline.kurram-convoy-2024.deaths=0:100: key "
                + "'timeline.kurram-convoy-2024.deaths' = '0': must be at least 1"), "the option typed, not a --set: "
                + deaths.all());
    }

    /** Communal violence is on the host's soil: its actor may be left out. */
    @Test
    void aCommunalEntryNeedsNoActor() {
        Cli.Result r = Cli.run("validate", TestScenarios.BASELINE.toString(), "--set", "timeline.x.type=communal",
                "--set", "timeline.x.date=2025-03-10", "--set", "timeline.x.province=kp", "--set", "timeline.x.deaths=5");
        assertEquals(0, r.exit(), r::all);
    }

    /** An emptied reference is one problem, with no "did you mean" for an empty value. */
    @Test
    void anEmptiedProvinceIsOneProblemWithoutASuggestion() {
        List<String> said = errors("timeline.kurram-jul-2023.province=");
        assertEquals(List.of("error: --set timeline.kurram-jul-2023.province=: key 'timeline.kurram-jul-2023.province': "
                + "is empty; allowed: kp, balochistan, punjab, sindh, islamabad"), said);
    }

    /** A summary.csv cut at a line end is said to be cut, not read as a run that covers no year. */
    @Test
    void aSummaryCutAtALineEndIsSaidToBeCut() throws IOException {
        Path run = tmp.resolve("run");
        Cli.Result r = Cli.run("run", TestScenarios.BASELINE.toString(), "--reps", "2", "--set", TestScenarios.VERY_COARSE,
                "--set", "calendar.end=2023-06-30", "--no-charts", "--out", run.toString());
        assertEquals(0, r.exit(), r::all);
        List<String> lines = Files.readAllLines(run.resolve("summary.csv"));
        Files.write(run.resolve("summary.csv"), lines.subList(0, 4));
        Cli.Result t = Cli.run("table", run.toString(), "--year", "2023");
        assertEquals(2, t.exit(), t::all);
        assertTrue(t.err().contains(run.resolve("summary.csv") + " holds 3 of the 8 periods of the run's calendar "
                + "2023-01-01 to 2023-06-30 (each month, each year and the whole run); it was cut or edited: run it "
                + "again"), t::all);
    }

    /** A run compared with itself is compared, with a word that every difference is then 0. */
    @Test
    void aRunComparedWithItselfIsSaidToBe() {
        Path run = tmp.resolve("self");
        Cli.Result r = Cli.run("run", TestScenarios.BASELINE.toString(), "--reps", "2", "--set", TestScenarios.VERY_COARSE,
                "--set", "calendar.end=2023-06-30", "--no-charts", "--out", run.toString());
        assertEquals(0, r.exit(), r::all);
        Cli.Result c = Cli.run("compare", run.toString(), run.resolve(".").toString(), "--out", tmp.resolve("c").toString());
        assertEquals(0, c.exit(), c::all);
        assertTrue(c.err().contains("durand: warning: " + run.resolve(".") + " is " + run + " again: compared with "
                + "itself, every difference is 0"), c::all);
    }
}
