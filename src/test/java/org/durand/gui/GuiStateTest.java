package org.durand.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.durand.TestScenarios;
import org.durand.experiment.Replicates;
import org.durand.experiment.RunResult;
import org.durand.model.Intervention;
import org.durand.model.TensionModel;
import org.durand.observe.MonthlySeries;
import org.durand.scenario.Scenario;
import org.durand.scenario.ScenarioParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The GUI's model without windows: it gives a headless run's numbers, its checkpoints continue to
 * the uninterrupted run's end, and its inspector rows change the running model as the registry
 * allows. (The windows themselves are tested under a display by {@link ConsoleUnderDisplayTest}.)
 */
class GuiStateTest {

    private static final long SEED = 20_251_130L;

    @TempDir
    static Path dir;
    private static Path coarse;

    @BeforeAll
    static void coarseBaseline() {
        coarse = TestScenarios.baselineVariant(dir, "coarse.yaml", "personsPerAgent: 0 ", "personsPerAgent: 200 ");
    }

    private static DurandWithUI started() throws Exception {
        DurandWithUI gui = new DurandWithUI(coarse, SEED);
        gui.start();
        return gui;
    }

    private static void stepToEnd(DurandWithUI gui) {
        while (gui.step()) {
            // one day per step
        }
    }

    private static void assertSameSeries(MonthlySeries expected, MonthlySeries actual) {
        assertEquals(expected.months(), actual.months());
        for (String metric : expected.metrics().names()) {
            assertArrayEquals(expected.values(metric), actual.values(metric), metric);
        }
    }

    /**
     * One seeding path: the GUI's model loop (as the Console runs it: the Console's own 32-bit
     * seed handed to the model, then start, then steps) and a headless run with the same base
     * seed give the same numbers, metric by metric and month by month, for seeds whose high 32
     * bits differ from zero too.
     */
    @ParameterizedTest
    @ValueSource(longs = {1L, 7L, (1L << 40) + 3})
    void theGuiRunsTheFirstReplicateOfAHeadlessRunWithTheSameBaseSeed(long base) throws Exception {
        DurandWithUI gui = new DurandWithUI(coarse, 99);
        gui.setBaseSeed(base);
        gui.state.setSeed((int) base);
        gui.start();
        stepToEnd(gui);
        Scenario scenario = TestScenarios.read(coarse);
        RunResult headless = Replicates.run(scenario, 1, base, 1, false, r -> { }).get(0);
        assertEquals(headless.seed(), gui.model().fullSeed(), "the generator has the replicate's seed in full");
        assertSameSeries(headless.series(), gui.record().monthly().series());
        assertEquals(scenario.days(), gui.record().size(), "one daily row per day");
        long deaths = Math.round(java.util.Arrays.stream(headless.series().values("fatalities_total")).sum());
        assertEquals(deaths, gui.record().fatalities(), "the monitor's deaths since the start");
    }

    @Test
    void stopAndPlayReplaysTheRunAndANewBaseSeedGivesAnotherOne() throws Exception {
        DurandWithUI gui = started();
        for (int d = 0; d < 200; d++) {
            gui.step();
        }
        long first = gui.record().fatalities();
        gui.finish();
        gui.start();
        for (int d = 0; d < 200; d++) {
            gui.step();
        }
        assertEquals(first, gui.record().fatalities(), "the same base seed replays the run");
        gui.finish();
        gui.setBaseSeed(SEED + 1);
        gui.start();
        assertEquals(DurandWithUI.runSeed(SEED + 1), gui.model().fullSeed(), "a new seed takes effect at the start");
    }

    @Test
    void aCheckpointSavedMidRunReopensAndEndsWhereTheUninterruptedRunEnds() throws Exception {
        DurandWithUI whole = started();
        stepToEnd(whole);

        DurandWithUI part = started();
        for (int d = 0; d < 333; d++) {
            part.step();
        }
        Path file = dir.resolve("day-333.checkpoint");
        part.state.writeToCheckpoint(file.toFile());

        DurandWithUI reopened = new DurandWithUI(coarse, 1);
        assertTrue(reopened.readNewStateFromCheckpoint(file.toFile()));
        assertEquals(332, reopened.model().day());
        assertEquals(SEED, reopened.baseSeed(), "the checkpoint brings its base seed");
        assertEquals(333, reopened.record().size(), "the history comes back with the checkpoint");
        assertEquals(part.record().fatalities(), reopened.record().fatalities());
        stepToEnd(reopened);
        assertSameSeries(whole.record().monthly().series(), reopened.record().monthly().series());
        for (int d = 0; d < whole.record().size(); d++) {
            assertArrayEquals(whole.record().day(d).values(), reopened.record().day(d).values(), "day " + d);
        }
    }

