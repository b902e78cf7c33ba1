package org.durand.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.durand.chart.Palette;
import org.durand.model.Cell;
import org.durand.model.Event;
import org.durand.model.EventType;
import org.durand.model.MilitantGroup;
import org.durand.model.TensionModel;
import org.durand.scenario.GroupSpec;

import sim.util.Double2D;

/**
 * Drawing of the map's places, in map units (west 0 to east 100, south 0 to north 100) turned
 * into pixels by an origin and a scale. One refugee dot stands for {@link #PERSONS_PER_DOT}
 * persons, one triangle for {@link #CELLS_PER_MARK} militant cells; events of the last
 * {@link LiveRecord#RECENT_DAYS} days flash and fade where they happened.
 */
final class MapPainter {

    static final int PERSONS_PER_DOT = 20_000;
    static final int CELLS_PER_MARK = 4;
    private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
    private static final Color HAVEN_LAND = new Color(0xEFE3CF);
    private static final Color BORDER = new Color(0x7A4E2D);
    private static final Color REFUGEE = new Color(0x3A5A8C);
    private static final Color OPEN = new Color(0x2E8B3D);
    private static final Color CLOSED = new Color(0xC62828);
    private static final Color ATTACK = new Color(0xE0301E);
    private static final Color CLASH = new Color(0xF28C00);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    /** Pixels per map unit at which the fonts have their set sizes (the map 700 pixels wide). */
    private static final double FULL_SCALE = 7;
    /** The smallest font, in points, however small the map. */
    private static final float MIN_POINTS = 9;
    /** Map units between the legend's rows. */
    private static final double ROW = 3.5;

    private final Graphics2D g;
    private final double ox;
    private final double oy;
    private final double s;
    private final double size;

    MapPainter(Graphics2D g, double ox, double oy, double scale, double size) {
        this.g = g;
        this.ox = ox;
        this.oy = oy;
        this.s = scale;
        this.size = size;
    }

    /** {@code f} at the map's scale: smaller on a smaller map, so names keep their places. */
    private Font font(Font f) {
        return f.deriveFont((float) Math.max(MIN_POINTS, f.getSize2D() * s / FULL_SCALE));
    }

    private double px(double x) {
        return ox + x * s;
    }

    private double py(double yNorth) {
        return oy + (size - yNorth) * s;
    }

