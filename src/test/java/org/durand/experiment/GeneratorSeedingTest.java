package org.durand.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.durand.TestScenarios;
import org.durand.model.TensionModel;
import org.durand.scenario.Scenario;
import org.junit.jupiter.api.Test;

import ec.util.MersenneTwisterFast;

/** Every replicate's generator is seeded with all 64 bits of its seed, so no two can collide. */
class GeneratorSeedingTest {

    @Test
    void theTwoBaseSeedsThatOnceCollidedNowGiveDifferentRuns() {
        long a = Seeds.forReplicate(65336, 0);
        long b = Seeds.forReplicate(81207, 0);
        assertEquals((int) a, (int) b, "the case: these replicate seeds share their low 32 bits");
        assertNotEquals(a, b);

        Scenario s = TestScenarios.truncated(TestScenarios.baseline(TestScenarios.VERY_COARSE),
                java.time.LocalDate.of(2024, 6, 30));
        RunResult ra = Replicates.runOne(s, 0, a, true);
        RunResult rb = Replicates.runOne(s, 0, b, true);
        assertNotEquals(ra.events(), rb.events());
        assertNotEquals(Arrays.toString(ra.series().values("fatalities_total")),
                Arrays.toString(rb.series().values("fatalities_total")));
    }

    @Test
    void theGeneratorKeyHoldsBothHalves() {
        assertEquals("[1, 2]", Arrays.toString(TensionModel.generatorKey((1L << 32) | 2)));
        assertEquals("[-1, -1]", Arrays.toString(TensionModel.generatorKey(-1L)));
    }

    @Test
    void noTwoOfAHundredThousandReplicateGeneratorsStartAlike() {
        Set<Long> firstDraws = new HashSet<>();
        for (int rep = 0; rep < 100_000; rep++) {
            MersenneTwisterFast g = new MersenneTwisterFast();
            g.setSeed(TensionModel.generatorKey(Seeds.forReplicate(7, rep)));
            assertTrue(firstDraws.add(g.nextLong()), "replicate " + rep + " repeats another's stream");
        }
    }
}
