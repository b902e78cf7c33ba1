package org.durand.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.durand.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classroom GUI on a real (virtual) display: {@link ClassroomDriver} runs in its own JVM, on
 */
class ConsoleUnderDisplayTest {

    private static final Path KEEP = Path.of("target", "gui-screenshots");

    @TempDir
    Path dir;

    /**
     * The driver's 500 days took a minute on a two-core machine with a load of 14; the limits only
     * end a GUI that hangs, so they leave room for a machine several times busier.
     */
    @Test
    @Timeout(value = 540, unit = TimeUnit.SECONDS)
    void aClassPlaysClosesTheBorderAndReopensASavedRun() throws Exception {
        try (VirtualDisplay display = VirtualDisplay.any(dir)) {
            Path out = dir.resolve("shots");
            Path scenario = TestScenarios.baselineVariant(dir, "coarse.yaml", "personsPerAgent: 0 ",
                    "personsPerAgent: 50 ");
            display.run(ClassroomDriver.class, dir.resolve("driver.log"), 480, out.toString(), scenario.toString());
            VirtualDisplay.keep(out, KEEP);
            check(out);
        }
    }

    private static void check(Path out) throws IOException {
        Properties r = new Properties();
        try (Reader in = Files.newBufferedReader(out.resolve("report.properties"), StandardCharsets.UTF_8)) {
            r.load(in);
        }
        assertEquals(400, number(r, "days"), "played exactly the 400 days asked for (the screenshot shows day 400): " + r);
        assertEquals(number(r, "days"), number(r, "chartDays"), "the charts show every day played");
        assertEquals("CLOSE_BORDER", r.getProperty("pending"), "the press waits for the next day");
        assertEquals(3, number(r, "closedAfter"), "every crossing closed after the press: " + r);
        assertTrue(number(r, "tradeAfter") < 0.5 * number(r, "tradeBefore"), "trade drops: " + r);
        assertEquals("true", r.getProperty("reopened"));
        assertEquals(number(r, "savedDays"), number(r, "reopenedDays"), "the checkpoint's history is back");
        assertEquals(number(r, "reopenedDays"), number(r, "reopenedChartDays"), "the charts redrawn from it");
        assertTrue(number(r, "continuedDays") >= number(r, "savedDays") + 20, "the reopened run continues");
        assertEquals("Model", r.getProperty("tabAfterOpen"), "the Model tab stays in view after File → Open");
        assertEquals("true", r.getProperty("inspectorShowing"), "the model inspector is shown");
        assertEquals(r.getProperty("savedDeaths"), r.getProperty("reopenedDeaths"),
                "the Model tab shows the run read, at once");
        assertEquals(r.getProperty("continuedDeaths"), r.getProperty("continuedDeathsShown"),
                "the Model tab follows the reopened run as it plays");
        assertEquals("true", r.getProperty("badCheckpointExplained"), "a file with no saved run is explained");
        assertEquals("true", r.getProperty("badCheckpointRefused"));
        assertEquals("true", r.getProperty("badCheckpointKept"), "and the run shown stays");

        for (String name : new String[] {"console", "console-reopened", "map-early", "map-late", "map-closed",
                "charts-early", "charts-late", "gui"}) {
            assertNotBlank(read(out, name), name);
        }
        assertChanged(read(out, "charts-early"), read(out, "charts-late"), "charts");
        assertChanged(read(out, "map-early"), read(out, "map-late"), "map");
        assertChanged(read(out, "map-late"), read(out, "map-closed"), "map after the closure");
    }

    private static double number(Properties r, String key) {
        return Double.parseDouble(r.getProperty(key, "NaN"));
    }

    private static BufferedImage read(Path out, String name) throws IOException {
        BufferedImage image = ImageIO.read(out.resolve(name + ".png").toFile());
        assertTrue(image != null && image.getWidth() > 200 && image.getHeight() > 200, name + " has a size");
        return image;
    }

    /**
     * Many colours, and either at least a tenth of the pixels unlike the most common one or, for
     * charts, which are mostly white paper early in a run, at least 0.1% of the pixels in colour
     * (a spread of more than 60 between the largest and smallest of red, green and blue): the data
     * and legends are drawn in colour, a blank or failed capture has none (the charts-early capture
     * of the baseline has ≈0.2%).
     */
    private static void assertNotBlank(BufferedImage image, String name) {
        Set<Integer> colours = new HashSet<>();
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        int coloured = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                colours.add(rgb);
                counts.merge(rgb, 1, Integer::sum);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
                    coloured++;
                }
            }
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        int commonest = counts.values().stream().mapToInt(Integer::intValue).max().orElse(total);
        assertTrue(colours.size() > 30, name + " has only " + colours.size() + " colours");
        assertTrue(commonest < 0.9 * total || coloured >= 0.001 * total, name + " is mostly one colour ("
                + commonest + " of " + total + " pixels) with " + coloured + " in colour");
    }

    private static void assertChanged(BufferedImage a, BufferedImage b, String name) {
        assertEquals(a.getWidth(), b.getWidth(), name + " kept its size");
        int differ = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                differ += a.getRGB(x, y) != b.getRGB(x, y) ? 1 : 0;
            }
        }
        assertTrue(differ > a.getWidth() * a.getHeight() / 200, name + " changed in only " + differ + " pixels");
    }
}