    @Test
    void onlyStartedDurandModelsWithTheirRecordAreValidCheckpoints() throws Exception {
        DurandWithUI gui = new DurandWithUI(coarse, 1);
        assertFalse(gui.validSimState(new TensionModel(1, TestScenarios.read(coarse))), "never started");
        TensionModel headless = new TensionModel(1, TestScenarios.read(coarse));
        headless.start();
        assertFalse(gui.validSimState(headless), "started without the GUI's record");
        assertTrue(gui.validSimState(started().state));
    }

    @Test
    void aSliderChangesALiveValueOfTheRunningModelAndFixedValuesWaitForAStop() throws Exception {
        DurandWithUI gui = started();
        gui.step();
        StringBuilder problems = new StringBuilder();
        Map<String, List<Row>> tabs = ParameterTabs.build(gui.sink(problems::append));
        assertEquals(List.of("Pakistan", "Afghan Taliban government", "Tehrik-e-Taliban Pakistan",
                "Baloch insurgent groups", "Deportations", "Tension index"), List.copyOf(tabs.keySet()));
        Row hawk = row(tabs.get("Pakistan"), "Hawkishness");
        Row trust = row(tabs.get("Pakistan"), "Trust at the start");
        assertTrue(hawk.isEditable());
        assertFalse(trust.isEditable(), "trust at the start is fixed once the run has started");
        assertEquals(0.6, (double) hawk.value().get());

        assertNotNull(hawk.set("0.85"));
        assertEquals(0.85, gui.model().host().getHawkishness(), "the agent has it");
        assertEquals("0.85", gui.source().overrides().get("governments.host.hawkishness"));
        assertEquals(0.85, (double) hawk.value().get());
        assertNull(hawk.set("much"), "text that is no number is refused");
        assertNull(trust.set("0.5"), "a fixed value is refused while the run is under way");

        Row share = row(tabs.get("Tehrik-e-Taliban Pakistan"), "Security target share");
        assertNull(share.set("1.5"), "out of range is refused");
        assertTrue(problems.toString().contains("securityTargetShare"), problems.toString());

        gui.finish();
        assertTrue(trust.isEditable(), "between runs every value may change");
    }

    /** The count of operations is moved by the timeline: its row shows and sets the count in force. */
    @Test
    void theOperationsRowShowsTheCountTheTimelineSetAndSetsAnyCount() throws Exception {
        DurandWithUI gui = started();
        Row ops = row(ParameterTabs.build(gui.sink(s -> { })).get("Pakistan"), "Ops tempo (× reference count)");
        assertEquals(0.614, (double) ops.value().get(), "2023's effort, as the scenario starts it");
        assertEquals(10.0, ops.domain().getMax().doubleValue(), "a slider of 0–10, not the allowed 0–100");
        for (int day = 0; day < 40; day++) {
            gui.step();
        }
        assertEquals(0.614, (double) ops.value().get());
        while (gui.model().date().isBefore(java.time.LocalDate.of(2024, 1, 2))) {
            gui.step();
        }
        assertEquals(0.807, (double) ops.value().get(), "January–August 2024's count, from the timeline");

        assertNotNull(ops.set("2"));
        assertEquals(2.0, gui.model().host().getOpsTempo());
        assertNotNull(ops.set("0.614"));
        assertEquals(0.614, gui.model().host().getOpsTempo(), "back to the value the scenario starts with");
        assertEquals(0.614, (double) ops.value().get());
        gui.step();
        assertEquals(0.614, gui.model().host().getOpsTempo(), "kept: the timeline's next entry is in September");
        gui.finish();
    }

    /** Before the first day is played, a value that shapes the start builds the run again from it. */
    @Test
    void aStartValueChangedBeforeTheFirstDayRestartsTheRunFromIt() throws Exception {
        DurandWithUI gui = started();
        TensionModel before = gui.model();
        Map<String, List<Row>> tabs = ParameterTabs.build(gui.sink(s -> { }));
        Row fighters = row(tabs.get("Tehrik-e-Taliban Pakistan"), "Fighters at the start");
        assertTrue(fighters.isEditable(), "no day played yet");
        assertNotNull(fighters.set("3000"));
        assertEquals("3000", gui.source().overrides().get("groups.ttp.fighters"));
        assertTrue(gui.model().isRunning() && gui.model().schedule.getTime() < 0, "waiting at the start again");
        assertEquals(3000, gui.model().scenario().groups().get("ttp").fighters());
        assertEquals(before, gui.model(), "the same model, started again");
        gui.step();
        assertFalse(fighters.isEditable(), "fixed once a day is played");
    }

