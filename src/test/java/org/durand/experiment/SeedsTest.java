package org.durand.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Replicate seeds depend on (base, index) alone, and differ from one another. */
class SeedsTest {

    @Test
    void deterministic() {
        for (long base : new long[] {0, 1, 7, -3, Long.MAX_VALUE}) {
            for (int rep = 0; rep < 1000; rep++) {
                assertEquals(Seeds.forReplicate(base, rep), Seeds.forReplicate(base, rep));
            }
        }
    }

    @Test
    void distinctAndNonNegativeForAThousandReplicates() {
        for (long base : new long[] {0, 1, 7, 42, -3, Long.MIN_VALUE, Long.MAX_VALUE}) {
            Set<Long> seen = new HashSet<>();
            for (int rep = 0; rep < 1000; rep++) {
                long s = Seeds.forReplicate(base, rep);
                assertTrue(s >= 0, "non-negative: " + s);
                assertTrue(seen.add(s), "base " + base + " rep " + rep + " repeats a seed");
            }
        }
    }

    @Test
    void differentBasesGiveDifferentStreams() {
        Set<Long> a = new HashSet<>();
        for (int rep = 0; rep < 100; rep++) {
            a.add(Seeds.forReplicate(1, rep));
        }
        int shared = 0;
        for (int rep = 0; rep < 100; rep++) {
            shared += a.contains(Seeds.forReplicate(2, rep)) ? 1 : 0;
        }
        assertEquals(0, shared);
        assertNotEquals(Seeds.forReplicate(1, 0), Seeds.forReplicate(1, 1));
    }

    @Test
    void replicatesRunWithTheirDerivedSeedsInOrder() {
        var s = org.durand.TestScenarios.truncated(org.durand.TestScenarios.baseline(
                org.durand.TestScenarios.VERY_COARSE), java.time.LocalDate.of(2024, 12, 31));
        var runs = Replicates.run(s, 3, 11, 2, false, r -> { });
        for (int rep = 0; rep < 3; rep++) {
            assertEquals(rep, runs.get(rep).rep());
            assertEquals(Seeds.forReplicate(11, rep), runs.get(rep).seed());
        }
        var alone = Replicates.runOne(s, 2, Seeds.forReplicate(11, 2), false);
        assertEquals(java.util.Arrays.toString(alone.series().values("fatalities_total")),
                java.util.Arrays.toString(runs.get(2).series().values("fatalities_total")),
                "a replicate does not depend on what runs beside it");
    }
}