    void background(TensionModel m, MapLayout l) {
        List<Double2D> line = l.borderLine();
        Path2D.Double haven = new Path2D.Double();
        haven.moveTo(px(0), py(line.get(0).y));
        for (Double2D p : line) {
            haven.lineTo(px(p.x), py(p.y));
        }
        haven.lineTo(px(0), py(line.get(line.size() - 1).y));
        haven.closePath();
        g.setColor(HAVEN_LAND);
        g.fill(haven);
        Path2D.Double border = new Path2D.Double();
        border.moveTo(px(line.get(0).x), py(line.get(0).y));
        line.forEach(p -> border.lineTo(px(p.x), py(p.y)));
        g.setColor(BORDER);
        g.setStroke(new BasicStroke((float) Math.max(2, 0.5 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND,
                10f, new float[] {(float) (2 * s), (float) s}, 0f));
        g.draw(border);
        g.setStroke(new BasicStroke(1f));
        text(m.scenario().haven().name(), l.haven().x, l.haven().y + 9, BorderMap.COUNTRY, BORDER);
        text(m.scenario().host().name(), l.host().x, l.host().y, BorderMap.COUNTRY, new Color(0x1E5E2A));
        g.setFont(font(BorderMap.DATE));
        g.setColor(Color.BLACK);
        g.drawString(m.date().format(DAY), (float) px(2), (float) py(96));
        g.setFont(font(BorderMap.SMALL));
        long day = ChronoUnit.DAYS.between(m.scenario().start(), m.date()) + 1;
        String when = m.schedule.getTime() < 0 ? "start, no day played" : "day " + day + " of " + m.scenario().days();
        String status = when + "    tension index "
                + Math.round(m.getTensionIndex()) + " / 100" + (m.isCeasefire() ? "    CEASEFIRE" : "");
        g.drawString(status, (float) px(2), (float) py(92));
        legend(m);
    }

    /**
     * The key to every mark the map draws, bottom left: refugee dots, attacks and strikes, border
     * clashes, the open and closed crossings, and one row per colour of cell marks (the first
     * group's, and the others').
     */
    private void legend(TensionModel m) {
        List<String> groups = m.scenario().groups().values().stream().map(GroupSpec::name).toList();
        double y = 20;
        key(3, y, REFUGEE, circle(3, y, 0.6), String.format(Locale.ROOT, "%,d refugees", PERSONS_PER_DOT));
        if (!groups.isEmpty()) {
            y -= ROW;
            key(3, y, Palette.MILITANT, triangle(3, y, 1.2), CELLS_PER_MARK + " cells: " + groups.get(0));
        }
        if (groups.size() > 1) {
            y -= ROW;
            key(3, y, Palette.HAVEN, triangle(3, y, 1.2),
                    CELLS_PER_MARK + " cells: " + String.join(", ", groups.subList(1, groups.size())));
        }
        y -= ROW;
        key(3, y, ATTACK, star(3, y, 1.4), "attack or strike (fades in " + LiveRecord.RECENT_DAYS + " days)");
        y -= ROW;
        key(3, y, CLASH, star(3, y, 1.4), "clash at the border");
        y -= ROW;
        g.setColor(OPEN);
        g.fill(circle(2.2, y, 1.2));
        key(5, y, CLOSED, circle(5, y, 1.2), "crossing open, closed");
    }

    /** One key: {@code mark} filled in {@code colour} at ({@code x}, {@code y}), {@code text} after it. */
    private void key(double x, double y, Color colour, java.awt.Shape mark, String text) {
        g.setColor(colour);
        g.fill(mark);
        g.setFont(font(BorderMap.SMALL));
        g.setColor(Color.DARK_GRAY);
        g.drawString(text, (float) px(x + 2.5), (float) py(y - 0.8));
    }

    void province(TensionModel m, MapLayout l, int index, long[] persons) {
        Double2D c = l.provinces().get(index);
        long dots = index < persons.length ? persons[index] / PERSONS_PER_DOT : 0;
        g.setColor(REFUGEE);
        for (int k = 0; k < dots; k++) {
            double r = 0.75 * Math.sqrt(k + 0.5);
            g.fill(circle(c.x + r * Math.cos(k * GOLDEN_ANGLE), c.y + r * Math.sin(k * GOLDEN_ANGLE), 0.35));
        }
        int[] cells = new int[m.groups().size()];
        for (int gi = 0; gi < cells.length; gi++) {
            for (Cell cell : m.groups().get(gi).cells()) {
                cells[gi] += cell.province() == index && cell.getFighters() > 0 ? 1 : 0;
            }
        }
        int mark = 0;
        for (int gi = 0; gi < cells.length; gi++) {
            g.setColor(gi == 0 ? Palette.MILITANT : Palette.HAVEN);
            for (int k = 0; k < Math.ceil(cells[gi] / (double) CELLS_PER_MARK); k++, mark++) {
                double a = Math.PI / 2 + mark * 0.28;
                double r = 8.5 + 1.6 * (mark / 22);
                g.fill(triangle(c.x + r * Math.cos(a), c.y + r * Math.sin(a), 0.9));
            }
        }
        String id = m.provinceIds().get(index);
        text(m.scenario().provinces().get(id), c.x, c.y - 8.5 - 1.6, BorderMap.NAME, Color.BLACK);
        String count = String.format(Locale.ROOT, "%,d refugees",
                index < persons.length ? persons[index] : 0);
        text(count, c.x, c.y - 12.5, BorderMap.SMALL, Color.DARK_GRAY);
        flashes(m, e -> (e.type() == EventType.ATTACK_SECURITY || e.type() == EventType.ATTACK_CIVILIAN)
                && e.province().equals(id), c, 6, ATTACK);
    }

    void haven(TensionModel m, MapLayout l) {
        Double2D c = l.haven();
        StringBuilder hosted = new StringBuilder();
        for (MilitantGroup group : m.groups()) {
            if (group.spec().haven()) {
                hosted.append(hosted.length() == 0 ? "" : ", ").append(group.spec().name());
            }
        }
        if (hosted.length() > 0) {
            text("safe haven of " + hosted, c.x, c.y + 5, BorderMap.SMALL, BORDER);
            text("restraint " + Math.round(100 * m.haven().getRestraint()) + "%", c.x, c.y + 1.5,
                    BorderMap.SMALL, BORDER);
        }
        String haven = m.scenario().haven().name();
        flashes(m, e -> e.type() == EventType.AIR_STRIKE && e.target().equals(haven), c, 5, ATTACK);
    }

    void crossing(TensionModel m, MapLayout l, int index) {
        Double2D c = l.crossings().get(index);
        boolean closed = m.border().isClosed(m, index);
        g.setColor(closed ? CLOSED : OPEN);
        g.fill(circle(c.x, c.y, 1.6));
        if (closed) {
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke((float) Math.max(2, 0.4 * s)));
            g.draw(new Line2D.Double(px(c.x - 1), py(c.y), px(c.x + 1), py(c.y)));
            g.setStroke(new BasicStroke(1f));
        }
        var crossing = List.copyOf(m.scenario().crossings().values()).get(index);
        // the name on the haven's side of the crossing, ending just west of it
        g.setFont(font(BorderMap.SMALL));
        String name = crossing.name() + (closed ? " (closed)" : "");
        text(name, c.x - 2.2 - g.getFontMetrics().stringWidth(name) / (2 * s), c.y - 0.6, BorderMap.SMALL,
                closed ? CLOSED : OPEN);
        boolean firstInProvince = m.scenario().crossings().values().stream()
                .filter(x -> x.province().equals(crossing.province())).findFirst().orElse(null) == crossing;
        if (firstInProvince) {
            flashes(m, e -> e.type() == EventType.CLASH && e.province().equals(crossing.province()), c, 2, CLASH);
        }
    }

