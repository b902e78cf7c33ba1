package org.durand.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleInsets;

/**
 * Small multiples: XY panels in a grid of cells, drawn as one plot so that one chart (title,
 * subtitles, legend) holds them all. The data areas of all panels have the same size and line up:
 * the first column gets {@code left} extra pixels for its vertical axis and each row (or only the
 * last, for a scatter matrix whose columns share their horizontal axis) {@code bottom} pixels for
 * its horizontal axis; other panels draw no axis there. A panel may carry a heading above it.
 */
final class GridPlot extends Plot {

    private static final long serialVersionUID = 1L;
    private static final Font HEADING = new Font(Font.SANS_SERIF, Font.BOLD, 17);
    private static final double GAP = 40;

    private final int columns;
    private final XYPlot[] cells;
    private final String[] headings;
    private final double left;
    private final double bottom;
    private final boolean bottomEveryRow;
    private final LegendItemCollection legend = new LegendItemCollection();

    /**
     * @param columns        cells per row, ≥ 1
     * @param cells          the panels, row by row; a null cell stays empty
     * @param headings       a heading per cell (null or empty for none); null for no headings at all
     * @param left           pixels of the first column's vertical axis
     * @param bottom         pixels of a horizontal axis
     * @param bottomEveryRow whether every row has horizontal axes, else the last row only
     */
    GridPlot(int columns, List<XYPlot> cells, List<String> headings, double left, double bottom,
             boolean bottomEveryRow) {
        this.columns = columns;
        this.cells = cells.toArray(new XYPlot[0]);
        this.headings = headings == null ? null : headings.toArray(new String[0]);
        this.left = left;
        this.bottom = bottom;
        this.bottomEveryRow = bottomEveryRow;
        int rows = (this.cells.length + columns - 1) / columns;
        for (int i = 0; i < this.cells.length; i++) {
            XYPlot p = this.cells[i];
            if (p == null) {
                continue;
            }
            boolean first = i % columns == 0;
            boolean axis = bottomEveryRow || i / columns == rows - 1;
            p.setInsets(RectangleInsets.ZERO_INSETS);
            p.getRangeAxis().setVisible(first);      // an invisible axis still places the grid lines
            p.getDomainAxis().setVisible(axis);
            AxisSpace vertical = new AxisSpace();
            vertical.setLeft(first ? left : 0);
            p.setFixedRangeAxisSpace(vertical);
            AxisSpace horizontal = new AxisSpace();
            horizontal.setBottom(axis ? bottom : 0);
            p.setFixedDomainAxisSpace(horizontal);
        }
        setInsets(new RectangleInsets(4, 4, 4, 4));
        setOutlineVisible(false);
        setBackgroundPaint(Color.WHITE);
    }

    /** The panel in cell {@code i}, row by row (null for an empty cell). */
    XYPlot cell(int i) {
        return cells[i];
    }

    /** Sets the entries of the chart's legend. */
    void legend(List<LegendItem> items) {
        items.forEach(legend::add);
    }

    @Override
    public LegendItemCollection getLegendItems() {
        return legend;
    }

    @Override
    public String getPlotType() {
        return "Grid";
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        getInsets().trim(area);
        int rows = (cells.length + columns - 1) / columns;
        g2.setFont(HEADING);
        FontMetrics fm = g2.getFontMetrics();
        double heading = headings == null ? 0 : fm.getHeight() + 6;
        double axes = bottomEveryRow ? rows * bottom : bottom;
        double dataW = (area.getWidth() - left - (columns - 1) * GAP) / columns;
        double dataH = (area.getHeight() - axes - rows * heading - (rows - 1) * GAP) / rows;
        for (int i = 0; i < cells.length; i++) {
            int r = i / columns;
            int c = i % columns;
            double x = area.getX() + (c == 0 ? 0 : left + c * (dataW + GAP));
            double y = area.getY() + r * (heading + dataH + GAP + (bottomEveryRow ? bottom : 0));
            double w = dataW + (c == 0 ? left : 0);
            boolean axis = bottomEveryRow || r == rows - 1;
            if (headings != null && headings[i] != null && !headings[i].isEmpty()) {
                g2.setFont(HEADING);
                g2.setPaint(Color.BLACK);
                float tx = (float) (x + w - dataW / 2 - fm.stringWidth(headings[i]) / 2.0);
                g2.drawString(headings[i], tx, (float) (y + fm.getAscent()));
            }
            if (cells[i] == null) {
                continue;
            }
            Rectangle2D cell = new Rectangle2D.Double(x, y + heading, w, dataH + (axis ? bottom : 0));
            cells[i].draw(g2, cell, null, parentState, info == null ? null : new PlotRenderingInfo(info.getOwner()));
        }
    }
}
