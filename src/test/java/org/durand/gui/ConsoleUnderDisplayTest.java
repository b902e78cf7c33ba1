package org.durand.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.durand.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classroom GUI on a real (virtual) display: {@link ClassroomDriver} runs in its own JVM, on
 * the display named by DISPLAY or on an Xvfb display this test starts; it plays a few hundred
 * days, presses "Close the border", saves and reopens a checkpoint and takes screenshots, which
 * are checked here (not blank; the charts and the map change) and kept in
 * {@code target/gui-screenshots}.
 */
class ConsoleUnderDisplayTest {

    private static final Path KEEP = Path.of("target", "gui-screenshots");

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void aClassPlaysClosesTheBorderAndReopensASavedRun() throws Exception {
        Process xvfb = null;
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            assumeTrue(onPath("Xvfb"), "Xvfb is not installed, so the GUI cannot be tested under a virtual "
                    + "display (install it: apt-get install -y xvfb; .ci/run does)");
            int n = freeDisplay();
            xvfb = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", "1920x1080x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("xvfb.log").toFile()).start();
            waitForSocket(n, xvfb);
            display = ":" + n;
        }
        try {
            Path out = dir.resolve("shots");
            Path scenario = TestScenarios.baselineVariant(dir, "coarse.yaml", "personsPerAgent: 0 ",
                    "personsPerAgent: 50 ");
            Path log = dir.resolve("driver.log");
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g", "-cp", System.getProperty("java.class.path"), ClassroomDriver.class.getName(),
                    out.toString(), scenario.toString());
            pb.environment().put("DISPLAY", display);
            Process driver = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!driver.waitFor(120, TimeUnit.SECONDS)) {
                driver.destroyForcibly();
                fail("the GUI did not finish in 120 s:\n" + Files.readString(log));
            }
            assertEquals(0, driver.exitValue(), Files.readString(log));
            keep(out);
            check(out);
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
                xvfb.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static void check(Path out) throws IOException {
        Properties r = new Properties();
        try (Reader in = Files.newBufferedReader(out.resolve("report.properties"), StandardCharsets.UTF_8)) {
            r.load(in);
        }
        assertTrue(number(r, "days") >= 400, "played at least 400 days: " + r);
        assertEquals(number(r, "days"), number(r, "chartDays"), "the charts show every day played");
        assertEquals("CLOSE_BORDER", r.getProperty("pending"), "the press waits for the next day");
        assertEquals(3, number(r, "closedAfter"), "every crossing closed after the press: " + r);
        assertTrue(number(r, "tradeAfter") < 0.5 * number(r, "tradeBefore"), "trade drops: " + r);
        assertEquals("true", r.getProperty("reopened"));
        assertEquals(number(r, "savedDays"), number(r, "reopenedDays"), "the checkpoint's history is back");
        assertEquals(number(r, "reopenedDays"), number(r, "reopenedChartDays"), "the charts redrawn from it");
        assertTrue(number(r, "continuedDays") >= number(r, "savedDays") + 20, "the reopened run continues");

        for (String name : new String[] {"console", "map-early", "map-late", "map-closed", "charts-early",
                "charts-late", "gui"}) {
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

    /** Many colours, and at least a tenth of the pixels unlike the most common one. */
    private static void assertNotBlank(BufferedImage image, String name) {
        Set<Integer> colours = new HashSet<>();
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                colours.add(rgb);
                counts.merge(rgb, 1, Integer::sum);
            }
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        int commonest = counts.values().stream().mapToInt(Integer::intValue).max().orElse(total);
        assertTrue(colours.size() > 30, name + " has only " + colours.size() + " colours");
        assertTrue(commonest < 0.9 * total, name + " is mostly one colour");
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

    private static void keep(Path out) throws IOException {
        Files.createDirectories(KEEP);
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".png")).toList()) {
                Files.copy(f, KEEP.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }

    /** A display number with neither a lock file nor a socket. */
    private static int freeDisplay() {
        for (int n = 91; n < 400; n++) {
            if (!Files.exists(Path.of("/tmp/.X" + n + "-lock")) && !Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                return n;
            }
        }
        throw new IllegalStateException("no free X display number between 91 and 399");
    }

    private static void waitForSocket(int n, Process xvfb) throws InterruptedException {
        Path socket = Path.of("/tmp/.X11-unix/X" + n);
        for (int i = 0; i < 100 && !Files.exists(socket); i++) {
            if (!xvfb.isAlive()) {
                fail("Xvfb :" + n + " stopped at once (exit " + xvfb.exitValue() + ")");
            }
            Thread.sleep(50);
        }
        assertTrue(Files.exists(socket), "Xvfb :" + n + " did not open its socket within 5 s");
    }
}
