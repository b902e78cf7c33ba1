package org.durand.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.durand.scenario.Scenario;

import sim.util.Double2D;

/**
 * Where the map draws each place, in map units (west 0 to east 100, south 0 to north 100): from
 * the scenario's optional {@code x} and {@code y} keys of provinces, governments and crossings,
 * or, where they are absent, an automatic layout: the haven to the west, the host's provinces on
 * an arc to the east, each crossing between the haven and its province.
 *
 * @param provinces points of the provinces, in scenario order
 * @param crossings points of the crossings, in scenario order
 * @param host      where the host's name is drawn
 * @param haven     the haven side: its name and the militants' bases
 */
record MapLayout(List<Double2D> provinces, List<Double2D> crossings, Double2D host, Double2D haven) {

    static MapLayout of(Scenario s) {
        List<String> ids = List.copyOf(s.provinces().keySet());
        List<Double2D> provinces = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            double angle = Math.PI * (0.45 - 0.8 * i / Math.max(1, ids.size() - 1));
            Double2D auto = new Double2D(45 + 38 * Math.cos(angle), 50 + 38 * Math.sin(angle));
            provinces.add(point(s, "provinces." + ids.get(i), auto));
        }
        Double2D haven = point(s, "governments.haven", new Double2D(18, 60));
        List<Double2D> crossings = new ArrayList<>();
        int k = 0;
        for (var e : s.crossings().entrySet()) {
            Double2D p = provinces.get(ids.indexOf(e.getValue().province()));
            Double2D auto = new Double2D((p.x + haven.x) / 2, (p.y + haven.y) / 2 + 4 * k++);
            crossings.add(point(s, "crossings." + e.getKey(), auto));
        }
        Double2D host = point(s, "governments.host", new Double2D(80, 15));
        return new MapLayout(List.copyOf(provinces), List.copyOf(crossings), host, haven);
    }

    private static Double2D point(Scenario s, String prefix, Double2D auto) {
        Optional<Double> x = value(s, prefix + ".x");
        Optional<Double> y = value(s, prefix + ".y");
        return x.isPresent() && y.isPresent() ? new Double2D(x.get(), y.get()) : auto;
    }

    private static Optional<Double> value(Scenario s, String path) {
        return s.parameters().get(path).map(v -> Double.parseDouble(v.value()));
    }

    /** The border drawn through the crossings from south to north, extended to the map's edges. */
    List<Double2D> borderLine() {
        List<Double2D> pts = new ArrayList<>(crossings);
        pts.sort((a, b) -> Double.compare(a.y, b.y));
        if (pts.size() == 1) {
            Double2D c = pts.get(0);
            return List.of(new Double2D(c.x - 10, 0), c, new Double2D(c.x + 10, 100));
        }
        Double2D first = pts.get(0);
        Double2D second = pts.get(1);
        Double2D last = pts.get(pts.size() - 1);
        Double2D beforeLast = pts.get(pts.size() - 2);
        List<Double2D> line = new ArrayList<>();
        line.add(extend(second, first, 0));
        line.addAll(pts);
        line.add(extend(beforeLast, last, 100));
        return line;
    }

    /** The point where the line from {@code a} through {@code b} reaches height {@code y}. */
    private static Double2D extend(Double2D a, Double2D b, double y) {
        double dy = b.y - a.y;
        if (Math.abs(dy) < 1e-9) {
            return new Double2D(b.x, y);
        }
        double x = b.x + (b.x - a.x) * (y - b.y) / dy;
        return new Double2D(Math.max(0, Math.min(100, x)), y);
    }
}
