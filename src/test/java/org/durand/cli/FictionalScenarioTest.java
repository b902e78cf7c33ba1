package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.durand.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An invented scenario (two fictional states, their own provinces, statuses and group, a 2030–2031
 * calendar) run through {@code durand run}: every chart and table speaks its names and none of the
 * reference case's; identical runs give identical bytes (but the manifest's times), in any locale.
 */
class FictionalScenarioTest {

    static final Path FICTIONAL = Path.of("src/test/resources/scenarios/fictional.yaml").toAbsolutePath();
    /** Words of the reference case that no output of another scenario may contain. */
    static final Pattern REFERENCE = Pattern.compile(
            "Pakistan|Afghan|Taliban|Khyber|Balochistan|Torkham|TTP|PoR|\\bACC\\b|\\bpor\\b|\\bacc\\b|\\b202[3-6]\\b");
    private static final Pattern SVG_TEXT = Pattern.compile("<text[^>]*>([^<]*)</text>");

    @TempDir
    static Path tmp;
    static Path first;

    @BeforeAll
    static void run() {
        first = run("first");
    }

    static Path run(String name) {
        Path out = tmp.resolve(name);
        Cli.Result r = Cli.run("run", FICTIONAL.toString(), "--reps", "2", "--seed", "3", "--out", out.toString());
        assertEquals(0, r.exit(), r::all);
        return out;
    }

    @Test
    void chartsAndReportUseTheScenariosNamesOnly() throws IOException {
        Path charts = first.resolve("charts");
        assertTrue(Files.exists(charts.resolve("fatalities_2031.svg")), "the target's year, not a fixed one");
        assertContains(svgText(charts.resolve("fatalities.svg")), "Republic of Alba");
        assertContains(svgText(charts.resolve("refugees.svg")), "Republic of Alba", "Blue card holders",
                "Green card holders", "Unregistered residents");
        assertContains(svgText(charts.resolve("trust_grievance.svg")), "Republic of Alba", "Emirate of Borea");
        assertContains(svgText(charts.resolve("returns.svg")), "Republic of Alba", "invented returns count");
        assertContains(Files.readString(first.resolve("manifest.json")), "Northern Marches", "Grey Wolves Front");
        List<Path> files = new ArrayList<>(List.of(first.resolve("report.html")));
        try (Stream<Path> s = Files.list(charts)) {
            files.addAll(s.filter(p -> !p.toString().endsWith(".png")).sorted().toList());
        }
        for (Path f : files) {
            String text = f.toString().endsWith(".svg") ? svgText(f) : Files.readString(f, StandardCharsets.UTF_8);
            Matcher m = REFERENCE.matcher(text);
            assertFalse(m.find(), f.getFileName() + " names the reference case: " + (m.hitEnd() ? "" : m.group()));
        }
        String report = Files.readString(first.resolve("report.html"));
        assertFalse(Pattern.compile("\\d\\.\\d{4,}").matcher(report).find(), "report rounds its numbers");
        assertFalse(Pattern.compile("-0(\\.0*)?[^.\\d]").matcher(report).find(), "no negative zero");
    }

    @Test
    void identicalRunsGiveIdenticalBytesInAnyLocale() throws IOException {
        Path second = run("second");
        Locale before = Locale.getDefault();
        Path german;
        try {
            Locale.setDefault(Locale.GERMANY);
            german = run("german");
        } finally {
            Locale.setDefault(before);
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(first)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        assertTrue(files.size() > 20);
        for (Path f : files) {
            Path rel = first.relativize(f);
            byte[] expected = withoutTimes(f);
            assertArrayEquals(expected, withoutTimes(second.resolve(rel)), rel + " differs between identical runs");
            assertArrayEquals(expected, withoutTimes(german.resolve(rel)), rel + " differs under a German locale");
        }
    }

    @Test
    void compareAndTableReadTheFoldersBack() throws IOException {
        Path out = tmp.resolve("cmp");
        Cli.Result c = Cli.run("compare", first.toString(), first.toString(), "--out", out.toString());
        assertEquals(0, c.exit(), c::all);
        assertTrue(Pattern.compile("(?m)^.+ − .+, 2030-01\\.\\.2031-12 \\(95% interval, paired t, 2 and 2 "
                + "replicates\\):\n  fatalities_total \\(sum, people\\) +0 \\[0 – 0\\]$").matcher(c.err()).find(),
                "compare prints the headline differences with their intervals:\n" + c.err());
        String html = Files.readString(out.resolve("report.html"));
        assertFalse(REFERENCE.matcher(html).find(), "comparison names only the scenario's words");
        assertFalse(Pattern.compile("\\d\\.0*[1-9]\\d{3,}").matcher(html).find(), "comparison rounds to three significant digits");
        Cli.Result t = Cli.run("table", first.toString(), "--year", "2031");
        assertEquals(0, t.exit(), t::all);
        assertContains(t.out(), "| fictional |", "fatalities-2031", "invented annual count");
        Cli.Result bad = Cli.run("table", first.toString(), "--year", "2024");
        assertEquals(2, bad.exit(), bad::all);
        assertContains(bad.err(), "--year 2024", "covers the years 2030 to 2031");
        Cli.Result notAFolder = Cli.run("compare", first.toString(), tmp.resolve("nothing").toString());
        assertEquals(2, notAFolder.exit(), notAFolder::all);
    }

    private static void assertContains(String text, String... parts) {
        for (String p : parts) {
            assertTrue(text.contains(p), "expected '" + p + "'");
        }
    }

    /** The text a reader sees in an SVG chart: titles, legends, axis and tick labels. */
    private static String svgText(Path svg) throws IOException {
        Matcher m = SVG_TEXT.matcher(Files.readString(svg, StandardCharsets.UTF_8));
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            b.append(m.group(1).replace("&amp;", "&")).append('\n');
        }
        return b.toString();
    }

    /** The file's bytes with the manifest's times (start, finish, wall time) blanked. */
    private static byte[] withoutTimes(Path f) throws IOException {
        String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        if (f.getFileName().toString().equals("manifest.json")) {
            text = text.replaceAll("\"(started|finished|wallSeconds)\" : [^,\\n]*", "\"$1\" : _");
        }
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
