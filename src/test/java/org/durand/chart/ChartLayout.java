package org.durand.chart;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYAnnotationEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.IntervalXYDataset;

/**
 * Where a chart's text annotations, point markers and interval bars land when drawn at the size
 * {@link ChartWriter} writes, in pixels: for tests that nothing written covers data.
 */
final class ChartLayout {

    /** A drawn rectangle and what it is, for messages. */
    record Box(String what, Rectangle2D bounds) {
    }

    /** Pixels of overlap taken for touching: two lines of one label meet exactly, up to rounding. */
    private static final double TOUCH = 0.5;

    final Rectangle2D dataArea;
    final List<Box> texts = new ArrayList<>();
    final List<Box> markers = new ArrayList<>();
    final List<Box> bars = new ArrayList<>();

    /** Draws {@code chart} (its text annotations get their text as tool tip, to be recorded). */
    ChartLayout(JFreeChart chart) {
        XYPlot plot = (XYPlot) chart.getPlot();
        Map<String, XYTextAnnotation> byText = new HashMap<>();
        for (XYAnnotation a : plot.getAnnotations()) {
            if (a instanceof XYTextAnnotation t) {
                t.setToolTipText(t.getText());
                byText.put(t.getText(), t);
            }
        }
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage img = new BufferedImage(ChartStyle.WIDTH, ChartStyle.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = img.createGraphics();
        chart.draw(g2, new Rectangle(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT), info);
        dataArea = info.getPlotInfo().getDataArea();
        for (Object o : info.getEntityCollection().getEntities()) {
            ChartEntity e = (ChartEntity) o;
            if (e instanceof XYAnnotationEntity) {
                XYTextAnnotation t = byText.get(e.getToolTipText());
                texts.add(new Box("'" + t.getText() + "'", glyphs(t, e.getArea().getBounds2D(), g2)));
            } else if (e instanceof XYItemEntity item) {
                markers.add(new Box("marker " + item.getSeriesIndex() + "/" + item.getItem() + " of dataset "
                        + plot.indexOf(item.getDataset()), item.getArea().getBounds2D()));
            }
        }
        g2.dispose();
        if (plot.getDataset(0) instanceof IntervalXYDataset d) {
            for (int s = 0; s < d.getSeriesCount(); s++) {
                for (int i = 0; i < d.getItemCount(s); i++) {
                    bars.add(new Box("bar " + s + "/" + i, bar(plot, d, s, i)));
                }
            }
        }
    }

    /** {@code bounds} of the text of {@code t} without its leading and trailing blanks. */
    private static Rectangle2D glyphs(XYTextAnnotation t, Rectangle2D bounds, Graphics2D g2) {
        String text = t.getText();
        String lead = text.substring(0, text.length() - text.stripLeading().length());
        String trail = text.substring(text.stripTrailing().length());
        FontMetrics fm = g2.getFontMetrics(t.getFont());
        double left = fm.stringWidth(lead);
        double right = fm.stringWidth(trail);
        return new Rectangle2D.Double(bounds.getX() + left, bounds.getY(), bounds.getWidth() - left - right,
                bounds.getHeight());
    }

    /** The bar of item i of series s, 4 pixels thick, horizontal or vertical as its interval runs. */
    private Rectangle2D bar(XYPlot plot, IntervalXYDataset d, int s, int i) {
        RectangleEdge xEdge = plot.getDomainAxisEdge();
        RectangleEdge yEdge = plot.getRangeAxisEdge();
        double x0 = plot.getDomainAxis().valueToJava2D(d.getStartXValue(s, i), dataArea, xEdge);
        double x1 = plot.getDomainAxis().valueToJava2D(d.getEndXValue(s, i), dataArea, xEdge);
        double y0 = plot.getRangeAxis().valueToJava2D(d.getStartYValue(s, i), dataArea, yEdge);
        double y1 = plot.getRangeAxis().valueToJava2D(d.getEndYValue(s, i), dataArea, yEdge);
        Rectangle2D r = new Rectangle2D.Double(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0),
                Math.abs(y1 - y0));
        r.add(r.getCenterX() - 2, r.getCenterY() - 2);
        r.add(r.getCenterX() + 2, r.getCenterY() + 2);
        return r;
    }

    /** Every pair of a text and a marker, a bar or another text that overlap by more than touching, described. */
    List<String> overlaps() {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < texts.size(); k++) {
            Box t = texts.get(k);
            List<Box> others = new ArrayList<>(markers);
            others.addAll(bars);
            others.addAll(texts.subList(k + 1, texts.size()));
            for (Box o : others) {
                Rectangle2D both = t.bounds().createIntersection(o.bounds());
                if (both.getWidth() > TOUCH && both.getHeight() > TOUCH) {
                    out.add(t.what() + " over " + o.what() + " at " + both);
                }
            }
        }
        return out;
    }

    /** Every text or marker not wholly inside the data area, described. */
    List<String> outside() {
        List<String> out = new ArrayList<>();
        for (List<Box> boxes : List.of(texts, markers)) {
            for (Box b : boxes) {
                if (!dataArea.contains(b.bounds())) {
                    out.add(b.what() + " at " + b.bounds() + " outside " + dataArea);
                }
            }
        }
        return out;
    }

    /** Pixels between the top of the data area and the highest marker or bar. */
    double clearAbove() {
        double top = Double.POSITIVE_INFINITY;
        for (List<Box> boxes : List.of(markers, bars)) {
            for (Box b : boxes) {
                top = Math.min(top, b.bounds().getMinY());
            }
        }
        return top - dataArea.getMinY();
    }

    /** The height in pixels of a line of text in {@code font}. */
    static int lineHeight(Font font) {
        Graphics2D g2 = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            return g2.getFontMetrics(font).getHeight();
        } finally {
            g2.dispose();
        }
    }
}
