package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.durand.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher works under a POSIX locale (LANG=C) when the install folder and the scenario path
 * hold a non-ASCII letter: Java would otherwise fail to read such file names at all.
 */
class LauncherTest {

    @TempDir
    Path dir;

    /** An install folder: the launcher and a jar whose class path is this test's, newer than any source. */
    private Path install(Path home) throws IOException {
        Files.createDirectories(home.resolve("target"));
        Path launcher = Files.copy(Path.of("durand"), home.resolve("durand"));
        assertTrue(launcher.toFile().setExecutable(true));
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        String classPath = Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(p -> Path.of(p).toAbsolutePath().toUri().toString())
                .collect(Collectors.joining(" "));
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        Path jar = home.resolve("target/durand.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
            j.flush();
        }
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(3600)));
        return launcher;
    }

    @Test
    void runsUnderLangCWithAnUmlautInThePaths() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "a system with bash");
        // this JVM must name the files itself: under a POSIX locale it reads and writes file names in
        // ASCII and cannot (.ci/run runs the build under a UTF-8 locale)
        String names = System.getProperty("sun.jnu.encoding", "UTF-8");
        assumeTrue(Charset.isSupported(names) && Charset.forName(names).newEncoder().canEncode("ü"),
                "skipped: this JVM's file names are " + names + ", which has no 'ü'; run the build under a UTF-8 "
                        + "locale (LANG=C.UTF-8) to test the launcher with one");
        Path home = dir.resolve("Durand für Schulen");
        Path launcher = install(home);
        Path scenarios = Files.createDirectories(dir.resolve("Szenarien-ü"));
        Path scenario = Files.writeString(scenarios.resolve("grün.yaml"), "extends: " + TestScenarios.BASELINE
                + "\ntargets: " + TestScenarios.TARGETS + "\nname: gruen\n", StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder("/bin/bash", launcher.toString(), "validate", scenario.toString())
                .redirectErrorStream(true);
        // options a machine gives every JVM make it print "Picked up ..." before the command's first line
        pb.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("LANGUAGE")
                || k.equals("JAVA_TOOL_OPTIONS") || k.equals("_JAVA_OPTIONS") || k.equals("JDK_JAVA_OPTIONS"));
        pb.environment().put("LANG", "C");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
        List<String> lines = output.strip().lines().toList();
        assertEquals("ok", lines.get(0), output);
        assertTrue(lines.get(1).startsWith("checked " + scenario + " (2023-01-01 to "), output);
        assertTrue(output.contains("grün.yaml") && !output.contains("?"), "the umlaut survives: " + output);
    }
}
