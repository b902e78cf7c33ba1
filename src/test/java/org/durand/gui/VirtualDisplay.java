package org.durand.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An X display for GUI tests: an Xvfb display of a given size that this class starts and stops (or,
 * without Xvfb, the one named by DISPLAY); and a driver class run in its own JVM on it. Tests that
 * need a display are skipped (with what to install) where there is neither.
 */
final class VirtualDisplay implements AutoCloseable {

    private final String name;
    private final Process xvfb;

    private VirtualDisplay(String name, Process xvfb) {
        this.name = name;
        this.xvfb = xvfb;
    }

    /**
     * A new 1920 × 1080 Xvfb display where Xvfb is installed, else the display named by DISPLAY (a
     * desktop's, which may be locked, remote or gone, is used only when there is no Xvfb), else the
     * test is skipped.
     */
    static VirtualDisplay any(Path dir) throws IOException, InterruptedException {
        String display = System.getenv("DISPLAY");
        return onPath("Xvfb") || display == null || display.isBlank() ? xvfb(dir, 1920, 1080)
                : new VirtualDisplay(display, null);
    }

    /** A new Xvfb display of {@code width} × {@code height} pixels (the test is skipped without Xvfb). */
    static VirtualDisplay xvfb(Path dir, int width, int height) throws IOException, InterruptedException {
        assumeTrue(onPath("Xvfb"), "Xvfb is not installed, so the GUI cannot be tested under a virtual "
                + "display (install it: apt-get install -y xvfb; .ci/run does)");
        // Xvfb chooses a free display number itself and writes it to standard output once it accepts
        // clients (-displayfd): no number is taken from under another test run starting its own display
        // at the same moment, and there is no socket to poll for, however slowly a busy machine starts it
        Path log = Files.createTempFile(dir, "xvfb-", ".log");
        Process p = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", width + "x" + height + "x24",
                "-nolisten", "tcp").redirectError(log.toFile()).start();
        String number = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII))
                .readLine();
        if (number == null || !number.strip().matches("[0-9]+")) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
            fail("Xvfb did not start a display (it said '" + number + "'):\n" + Files.readString(log));
        }
        return new VirtualDisplay(":" + number.strip(), p);
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
            driver.destroyForcibly().waitFor();
            fail("the GUI did not finish in " + seconds + " s:\n" + Files.readString(log));
        }
        assertEquals(0, driver.exitValue(), Files.readString(log));
    }

    @Override
    public void close() throws InterruptedException {
        if (xvfb != null) {
            xvfb.destroy();
            if (!xvfb.waitFor(10, TimeUnit.SECONDS)) {
                xvfb.destroyForcibly().waitFor();
            }
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
}