    /**
     * Each setting's field is as wide as the largest value of its slider (accusations per year of
     * 120 shows "120", not "20"), the slider's ends are written beside it, and a value fixed while
     * the run is under way says so.
     */
    @Test
    void settingsShowTheirWholeValueTheirRangeAndWhenTheyAreFixed() throws Exception {
        DurandWithUI gui = started();
        gui.step();
        StringBuilder problems = new StringBuilder();
        Map<String, List<Row>> tabs = ParameterTabs.build(gui.sink(problems::append));
        Row accusations = row(tabs.get("Pakistan"), "Accusations per year");
        assertNotNull(accusations.set("120"));
        for (Map.Entry<String, List<Row>> tab : tabs.entrySet()) {
            RowPanel panel = new RowPanel(tab.getKey(), tab.getValue(), problems::append);
            for (Row r : tab.getValue()) {
                javax.swing.JTextField field = panel.field(r.name());
                java.awt.FontMetrics fm = field.getFontMetrics(field.getFont());
                java.awt.Insets in = field.getInsets();
                String max = RowPanel.format(r.domain().getMax().doubleValue()).replace(",", "");
                for (String text : List.of(field.getText(), max)) {
                    assertTrue(fm.stringWidth(text) + in.left + in.right <= field.getMinimumSize().width,
                            r.name() + ": \"" + text + "\" does not fit its field");
                }
            }
        }
        RowPanel host = new RowPanel("Pakistan", tabs.get("Pakistan"), problems::append);
        assertEquals("120", host.field("Accusations per year").getText());
        Row hawk = row(tabs.get("Pakistan"), "Hawkishness");
        assertEquals(List.of("0", "1"), host.ends(hawk.name()), "the range's ends beside the slider");
        Row accusationsRow = row(tabs.get("Pakistan"), "Accusations per year");
        assertEquals(List.of(RowPanel.format(accusationsRow.domain().getMin().doubleValue()),
                RowPanel.format(accusationsRow.domain().getMax().doubleValue())), host.ends(accusationsRow.name()));
        assertTrue(host.label("Trust at the start").contains("stop to change"), host.label("Trust at the start"));
        assertFalse(host.label("Hawkishness").contains("stop to change"));
        gui.finish();
        host.refresh();
        assertEquals("Trust at the start", host.label("Trust at the start"), "stopped, it may change");
    }

    /**
     * Twenty fast presses of one button ask for one event, shown as pressed until the next day
     * applies it; at the run's last day no button can be pressed.
     */
    @Test
    void aButtonPressedTwentyTimesAsksOnceAndNoButtonWorksAfterTheLastDay() throws Exception {
        DurandWithUI gui = started();
        gui.step();
        ClassroomInspector inspector = new ClassroomInspector(gui);
        javax.swing.JToggleButton strike = inspector.button(Intervention.STRIKE);
        assertTrue(strike.isEnabled());
        for (int i = 0; i < 20; i++) {
            strike.doClick();
        }
        assertEquals(List.of(Intervention.STRIKE), gui.model().pendingInterventions());
        assertTrue(strike.isSelected() && !strike.isEnabled(), "shown as asked for");
        gui.step();
        inspector.updateInspector();
        assertEquals(List.of(), gui.model().pendingInterventions(), "the day applied it");
        assertTrue(!strike.isSelected() && strike.isEnabled(), "free again");
        stepToEnd(gui);
        inspector.updateInspector();
        for (Intervention what : Intervention.values()) {
            assertFalse(inspector.button(what).isEnabled(), what + " after the last day");
        }
        inspector.button(Intervention.VISIT).doClick();
        assertEquals(List.of(), gui.model().pendingInterventions());
        assertTrue(inspector.eventsTitle().endsWith("(the run has ended)"), inspector.eventsTitle());
        gui.finish();
        inspector.updateInspector();
        assertTrue(inspector.eventsTitle().endsWith("(the run has ended)"), "stopped at its end, the run has still "
                + "ended: " + inspector.eventsTitle());
        for (Intervention what : Intervention.values()) {
            assertFalse(inspector.button(what).isEnabled(), what + " once the ended run is stopped");
        }
        gui.start();
        inspector.updateInspector();
        assertTrue(inspector.button(Intervention.VISIT).isEnabled(), "a new run can be pressed on");
        gui.finish();
        inspector.updateInspector();
        assertTrue(inspector.eventsTitle().endsWith("(press play first)"), "stopped before its first day: "
                + inspector.eventsTitle());
    }

