package org.durand.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.durand.TestScenarios;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The classroom GUI on a projector's 1366 × 768 screen and on a 1920 × 1080 one (Xvfb displays
 * this test starts): {@link LayoutDriver} runs in its own JVM and reports where the controls are;
 * every one a class needs — play, pause, stop, "+1 day", the speed, the date to pause on, the
 * Model tab, the event buttons, the map and the six charts — must lie whole on the screen, and the
 * three windows must not overlap. It also checks what those controls do: the seed field keeps a
 * seed beyond 32 bits and the run takes it, seeds are not incremented on stop, the run opens paused
 * at its start with the charts showing it, play resumes a pause, the run pauses on the date asked
 * for, "+1 day" plays one day (and waits while stopped), the day's number is not cut, closed
 * windows come back from the Windows menu, the map's province counts add up to the monitor's
 * total when paused and when stopped, and the speed is kept. The screenshots are kept in
 * {@code target/gui-screenshots/WxH}.
 */
class LayoutUnderDisplayTest {

    @TempDir
    Path dir;

    /** About 20 s on a two-core machine with a load of 14; the limits only end a GUI that hangs. */
    @ParameterizedTest
    @CsvSource({"1366, 768", "1920, 1080"})
    @Timeout(value = 540, unit = TimeUnit.SECONDS)
    void everyControlIsOnTheScreenAndDoesWhatItSays(int width, int height) throws Exception {
        try (VirtualDisplay display = VirtualDisplay.xvfb(dir, width, height)) {
            Path out = dir.resolve("shots");
            Path scenario = TestScenarios.baselineVariant(dir, "coarse.yaml", "personsPerAgent: 0 ",
                    "personsPerAgent: 50 ");
            String text = Files.readString(scenario, StandardCharsets.UTF_8);
            assertTrue(text.contains("name: baseline") && text.contains("end: 2026-12-31 "), "the baseline's calendar");
            Path quarter = TestScenarios.write(dir, "quarter.yaml", text.replace("name: baseline", "name: quarter")
                    .replace("end: 2026-12-31 ", "end: 2023-03-31 "));
            display.run(LayoutDriver.class, dir.resolve("driver.log"), 480, out.toString(), scenario.toString(),
                    quarter.toString());
            VirtualDisplay.keep(out, Path.of("target", "gui-screenshots", width + "x" + height));
            check(read(out), new Rectangle(0, 0, width, height));
        }
    }

