package org.durand.model;

import static org.durand.model.Frequencies.assertMean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * How {@link Households#deport} draws the household it looks at (ODD §7.11), on households laid out
 * by hand: each present household of the deportable statuses with the same chance, whatever the
 * sizes of their cohorts and however many households have left since the count the draw uses; a
 * household looked at and spared goes back to a place drawn at random in its cohort, so that the
 * next day's draw is again uniform; and at most one draw in four wasted on households that have
 * left.
 */
class HouseholdDeportationTest {

    /** Households of one person each: status 0 one cohort of {@code kept}, status 1 cohorts of {@code sizes}. */
    private static Households layout(int kept, int... sizes) {
        int cohorts = 1 + sizes.length;
        int[] cohortStart = new int[cohorts + 1];
        cohortStart[1] = kept;
        for (int c = 0; c < sizes.length; c++) {
            cohortStart[c + 2] = cohortStart[c + 1] + sizes[c];
        }
        int n = cohortStart[cohorts];
        int[] persons = new int[n];
        Arrays.fill(persons, 1);
        byte[] cohortYears = new byte[cohorts];
        for (int g = 0; g < cohorts; g++) {
            cohortYears[g] = (byte) g;
        }
        return new Households(persons, new byte[n], new int[] {0, 1, cohorts}, cohortStart, cohortYears,
                new boolean[cohorts]);
    }

    /** The cohort that lost a household between {@code before} and {@code h}'s present counts. */
    private static int cohortLeft(int[] before, Households h) {
        for (int g = 0; g < before.length; g++) {
            if (h.present(g) < before[g]) {
                return g;
            }
        }
        throw new AssertionError("no household left");
    }

    private static int[] present(Households h) {
        int[] out = new int[h.cohorts()];
        for (int g = 0; g < out.length; g++) {
            out[g] = h.present(g);
        }
        return out;
    }

    @Test
    @DisplayName("each present household as likely as any other: cohorts of 8, 0, 4 and 32 households, then the "
            + "cohort of 4 down to 2 or 1 by returns the count does not see")
    void everyPresentHouseholdIsAsLikelyToBeDeported() {
        int trials = 20_000;
        Draws draws = new Draws(new MersenneTwisterFast(31));
        double[][] hits = new double[2][5];
        double[][] expected = new double[2][5];
        double[][] variance = new double[2][5];
        for (int t = 0; t < trials; t++) {
            Households h = layout(3, 8, 0, 4, 32);
            h.setDeportable(new boolean[] {false, true});
            for (int round = 0; round < 2; round++) {
                int[] before = present(h);
                long left = h.presentHouseholds(1);
                assertEquals(1, h.deport(1, draws, new long[2]));
                hits[round][cohortLeft(before, h)]++;
                for (int g = 0; g < 5; g++) {
                    double p = g == 0 ? 0 : before[g] / (double) left;
                    expected[round][g] += p;
                    variance[round][g] += p * (1 - p);
                }
                // two returns from the cohort of 4 leave it 2 or 1 households while the count taken
                // at the first deportation still gives it 4 places (41 of 44 present: not counted again)
                if (round == 0) {
                    h.returnFront(3);
                    h.returnFront(3);
                }
            }
            assertEquals(3, h.presentPersons(0), "status 0 is not deportable");
        }
        for (int round = 0; round < 2; round++) {
            assertEquals(0, hits[round][0] + hits[round][2], "the status not deported, the empty cohort");
            for (int g : new int[] {1, 3, 4}) {
                assertMean(hits[round][g], 1, expected[round][g], variance[round][g],
                        "deportation " + (round + 1) + " from cohort " + g);
            }
        }
    }

    @Test
    @DisplayName("a household spared goes back to a random place: with a quota of one person a day, households "
            + "of 1 and 9 persons go at the rate Σ min(1, 1/n) / N of those present")
    void aSparedHouseholdChangesPlace() {
        // 2,000 households of 1 and 2,000 of 9 persons in one cohort, in random order; 1,000 return first,
        // so that the cohort's present households begin past its start
        int[] persons = new int[4000];
        Arrays.fill(persons, 2000, 4000, 9);
        Arrays.fill(persons, 0, 2000, 1);
        MersenneTwisterFast random = new MersenneTwisterFast(32);
        for (int i = persons.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int p = persons[i];
            persons[i] = persons[j];
            persons[j] = p;
        }
        byte[] province = new byte[persons.length];
        for (int i = 0; i < province.length; i++) {
            province[i] = (byte) (i % 2);
        }
        Households h = new Households(persons.clone(), province, new int[] {0, 1}, new int[] {0, persons.length},
                new byte[] {5}, new boolean[] {false});
        long[] present = new long[10];
        for (int p : persons) {
            present[p]++;
        }
        for (int r = 0; r < 1000; r++) {
            present[h.returnFront(0)]--;
        }
        h.setDeportable(new boolean[] {true});
        Draws draws = new Draws(random);
        long[] byStatus = new long[1];
        double households = 0;
        double expected = 0;
        double variance = 0;
        for (int day = 0; day < 1500; day++) {
            double p = (present[1] + present[9] / 9.0) / (present[1] + present[9]);
            expected += p;
            variance += p * (1 - p);
            long gone = h.deport(1, draws, byStatus);
            assertTrue(gone == 0 || gone == 1 || gone == 9, "one household or none: " + gone);
            if (gone > 0) {
                households++;
                present[(int) gone]--;
            }
        }
        assertMean(households, 1, expected, variance, "households deported in 1,500 days");
        long left = present[1] + 9 * present[9];
        assertEquals(left, h.presentPersons(0));
        assertEquals(left, Arrays.stream(h.presentByProvince(2)).sum(), "the places exchanged hold the persons");
        assertEquals(present[1] + present[9], h.presentHouseholds(0));
    }

    @Test
    @DisplayName("at most one draw in four wasted: 900 of 1,000 households deported in one day take at most "
            + "4/3 × 900 draws, within four standard errors")
    void fewDrawsAreWastedOnHouseholdsThatLeft() {
        long[] calls = new long[1];
        Draws draws = new Draws(new MersenneTwisterFast(33) {
            @Override
            public int nextInt() {
                calls[0]++;
                return super.nextInt();
            }
        });
        Households h = layout(0, 250, 250, 250, 250);
        h.setDeportable(new boolean[] {false, true});
        assertEquals(900, h.deport(900, draws, new long[2]));
        // each deportation takes a geometric number of draws, each kept with probability ≥ 3/4: a mean of at
        // most 4/3 and a variance of at most (1/4)/(3/4)² = 4/9 draws; counting afresh only at the start
        // would take about 1,000 × (H₁₀₀₀ − H₁₀₀) ≈ 2,300
        assertTrue(calls[0] >= 900 && calls[0] <= 900 * 4 / 3.0 + Frequencies.Z * Math.sqrt(900 * 4 / 9.0),
                calls[0] + " draws");
    }
}