    /**
     * The charts' time axes span the run's calendar before any day is shown (not 1970), and a
     * window of the last months moves with the run.
     */
    @Test
    void theChartsShowTheRunsCalendarOrAWindowOfItsLastMonths() throws Exception {
        java.time.LocalDate first = java.time.LocalDate.of(2023, 1, 1);
        java.time.LocalDate last = java.time.LocalDate.of(2026, 12, 31);
        LiveCharts charts = new LiveCharts("Host", "Haven", first, last, LiveCharts.View.WHOLE_RUN);
        assertArrayEquals(new double[] {millis(first), millis(last.plusDays(1))}, charts.timeRange());
        List<LiveRecord.Day> rows = new java.util.ArrayList<>();
        for (int d = 0; d < 500; d++) {
            rows.add(new LiveRecord.Day(first.plusDays(d), new double[LiveRecord.Column.values().length]));
        }
        charts.add(rows);
        assertArrayEquals(new double[] {millis(first), millis(last.plusDays(1))}, charts.timeRange(),
                "the whole run does not rescale");
        charts.show(LiveCharts.View.LAST_QUARTER);
        java.time.LocalDate end = first.plusDays(500);
        assertArrayEquals(new double[] {millis(end.minusMonths(3)), millis(end)}, charts.timeRange());
        LiveCharts fresh = new LiveCharts("Host", "Haven", first, last, LiveCharts.View.LAST_YEAR);
        assertArrayEquals(new double[] {millis(first), millis(first.plusMonths(12))}, fresh.timeRange(),
                "an empty window starts at the start");
    }

    /**
     * Before play the charts show the run's start: one point a line, from the start state
     * (trade, not yet known, left out), on value axes that stay at or above zero; the first day's
     * row takes the start's place.
     */
    @Test
    void beforePlayTheChartsShowTheStartOnAxesFromZero() throws Exception {
        DurandWithUI gui = started();
        TensionModel m = gui.model();
        LiveRecord.Day start = LiveRecord.start(m);
        assertEquals(m.scenario().start(), start.date());
        assertEquals(m.getTensionIndex(), start.get(LiveRecord.Column.TENSION));
        assertEquals(m.population().getRemaining(), start.get(LiveRecord.Column.REFUGEES));
        assertEquals(m.host().getTrust(), start.get(LiveRecord.Column.TRUST_HOST));
        assertEquals(m.haven().getGrievance(), start.get(LiveRecord.Column.GRIEVANCE_HAVEN));
        assertEquals(0, start.get(LiveRecord.Column.RETURNS));
        assertEquals(0, start.get(LiveRecord.Column.CIVILIAN));
        assertTrue(Double.isNaN(start.get(LiveRecord.Column.TRADE)), "no day has traded yet");

        var s = m.scenario();
        LiveCharts charts = new LiveCharts("Host", "Haven", s.start(), s.start().plusDays(s.days() - 1L),
                LiveCharts.View.WHOLE_RUN);
        for (org.jfree.data.Range r : charts.valueRanges()) {
            assertTrue(r.getLowerBound() >= 0 && r.getUpperBound() > 0, "empty: " + charts.valueRanges());
        }
        charts.add(List.of(start));
        assertEquals(1, charts.days(), "the start, one point");
        List<org.jfree.data.Range> ranges = charts.valueRanges();
        for (org.jfree.data.Range r : ranges) {
            assertTrue(r.getLowerBound() >= 0, "no axis below zero: " + ranges);
        }
        assertEquals(new org.jfree.data.Range(0, 100), ranges.get(0), "tension index");
        assertTrue(ranges.get(2).contains(m.population().getRemaining())
                && ranges.get(2).getUpperBound() < 1.2 * m.population().getRemaining(),
                "refugees' axis spans the start's refugees: " + ranges.get(2));
        assertTrue(ranges.get(4).contains(m.host().getGrievance()), "grievance: " + ranges.get(4));
        gui.step();
        charts.add(List.of(gui.record().day(0)));
        assertEquals(1, charts.days(), "the first day replaces the start");
    }

