package org.durand.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

/** Assertions on written chart files and reports shared by the tests. */
final class ChartFiles {

    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

    private ChartFiles() {
    }

    /** The PNG decodes, has the expected size and is more than a blank canvas; SVG is XML; CSV has data. */
    static void assertChart(Path charts, String name) throws Exception {
        BufferedImage img = ImageIO.read(charts.resolve(name + ".png").toFile());
        assertTrue(img != null, name + ".png decodes");
        assertEquals(ChartStyle.WIDTH, img.getWidth());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 8, name + ".png has " + colours.size() + " colours");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        assertEquals("svg", f.newDocumentBuilder().parse(charts.resolve(name + ".svg").toFile())
                .getDocumentElement().getLocalName());
        List<String> lines = Files.readAllLines(charts.resolve(name + ".csv"), StandardCharsets.UTF_8);
        assertEquals(String.join(",", PlotTable.HEADER), lines.get(0));
        assertTrue(lines.size() > 2, name + ".csv has rows");
    }

    /** Every href and src of an HTML file names a file that exists relative to its folder. */
    static void assertLinksResolve(Path html) throws IOException {
        String text = Files.readString(html, StandardCharsets.UTF_8);
        Matcher m = LINK.matcher(text);
        int n = 0;
        while (m.find()) {
            String target = m.group(1).replace("&amp;", "&");
            assertTrue(Files.isRegularFile(html.getParent().resolve(target)), "link target exists: " + target);
            n++;
        }
        assertTrue(n > 0, "report has links");
    }

    /** No temporary files remain after atomic writes. */
    static void assertNoTempFiles(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temp files left");
        }
    }
}
