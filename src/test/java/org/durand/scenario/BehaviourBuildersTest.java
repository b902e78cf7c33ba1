package org.durand.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every behaviour group has a builder whose setters are named like its components and put each
 * value where its name says; a group is never built with a number missing. The cases come from the
 * records by reflection, so a group or component added later is covered.
 */
class BehaviourBuildersTest {

    static Stream<Class<?>> groups() {
        return Arrays.stream(Behaviour.class.getRecordComponents()).map(RecordComponent::getType);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groups")
    void eachSetterFillsTheComponentOfItsNameAndToBuilderKeepsEveryValue(Class<?> group) throws Exception {
        Object builder = group.getMethod("builder").invoke(null);
        RecordComponent[] components = group.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            builder.getClass().getMethod(c.getName(), c.getType()).invoke(builder, distinct(c, i));
        }
        Object built = builder.getClass().getMethod("build").invoke(builder);
        for (int i = 0; i < components.length; i++) {
            assertEquals(distinct(components[i], i), components[i].getAccessor().invoke(built), components[i].getName());
        }
        Object again = group.getMethod("toBuilder").invoke(built);
        assertEquals(built, again.getClass().getMethod("build").invoke(again));
    }

    /** Component {@code i}'s own value: i + 1 for a number; for a switch, on for even i. */
    private static Object distinct(RecordComponent c, int i) {
        return c.getType() == double.class ? (Object) (i + 1.0) : (Object) (i % 2 == 0);
    }

    @Test
    void aGroupWithANumberUnsetIsRefusedNamingIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Behaviour.Trust.builder().perHostileUnit(0.1).build());
        assertEquals("behaviour.trust built without perCooperativeUnit, reversionHalfLifeDays", e.getMessage());
    }

    @Test
    void switchesStartFromTheRegistrysFallbacks() throws Exception {
        Behaviour.Loops loops = Behaviour.Loops.builder().build();
        for (RecordComponent c : Behaviour.Loops.class.getRecordComponents()) {
            Parameter p = ParameterRegistry.find("behaviour.loops." + c.getName()).orElseThrow();
            assertEquals(Boolean.parseBoolean(p.fallback()), c.getAccessor().invoke(loops), c.getName());
        }
        assertEquals(Behaviour.Loops.all(), loops);
    }
}
