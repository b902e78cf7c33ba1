package org.durand.gui;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;

import java.awt.Rectangle;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;

import javax.swing.JFrame;
import javax.swing.ScrollPaneConstants;

import org.durand.model.TensionModel;

import sim.display.Display2D;
import sim.display.GUIState;
import sim.field.continuous.Continuous2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.util.Double2D;

/**
 * The map: a MASON {@link Display2D} of a {@link Continuous2D} holding the map's places, drawn by
 * {@link MapPainter}: the border through its crossings, the haven side shaded, each host province
 * with its refugees as dots and its militant cells as triangles, attacks flashing where they
 * happen, strikes on the haven side, clashes at the crossings, crossings open or closed, and the
 * date. The field runs north up: a place at map height y sits at field row 100 − y.
 */
final class BorderMap {

    /** Map units across and down. */
    static final double SIZE = 100;
    /** Household counts are refreshed this often (a full pass over the households), in days. */
    private static final int REFRESH_DAYS = 5;

    /** What a place on the map is. */
    enum Kind { BACKGROUND, PROVINCE, CROSSING, HAVEN }

    /** One place: its kind and its index among places of that kind. */
    record Place(Kind kind, int index) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The map's side in pixels at scale 1; the window scales it to fit (see {@link #fitTo}). */
    private static final int SIDE = 700;

    private final Continuous2D field = new Continuous2D(SIZE / 4, SIZE, SIZE);
    private final ContinuousPortrayal2D portrayal = new ContinuousPortrayal2D();
    private final Display2D display;
    private final JFrame frame;
    private final GUIState gui;
    private volatile long[] persons = new long[0];
    private volatile MapLayout layout;
    private long refreshedOn = -REFRESH_DAYS;   // steps when last counted; "never": the first look counts

    BorderMap(GUIState gui) {
        this.gui = gui;
        display = new Display2D(SIDE, SIDE, gui);
        display.setClipping(false);
        display.setBackdrop(new Color(0xFBFAF5));
        display.attach(portrayal, "Map");
        display.display.setVerticalScrollBarPolicy(ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED);
        display.display.setHorizontalScrollBarPolicy(ScrollPaneConstants.HORIZONTAL_SCROLLBAR_AS_NEEDED);
        display.display.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                fitScale();
            }
        });
        frame = display.createFrame();
        frame.setTitle("Durand — the border");
        frame.pack();
    }

    /**
     * Sizes the window to the square map that fits {@code column} (its tool bar above), at the
     * column's top left; the map is scaled to the window.
     */
    void fitTo(Rectangle column) {
        frame.setLocation(column.x, column.y);
        java.awt.Insets in = frame.getInsets();
        int header = display.header.getPreferredSize().height;
        int side = Math.max(1, Math.min(column.width - in.left - in.right,
                column.height - in.top - in.bottom - header));
        frame.setSize(side + in.left + in.right, side + header + in.top + in.bottom);
        frame.validate();
        fitScale();
    }

    /** Scales the map to the largest square its window shows whole (in hundredths, rounded down). */
    private void fitScale() {
        java.awt.Dimension view = display.display.getSize();
        double scale = Math.floor(100.0 * Math.min(view.width, view.height) / SIDE) / 100;
        if (scale > 0 && Math.abs(scale - display.getScale()) > 1e-9) {
            display.setScale(scale);
        }
    }

    JFrame frame() {
        return frame;
    }

    Display2D display() {
        return display;
    }

    /** Lays out the places of {@code m}'s scenario (a new run, or a run read from a checkpoint). */
    void setUp(TensionModel m) {
        layout = MapLayout.of(m.scenario());
        field.clear();
        field.setObjectLocation(new Place(Kind.BACKGROUND, 0), new Double2D(0, 0));
        for (int i = 0; i < layout.provinces().size(); i++) {
            field.setObjectLocation(new Place(Kind.PROVINCE, i), field(layout.provinces().get(i)));
        }
        field.setObjectLocation(new Place(Kind.HAVEN, 0), field(layout.haven()));
        for (int c = 0; c < layout.crossings().size(); c++) {
            field.setObjectLocation(new Place(Kind.CROSSING, c), field(layout.crossings().get(c)));
        }
        portrayal.setField(field);
        portrayal.setPortrayalForAll(new Painter());
        refreshedOn = -REFRESH_DAYS;
        refresh(m);
        display.reset();
        display.repaint();
    }

    /**
     * Counts the refugees of each province again if the last count is {@link #REFRESH_DAYS} old
     * (model thread, or with the schedule's lock held).
     */
    void refresh(TensionModel m) {
        if (Math.abs(m.schedule.getSteps() - refreshedOn) >= REFRESH_DAYS) {
            countNow(m);
        }
    }

    /**
     * Counts the refugees of each province for the current day, so the map's counts add up to
     * the monitor's total when the run pauses (model thread, or with the schedule's lock held).
     */
    void countNow(TensionModel m) {
        if (m.population() != null && m.schedule.getSteps() != refreshedOn) {
            persons = m.population().presentByProvince();
            refreshedOn = m.schedule.getSteps();
        }
    }

    /** The refugees counted in each province (tests). */
    long[] persons() {
        return persons.clone();
    }

    private static Double2D field(Double2D map) {
        return new Double2D(map.x, SIZE - map.y);
    }

    /** Draws every place; reads the model while the display holds the schedule's lock. */
    private final class Painter extends SimplePortrayal2D {
        private static final long serialVersionUID = 1L;

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            Place place = (Place) object;
            TensionModel m = (TensionModel) gui.state;
            MapLayout l = layout;
            if (l == null || m.host() == null) {
                return;
            }
            Double2D at = field.getObjectLocation(place);
            double s = info.draw.width;
            MapPainter p = new MapPainter(g, info.draw.x - at.x * s, info.draw.y - at.y * s, s, SIZE);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            switch (place.kind()) {
                case BACKGROUND -> p.background(m, l);
                case PROVINCE -> p.province(m, l, place.index(), persons);
                case HAVEN -> p.haven(m, l);
                case CROSSING -> p.crossing(m, l, place.index());
            }
        }
    }

    /** Fonts of the map, sized for a projector. */
    static final Font DATE = new Font(Font.SANS_SERIF, Font.BOLD, 26);
    static final Font NAME = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Font COUNTRY = new Font(Font.SANS_SERIF, Font.BOLD, 22);
}
