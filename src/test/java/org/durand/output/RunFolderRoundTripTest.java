package org.durand.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.durand.TestScenarios;
import org.durand.experiment.TargetEvaluator;
import org.durand.experiment.TargetResult;
import org.durand.experiment.Replicates;
import org.durand.experiment.RunResult;
import org.durand.io.Numbers;
import org.durand.scenario.Scenario;
import org.durand.scenario.TargetsReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the run-folder writers write, {@link RunFolderReader} reads back unchanged. */
class RunFolderRoundTripTest {

    static final Path FICTIONAL = Path.of("src/test/resources/scenarios/fictional.yaml").toAbsolutePath();

    @TempDir
    static Path dir;
    static RunRecord written;

    @BeforeAll
    static void writeARun() throws Exception {
        Scenario s = TestScenarios.truncated(TestScenarios.read(FICTIONAL), LocalDate.of(2030, 6, 30));
        List<RunResult> results = Replicates.run(s, 2, 11, 1, true, r -> { });
        List<TargetResult> targets = TargetEvaluator.evaluate(
                TargetsReader.read(FICTIONAL.resolveSibling(s.targets())), s, results);
        written = new RunRecord(RunInfo.of(s, 11), results, targets);
        TimeseriesCsv.write(dir.resolve(RunFiles.TIMESERIES), s.name(), results);
        SummaryCsv.write(dir.resolve(RunFiles.SUMMARY), s.name(), s.start(), s.end(), results);
        EventsCsv.write(dir.resolve(RunFiles.EVENTS), results);
        TargetsCsv.write(dir.resolve(RunFiles.TARGETS), targets);
        Manifest.write(dir.resolve(RunFiles.MANIFEST), s, new Manifest.Info("run", FICTIONAL,
                List.of(new Manifest.Input(FICTIONAL.toString(), "0")), List.of(), 11,
                results.stream().map(RunResult::seed).toList(), 1, Instant.EPOCH, Instant.EPOCH));
    }

    @Test
    void aWrittenRunReadsBackEqual() throws Exception {
        assertFalse(written.targets().isEmpty(), "the run has targets to round-trip");
        assertFalse(written.results().get(0).events().isEmpty(), "and events");
        RunRecord read = RunFolderReader.read(dir);
        assertEquals(written.info(), read.info());
        List<TargetResult> asWritten = written.targets().stream().map(RunFolderRoundTripTest::toTwelveDigits).toList();
        assertEquals(asWritten, read.targets(), "targets with their statistics at 12 significant digits");
        assertEquals(written.results(), read.results(), "series bit for bit, events, seeds");
        assertEquals(new RunRecord(written.info(), written.results(), asWritten), read);
    }

    /** A target's model statistics as targets.csv writes them (Numbers.statistic). */
    private static TargetResult toTwelveDigits(TargetResult t) {
        var m = t.model();
        java.util.function.DoubleUnaryOperator d = org.durand.io.Numbers::derived;
        return new TargetResult(t.target(), new org.durand.experiment.ReplicateStatistics(d.applyAsDouble(m.mean()),
                d.applyAsDouble(m.sd()), d.applyAsDouble(m.median()), d.applyAsDouble(m.p05()),
                d.applyAsDouble(m.p95()), d.applyAsDouble(m.ci95Low()), d.applyAsDouble(m.ci95High()), m.n()));
    }

    @Test
    void summaryPeriodsReadBackWithTheDaysTheyCover(@TempDir Path bad) throws Exception {
        List<Period> periods = RunFolderReader.periods(dir);
        assertEquals(SummaryCsv.periods(written.info().start(), written.info().end()), periods);
        Period last = periods.stream().filter(p -> p.name().equals("2030")).findFirst().orElseThrow();
        assertEquals(181, last.daysCovered());
        assertFalse(last.whole());
        List<String> rows = Files.readAllLines(dir.resolve(RunFiles.SUMMARY));
        assertTrue(rows.stream().anyMatch(r -> r.contains(",year,2030,181,365,false,")), rows.get(1));
        for (String f : List.of(RunFiles.SUMMARY, RunFiles.MANIFEST)) {
            Files.copy(dir.resolve(f), bad.resolve(f));
        }
        int i = rows.indexOf(rows.stream().filter(r -> r.contains(",year,2030,")).findFirst().orElseThrow());
        rows.set(i, rows.get(i).replace(",year,2030,181,365,false,", ",year,2030,365,365,true,"));
        Files.write(bad.resolve(RunFiles.SUMMARY), rows);
        RunFolderException e = assertThrows(RunFolderException.class, () -> RunFolderReader.periods(bad));
        assertTrue(e.getMessage().contains("line " + (i + 1) + ", column days_covered: '365'"), e.getMessage());
    }

    @Test
    void tablesMarkAYearTheRunCoversInPart() {
        String md = MarkdownTables.outcomes(List.of(written), 2030);
        assertTrue(md.contains("| " + written.info().scenario() + " — 2030 (to 30 Jun) |"), md);
        assertTrue(md.contains("2030 (to 30 Jun) covers 181 of its 365 days"), md);
        assertThrows(IllegalArgumentException.class, () -> MarkdownTables.outcomes(List.of(written), 2031));
    }

    @Test
    void aMalformedFieldIsNamedWithFileLineColumnAndValue(@TempDir Path bad) throws Exception {
        for (String f : List.of(RunFiles.TIMESERIES, RunFiles.EVENTS, RunFiles.MANIFEST)) {
            Files.copy(dir.resolve(f), bad.resolve(f));
        }
        List<String> lines = Files.readAllLines(bad.resolve(RunFiles.TIMESERIES));
        lines.set(3, lines.get(3).replaceFirst(",[^,]*$", ",12,5"));
        Files.write(bad.resolve(RunFiles.TIMESERIES), lines);
        RunFolderException e = assertThrows(RunFolderException.class, () -> RunFolderReader.read(bad));
        assertTrue(e.getMessage().contains(RunFiles.TIMESERIES + " line 4"), e.getMessage());
        lines.set(3, lines.get(3).replaceFirst(",12,5$", ",1x2"));
        Files.write(bad.resolve(RunFiles.TIMESERIES), lines);
        e = assertThrows(RunFolderException.class, () -> RunFolderReader.read(bad));
        assertTrue(e.getMessage().endsWith("line 4, column value: '1x2' — expected a decimal number or an empty field"),
                e.getMessage());
        Files.delete(bad.resolve(RunFiles.MANIFEST));
        e = assertThrows(RunFolderException.class, () -> RunFolderReader.read(bad));
        assertTrue(e.getMessage().contains(RunFiles.MANIFEST + ": missing"), e.getMessage());
    }

    @Test
    void numbersReadBackExactlyAndDisplayWithoutNegativeZero() {
        for (double v : new double[] {0.1, 1.0 / 3, -0.0573262585, 123456.789, 1e-12, 2546, -0.0, Math.PI * 1e9}) {
            assertEquals(v == 0 ? 0.0 : v, Numbers.parse(Numbers.format(v)), "round trip of " + v);
        }
        assertEquals("0.1", Numbers.format(0.1));
        assertEquals("-0.0573", Display.number(-0.0573262585));
        assertEquals("0", Display.number(-0.0));
        assertEquals("-0.0000001", Display.number(-1e-7), "small but not zero: three significant digits");
        assertEquals("2,546", Display.number(2546.4));
        assertEquals("6.92", Display.number(6.9213));
        assertEquals("0.0%", Display.signedPercent(-0.0001));
        assertEquals("-5.7%", Display.signedPercent(-0.0573));
    }
}