    /** Recent events matching {@code which} as fading stars scattered within {@code radius} of {@code c}. */
    private void flashes(TensionModel m, java.util.function.Predicate<Event> which, Double2D c, double radius,
                         Color colour) {
        LiveRecord record = m.observer(LiveRecord.class);
        int k = 0;
        for (Event e : record.recent()) {
            if (!which.test(e)) {
                continue;
            }
            long age = ChronoUnit.DAYS.between(e.date(), m.date());
            int alpha = (int) Math.max(40, 255 * (1 - age / (double) LiveRecord.RECENT_DAYS));
            double a = (e.date().toEpochDay() * 7 + k++) * GOLDEN_ANGLE;
            double r = radius * Math.sqrt(((e.date().toEpochDay() * 13 + k) % 10) / 10.0);
            g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha));
            g.fill(star(c.x + r * Math.cos(a), c.y + r * Math.sin(a), 1 + 0.8 * Math.sqrt(Math.max(0, e.magnitude()))));
        }
    }

    private void text(String text, double x, double y, Font font, Color colour) {
        g.setFont(font(font));
        FontMetrics fm = g.getFontMetrics();
        g.setColor(colour);
        g.drawString(text, (float) (px(x) - fm.stringWidth(text) / 2.0), (float) py(y));
    }

    private Ellipse2D circle(double x, double y, double r) {
        return new Ellipse2D.Double(px(x - r), py(y + r), 2 * r * s, 2 * r * s);
    }

    private Path2D triangle(double x, double y, double r) {
        Path2D.Double t = new Path2D.Double();
        t.moveTo(px(x), py(y + r));
        t.lineTo(px(x + 0.87 * r), py(y - 0.5 * r));
        t.lineTo(px(x - 0.87 * r), py(y - 0.5 * r));
        t.closePath();
        return t;
    }

    private Path2D star(double x, double y, double r) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < 16; i++) {
            double rr = i % 2 == 0 ? r : 0.45 * r;
            double a = Math.PI * i / 8;
            double xx = px(x + rr * Math.cos(a));
            double yy = py(y + rr * Math.sin(a));
            if (i == 0) {
                p.moveTo(xx, yy);
            } else {
                p.lineTo(xx, yy);
            }
        }
        p.closePath();
        return p;
    }
}
