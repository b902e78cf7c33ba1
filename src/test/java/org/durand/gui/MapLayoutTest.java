package org.durand.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.durand.TestScenarios;
import org.durand.scenario.Problem;
import org.durand.scenario.Scenario;
import org.durand.scenario.ScenarioException;
import org.durand.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import sim.util.Double2D;

/** The map's places: from the scenario's optional coordinates, validated like any value, or laid out automatically. */
class MapLayoutTest {

    @TempDir
    Path dir;

    @Test
    void theBaselinePlacesComeFromItsCoordinates() {
        MapLayout l = MapLayout.of(TestScenarios.baseline());
        assertEquals(new Double2D(72, 80), l.provinces().get(0), "Khyber Pakhtunkhwa");
        assertEquals(new Double2D(58, 84), l.crossings().get(0), "Torkham");
        assertEquals(new Double2D(26, 68), l.haven());
        var border = l.borderLine();
        assertEquals(0, border.get(0).y);
        assertEquals(100, border.get(border.size() - 1).y);
        assertTrue(border.get(1).y < border.get(2).y, "the border runs south to north through the crossings");
    }

    @Test
    void withoutCoordinatesEveryPlaceIsLaidOutInsideTheMap() throws Exception {
        String text = TestScenarios.baselineText().replaceAll(", x: [0-9]+, y: [0-9]+", "")
                .replaceAll("(?m)^    [xy]: [0-9]+.*\\n", "");
        Scenario s = ScenarioReader.read(TestScenarios.write(dir, "plain.yaml", text), java.util.List.of());
        assertTrue(s.parameters().get("provinces.kp.x").isEmpty(), "no coordinates left");
        MapLayout l = MapLayout.of(s);
        for (Double2D p : l.provinces()) {
            assertTrue(p.x >= 0 && p.x <= 100 && p.y >= 0 && p.y <= 100, p.toString());
            assertTrue(p.x > l.haven().x, "host provinces lie east of the haven: " + p);
        }
        assertEquals(s.crossings().size(), l.crossings().size());
    }

    @Test
    void aCoordinateWithoutItsPartnerOrOffTheMapIsAProblem() {
        Path file = TestScenarios.baselineVariant(dir, "half.yaml", "sindh: {name: Sindh, x: 62, y: 27}",
                "sindh: {name: Sindh, x: 162}");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioReader.read(file, java.util.List.of()));
        String all = String.join("\n", e.problems().stream().map(Problem::describe).toList());
        assertTrue(all.contains("provinces.sindh.x") && all.contains("162"), all);
        assertTrue(all.contains("provinces.sindh.y") && all.contains("give both x and y"), all);
    }
}