    private static double millis(java.time.LocalDate d) {
        return d.atStartOfDay(java.time.ZoneId.systemDefault()).toInstant().toEpochMilli();
    }

    /**
     * A bad scenario file's problems come in a view no wider than part of a 1366-pixel screen,
     * naming the file and the line; a good one replaces a run only after a question once a day
     * has been played.
     */
    @Test
    void aBadFileIsExplainedInAViewThatFitsTheScreenAndAPlayedRunIsReplacedOnlyAfterAsking() throws Exception {
        Path bad = TestScenarios.baselineVariant(dir, "bad.yaml", "hawkishness: 0.60", "hawkishness: 7");
        org.durand.scenario.ScenarioException problem = org.junit.jupiter.api.Assertions.assertThrows(
                org.durand.scenario.ScenarioException.class, () -> LiveScenario.read(bad));
        java.awt.Rectangle screen = new java.awt.Rectangle(0, 0, 1366, 768);
        javax.swing.JScrollPane view = (javax.swing.JScrollPane) ScenarioChooser.problems(bad, problem, screen);
        assertTrue(view.getPreferredSize().width <= 0.7 * screen.width, view.getPreferredSize().toString());
        assertTrue(view.getPreferredSize().height <= 0.5 * screen.height, view.getPreferredSize().toString());
        String text = ((javax.swing.JTextArea) view.getViewport().getView()).getText();
        assertTrue(text.contains("bad.yaml") && text.contains("line 44") && text.contains("hawkishness"), text);

        DurandWithUI gui = started();
        LiveScenario dialogue = LiveScenario.read(TestScenarios.SCENARIOS.resolve("dialogue.yaml"));
        assertNull(ScenarioChooser.replacing(gui, dialogue), "nothing played yet: nothing to lose");
        gui.step();
        String question = ScenarioChooser.replacing(gui, dialogue);
        assertNotNull(question);
        assertTrue(question.contains("dialogue.yaml") && question.contains("day 1"), question);
    }

    @Test
    void numbersReadAcrossAClassroom() {
        assertEquals("1,522,379", RowPanel.format(1_522_379L));
        assertEquals("1,370", RowPanel.format(1370.0));
        assertEquals("0.284", RowPanel.format(0.28391));
        assertEquals("69.6", RowPanel.format(69.61));
        assertEquals("—", RowPanel.format("—"));
    }

    private static Row row(List<Row> rows, String namePrefix) {
        return rows.stream().filter(r -> r.name().startsWith(namePrefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + namePrefix));
    }

    @Test
    void anotherScenarioFileReplacesTheModelAndKeepsTheSeed() throws Exception {
        DurandWithUI gui = new DurandWithUI(coarse, 42);
        gui.openScenario(TestScenarios.SCENARIOS.resolve("dialogue.yaml"));
        assertEquals("dialogue", gui.model().scenario().name());
        assertEquals(42, gui.baseSeed());
        assertEquals(DurandWithUI.runSeed(42), gui.model().fullSeed());
        assertEquals("dialogue.yaml", gui.source().title());
        assertNull(gui.record(), "nothing has run yet");
    }

    @Test
    void slidersOfOpenRangesReachFourTimesTheValue() {
        assertEquals(20.0, ParameterTabs.niceCeiling(12.4));
        assertEquals(5000.0, ParameterTabs.niceCeiling(3048));
        assertEquals("0.123", ParameterTabs.text(0.1234567, false));
        assertEquals("Attacks per cell year", ParameterTabs.words("attacksPerCellYear"));
        assertEquals("Strikes per year", ParameterTabs.name(ScenarioParameters.GOV_STRIKES));
        assertEquals("Engagements per year (contacts/year)", ParameterTabs.name(ScenarioParameters.GOV_ENGAGEMENTS));
        assertEquals("Fighters at the start", ParameterTabs.name(ScenarioParameters.GROUP_FIGHTERS));
    }

    @Test
    void theAboutTabHasTheSectionsOfAnInfoTab() {
        String html = About.html();
        for (String section : List.of("WHAT IS IT?", "HOW IT WORKS", "HOW TO USE IT", "THINGS TO NOTICE",
                "THINGS TO TRY", "EXTENDING THE MODEL", "HOW TO CITE")) {
            assertTrue(html.contains("<h3>" + section + "</h3>"), section);
        }
        assertFalse(html.contains("${"), "the version is filled in by the build");
    }
}
