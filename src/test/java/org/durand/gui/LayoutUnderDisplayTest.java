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
 * seed beyond 32 bits and the run takes it, the run opens paused at its start, play resumes a pause, the run pauses on the date asked for, "+1 day" plays one day,
 * the map's province counts add up to the monitor's total, and the speed is kept. The screenshots
 * are kept in {@code target/gui-screenshots/WxH}.
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
            display.run(LayoutDriver.class, dir.resolve("driver.log"), 480, out.toString(), scenario.toString());
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
