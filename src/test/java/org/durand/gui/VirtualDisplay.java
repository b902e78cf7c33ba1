package org.durand.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An X display for GUI tests: the one named by DISPLAY, or an Xvfb display of a given size that
 * this class starts and stops; and a driver class run in its own JVM on it. Tests that need a
 * display are skipped (with what to install) where there is neither.
 */
final class VirtualDisplay implements AutoCloseable {

    private final String name;
    private final Process xvfb;

    private VirtualDisplay(String name, Process xvfb) {
        this.name = name;
        this.xvfb = xvfb;
    }

    /** The display named by DISPLAY if set, else a new 1920 × 1080 Xvfb display. */
    static VirtualDisplay any(Path dir) throws IOException, InterruptedException {
        String display = System.getenv("DISPLAY");
        return display == null || display.isBlank() ? xvfb(dir, 1920, 1080) : new VirtualDisplay(display, null);
    }

    /** A new Xvfb display of {@code width} × {@code height} pixels (the test is skipped without Xvfb). */
    static VirtualDisplay xvfb(Path dir, int width, int height) throws IOException, InterruptedException {
        assumeTrue(onPath("Xvfb"), "Xvfb is not installed, so the GUI cannot be tested under a virtual "
                + "display (install it: apt-get install -y xvfb; .ci/run does)");
        int n = freeDisplay();
        Process p = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", width + "x" + height + "x24", "-nolisten",
                "tcp").redirectErrorStream(true).redirectOutput(dir.resolve("xvfb-" + n + ".log").toFile()).start();
        waitForSocket(n, p);
        return new VirtualDisplay(":" + n, p);
    }

    /**
     * Runs {@code main} with {@code args} in a JVM of its own on this display, and fails the test
     * with the driver's output if it does not end with exit code 0 within {@code seconds}.
     */
    void run(Class<?> main, Path log, int seconds, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx1g", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("DISPLAY", name);
        Process driver = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!driver.waitFor(seconds, TimeUnit.SECONDS)) {
            driver.destroyForcibly();
            fail("the GUI did not finish in " + seconds + " s:\n" + Files.readString(log));
        }
        assertEquals(0, driver.exitValue(), Files.readString(log));
    }

    @Override
    public void close() throws InterruptedException {
        if (xvfb != null) {
            xvfb.destroy();
            xvfb.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Copies the PNG files of {@code from} to {@code to}, where a build keeps them for a look. */
    static void keep(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".png")).toList()) {
                Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
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
