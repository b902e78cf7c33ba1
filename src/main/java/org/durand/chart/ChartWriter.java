package org.durand.chart;

import org.durand.io.AtomicFiles;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.svg.SVGGraphics2D;

/** Writes a chart as {@code <name>.png}, {@code <name>.svg} and {@code <name>.csv}, each atomically. */
final class ChartWriter {

    private ChartWriter() {
    }

    /** Writes the three files of {@code spec} into {@code chartsDir}. */
    static void write(ChartSpec spec, Path chartsDir) throws IOException {
        AtomicFiles.subfolder(chartsDir);
        String name = spec.name();
        AtomicFiles.writeStream(chartsDir.resolve(name + ".png"),
                out -> ChartUtils.writeChartAsPNG(out, spec.chart(), ChartStyle.WIDTH, ChartStyle.HEIGHT));
        SVGGraphics2D g2 = new SVGGraphics2D(ChartStyle.WIDTH, ChartStyle.HEIGHT);
        g2.setDefsKeyPrefix(name + "-");   // the default prefix is random: identical runs would differ
        spec.chart().draw(g2, new Rectangle(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT));
        String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g2.getSVGElement(name) + "\n";
        AtomicFiles.writeString(chartsDir.resolve(name + ".svg"), svg);
        spec.table().write(chartsDir.resolve(name + ".csv"));
    }
}