    private static void check(Properties r, Rectangle screen) {
        assertEquals(screen, rect(r, "screen"), "the windows are tiled to the whole screen");
        for (String control : r.getProperty("controls").split(",")) {
            String at = r.getProperty("at." + control);
            assertFalse("not showing".equals(at), control + " is not showing");
            assertTrue(screen.contains(rect(r, "at." + control)), control + " at " + at + " is not whole on " + screen);
        }
        assertEquals("6", r.getProperty("charts"));
        assertEquals("false", r.getProperty("nowScrolls"), "the Now tab is whole, with no scroll bar");
        Rectangle console = rect(r, "window.console");
        Rectangle map = rect(r, "window.map");
        Rectangle charts = rect(r, "window.charts");
        assertFalse(console.intersects(map) || console.intersects(charts) || map.intersects(charts),
                "the windows overlap: " + console + " " + map + " " + charts);
        assertTrue(screen.contains(console) && screen.contains(map) && screen.contains(charts));

        assertEquals(r.getProperty("seedTyped"), r.getProperty("seedKept"), "the seed field keeps all 64 bits");
        assertEquals(r.getProperty("seedExpected"), r.getProperty("seedOfRun"),
                "the run waiting at its start takes the new seed's replicate seed at once");
        assertEquals("true", r.getProperty("restartedAtStart"));
        assertEquals("true", r.getProperty("openedPaused"), "opens paused");
        assertEquals("true", r.getProperty("openedAtStart"), "at the start of its run");
        assertEquals("true", r.getProperty("playResumes"), "play after pause plays on");
        assertEquals(r.getProperty("pauseAsked"), r.getProperty("pausedOn"), "paused on the date asked for");
        assertEquals("1", r.getProperty("oneDayDays"));
        assertEquals("true", r.getProperty("oneDayPaused"));
        assertEquals(r.getProperty("refugees"), r.getProperty("mapRefugees"), "the map's counts add up to the total");
        assertEquals("false", r.getProperty("incrementSeedOnStop"), "stop and play replays the run");
        assertEquals("1", r.getProperty("startChartPoints"), "the charts show the start before play");
        double top = Double.parseDouble(r.getProperty("startRefugeesAxisTop"));
        double refugees = Double.parseDouble(r.getProperty("startRefugees"));
        assertTrue(top >= refugees && top < 1.2 * refugees, "the refugees' axis spans the start: " + top);
        assertEquals("true", r.getProperty("dayLabelFits"), "\"day N of N\" is not cut");
        assertEquals("false", r.getProperty("closedWindowsShowing"), "the map and the charts closed");
        assertEquals("true", r.getProperty("reopenedWindowsShowing"), "the Windows menu shows them again");
        assertEquals("false", r.getProperty("oneDayWhenStopped"), "+1 day waits for a run under way");
        assertEquals(r.getProperty("stoppedRefugees"), r.getProperty("stoppedMapRefugees"),
                "stopped, the map's counts add up to the total");
        assertTrue(Integer.parseInt(r.getProperty("badProblems")) >= 4, "a file of many problems");
        assertTrue(screen.contains(rect(r, "at.badDialog")), "the dialog of its problems, at "
                + r.getProperty("at.badDialog") + ", is whole on the screen");
        assertFalse(Double.isInfinite(Double.parseDouble(r.getProperty("pauseTimeBefore"))), "a pause was asked");
        assertEquals("quarter", r.getProperty("openedScenario"));
        assertEquals("true", r.getProperty("openedPausedAtStart"), "another scenario opens paused at its start");
        assertEquals("1", r.getProperty("openedChartPoints"), "its charts show its start");
        assertEquals(Double.parseDouble(r.getProperty("openedStart")), Double.parseDouble(r.getProperty("openedChartsFrom")),
                "its charts span its calendar");
        assertTrue(Double.isInfinite(Double.parseDouble(r.getProperty("pauseTimeAfterOpen"))),
                "a pause date outside the new calendar asks for no pause");
        assertTrue(r.getProperty("pauseNoteAfterOpen").startsWith("outside the run"), r.getProperty("pauseNoteAfterOpen"));
        assertEquals("true", r.getProperty("pauseNoteFits"), "the note is not cut");
        assertEquals("true", r.getProperty("pauseFieldFits"), "the date field is not squeezed by a long note");
        assertEquals("true", r.getProperty("endStopped"), "the run stops at its end");
        assertEquals(r.getProperty("endScenarioDays"), r.getProperty("endDays"));
        assertEquals(r.getProperty("endDays"), r.getProperty("endChartPoints"), "the charts show every day");
        assertEquals("false", r.getProperty("endOneDay"), "+1 day after the end");
        assertEquals("false", r.getProperty("endAnyEvent"), "no event button after the end");
        assertTrue(r.getProperty("endEventsTitle").endsWith("(the run has ended)"), r.getProperty("endEventsTitle"));
        assertEquals(r.getProperty("endRefugees"), r.getProperty("endMapRefugees"),
                "at the end, the map's counts add up to the total");
        double speed = Double.parseDouble(r.getProperty("speedMeasured"));
        assertTrue(speed > 1 && speed < 8, "5 days a second asked for, " + speed + " measured");
    }

    private static Properties read(Path out) throws IOException {
        Properties r = new Properties();
        try (Reader in = Files.newBufferedReader(out.resolve("layout.properties"), StandardCharsets.UTF_8)) {
            r.load(in);
        }
        return r;
    }

    private static Rectangle rect(Properties r, String key) {
        String[] v = r.getProperty(key, "0,0,0,0").split(",");
        return new Rectangle(Integer.parseInt(v[0]), Integer.parseInt(v[1]), Integer.parseInt(v[2]),
                Integer.parseInt(v[3]));
    }
}
