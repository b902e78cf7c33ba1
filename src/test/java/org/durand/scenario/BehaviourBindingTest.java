package org.durand.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.durand.TestScenarios;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Behaviour values are bound by name: the value of key {@code behaviour.<group>.<name>} lands in
 * component {@code name} of group {@code group} and nowhere else. The cases are derived from the
 * records themselves, so a component added later is covered without touching this test.
 */
class BehaviourBindingTest {

    private static Behaviour baseline;

    @BeforeAll
    static void readBaseline() throws ScenarioException {
        baseline = ScenarioReader.read(TestScenarios.BASELINE, List.of()).behaviour();
    }

    /** Every (group, component) pair: the groups are the components of {@link Behaviour}. */
    static Stream<Arguments> components() {
        List<Arguments> out = new ArrayList<>();
        for (RecordComponent group : Behaviour.class.getRecordComponents()) {
            for (RecordComponent c : group.getType().getRecordComponents()) {
                out.add(Arguments.of(group.getName(), c.getName()));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "behaviour.{0}.{1}")
    @MethodSource("components")
    void theValueOfAKeyLandsInTheComponentOfTheSameName(String group, String name) throws ScenarioException {
        Parameter p = ParameterRegistry.find("behaviour." + group + "." + name)
                .orElseThrow(() -> new AssertionError("no registry entry behaviour." + group + "." + name));
        Record before = (Record) value(baseline, group);
        Object changed = another(p, value(before, name));
        Behaviour read = ScenarioReader.read(TestScenarios.BASELINE, List.of(p.path() + "=" + changed)).behaviour();

        Record after = (Record) value(read, group);
        for (RecordComponent c : before.getClass().getRecordComponents()) {
            Object expected = c.getName().equals(name) ? changed : value(before, c.getName());
            assertEquals(expected, value(after, c.getName()), "component " + c.getName() + " of " + group
                    + " after setting " + p.path() + "=" + changed);
        }
        for (RecordComponent other : Behaviour.class.getRecordComponents()) {
            if (!other.getName().equals(group)) {
                assertEquals(value(baseline, other.getName()), value(read, other.getName()),
                        "group " + other.getName() + " after setting " + p.path());
            }
        }
    }

    @Test
    void everyBehaviourEntryOfTheRegistryIsAComponentAndEveryComponentAnEntry() {
        Set<String> entries = ParameterRegistry.all().stream().map(Parameter::path)
                .filter(path -> path.startsWith("behaviour.")).collect(Collectors.toCollection(TreeSet::new));
        Set<String> components = components().map(a -> "behaviour." + a.get()[0] + "." + a.get()[1])
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(entries, components);
    }

    /**
     * A value of {@code p} other than {@code current}, inside its range: a switch flipped, a number
     * moved an eighth of the way towards its minimum (or up from it), so that the checks that tie
     * values together (the mass-casualty bounds, the cascade's branching bound) still pass.
     */
    private static Object another(Parameter p, Object current) {
        if (p.kind() == Parameter.Kind.BOOLEAN) {
            return !(Boolean) current;
        }
        assertEquals(Parameter.Kind.NUMBER, p.kind(), p.path());
        double v = (Double) current;
        double moved = v > p.min() ? v - (v - p.min()) / 8 : v + Math.min(1, (p.max() - p.min()) / 8);
        assertNotEquals(v, moved, p.path());
        assertTrue(moved >= p.min() && moved <= p.max(), p.path() + " " + moved);
        return moved;
    }

    private static Object value(Record r, String component) {
        try {
            return r.getClass().getMethod(component).invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(r.getClass().getSimpleName() + " has no component " + component, e);
        }
    }
}
