package org.durand.model;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The refugee household agents, stored column by column in 5 bytes each (persons and province),
 * ordered by status and, within a status, by {@link Cohorts cohort}; within a cohort the households
 * are in an exchangeable order (see {@link HouseholdBuild}), so that any rule that takes them by
 * position without looking at them takes them as if at random.
 *
 * <p>That is what the mechanisms do: a cohort's present households are the range
 * [front, back) of its indices; a household that returns is the one at the front, a household
 * deported the one at the back. Whether a household is present, returned or deported is thus its
 * position, and the households the day's mechanisms touch are a few cache lines per cohort. When
 * the deportations look at a household and leave it (the last of a day's quota, larger than what
 * is left of it, and spared), it is exchanged with a household of its cohort drawn uniformly, so
 * that the order stays exchangeable (a step of Fisher and Yates's shuffle).
 *
 * <p>Deportations draw a household uniformly among the present households of the statuses that may
 * be deported, by rejection from a count of them taken earlier: a number r uniform below that
 * count picks the cohort whose share of the count holds it (a guide table over the running totals)
 * and, if r falls within the households the cohort still has, the household at its back; else r is
 * drawn again. Households only ever leave, so an old count still covers every present household,
 * and it is taken anew when fewer than three quarters of it are left: at most one draw in four is
 * wasted, and nothing is kept up to date as households leave.
 */
final class Households implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int[] persons;
    private final byte[] province;
    /** Households of cohort g: cohortStart[g] ≤ i &lt; cohortStart[g + 1]. */
    private final int[] cohortStart;
    /** Cohorts of status k: statusCohorts[k] ≤ g &lt; statusCohorts[k + 1]. */
    private final int[] statusCohorts;
    private final byte[] cohortStatus;
    private final byte[] cohortYears;
    private final boolean[] cohortLivelihood;
    /** Cohort g's present households are front[g] ≤ i &lt; back[g]; those before returned, those after were deported. */
    private final int[] front;
    private final int[] back;
    private final long[] presentPersons;
    private final long[] initialPersons;
    private final int[] presentHouseholds;
    /** The cohorts of the statuses that may be deported, in order. */
    private int[] deportable = new int[0];
    /** Running totals of their present households when last counted. */
    private long[] counted = new long[0];
    /** guide[b]: the first cohort (index into deportable) whose running total exceeds the least r of bucket b. */
    private int[] guide = new int[1];
    /** Whether the count must be taken before the next deportation. */
    private boolean recount = true;

    /**
     * Households laid out as the class describes (the arrays become the population's).
     *
     * @param persons          persons of each household, ≥ 1
     * @param province         province index of each household
     * @param statusCohorts    the cohort ranges of the statuses (length statuses + 1)
     * @param cohortStart      the household ranges of the cohorts (length cohorts + 1)
     * @param cohortYears      whole years in the country of each cohort
     * @param cohortLivelihood whether each cohort's households have a livelihood
     */
    Households(int[] persons, byte[] province, int[] statusCohorts, int[] cohortStart, byte[] cohortYears,
               boolean[] cohortLivelihood) {
        this.persons = persons;
        this.province = province;
        this.statusCohorts = statusCohorts;
        this.cohortStart = cohortStart;
        this.cohortYears = cohortYears;
        this.cohortLivelihood = cohortLivelihood;
        int s = statusCohorts.length - 1;
        int cohorts = cohortYears.length;
        cohortStatus = new byte[cohorts];
        front = Arrays.copyOf(cohortStart, cohorts);
        back = Arrays.copyOfRange(cohortStart, 1, cohorts + 1);
        presentPersons = new long[s];
        presentHouseholds = new int[s];
        for (int k = 0; k < s; k++) {
            for (int g = statusCohorts[k]; g < statusCohorts[k + 1]; g++) {
                cohortStatus[g] = (byte) k;
            }
            int first = cohortStart[statusCohorts[k]];
            int end = cohortStart[statusCohorts[k + 1]];
            presentHouseholds[k] = end - first;
            for (int i = first; i < end; i++) {
                presentPersons[k] += persons[i];
            }
        }
        initialPersons = presentPersons.clone();
    }

    /** Number of household agents. */
    int size() {
        return persons.length;
    }

    /** Number of statuses. */
    int statuses() {
        return presentPersons.length;
    }

    /** Number of cohorts of all statuses. */
    int cohorts() {
        return cohortYears.length;
    }

    /** Persons of household {@code i}. */
    int persons(int i) {
        return persons[i];
    }

    /** Province index of household {@code i}. */
    int province(int i) {
        return province[i];
    }

    /** First cohort of status {@code k}; {@code firstCohort(k + 1)} is one past its last. */
    int firstCohort(int k) {
        return statusCohorts[k];
    }

    int cohortStatus(int g) {
        return cohortStatus[g];
    }

    int cohortYears(int g) {
        return cohortYears[g];
    }

    boolean cohortLivelihood(int g) {
        return cohortLivelihood[g];
    }

    /** Present households of cohort {@code g}. */
    int present(int g) {
        return back[g] - front[g];
    }

    /** The cohort of household {@code i} (a binary search of the cohort ranges). */
    int cohortOf(int i) {
        int at = Arrays.binarySearch(cohortStart, i);
        if (at < 0) {
            return -at - 2;
        }
        while (cohortStart[at + 1] == i) {
            at++;   // empty cohorts start where the next one does
        }
        return at;
    }

    /** Household {@code i}'s state, from its position in its cohort. */
    State state(int i) {
        int g = cohortOf(i);
        return i < front[g] ? State.RETURNED : i < back[g] ? State.PRESENT : State.DEPORTED;
    }

    /** Where a household is. */
    enum State {
        PRESENT, RETURNED, DEPORTED
    }

    /** The household at the front of cohort {@code g} (which must have one present) returns; its persons. */
    int returnFront(int g) {
        return leave(g, front[g]++);
    }

    /**
     * Deports up to {@code quota} persons of the statuses that may be deported, household by
     * household, each uniform among their present households (see the class); a household larger
     * than what is left of the quota goes with probability (what is left) / (its persons), and if
     * it stays the day's deportations end, so coarse agents do not overshoot the quota on average.
     *
     * @param quota    persons to deport, ≥ 0
     * @param draws    the model's draws
     * @param byStatus persons deported, added by status
     * @return the persons deported
     */
    long deport(long quota, Draws draws, long[] byStatus) {
        long left = 0;
        for (int g : deportable) {
            left += present(g);
        }
        long done = 0;
        while (done < quota && left > 0) {
            long total = deportable.length == 0 ? 0 : counted[counted.length - 1];
            if (recount || 4 * left < 3 * total) {
                total = count();
            }
            int g;
            long r;
            do {
                r = draws.index((int) total);
                int j = guide[(int) (r * guide.length / total)];
                while (counted[j] <= r) {
                    j++;
                }
                g = deportable[j];
                r -= j == 0 ? 0 : counted[j - 1];
            } while (r >= present(g));
            int i = back[g] - 1;
            int n = persons[i];
            if (n > quota - done && !draws.chance((quota - done) / (double) n)) {
                reshuffleBack(g, draws);
                break;
            }
            back[g]--;
            leave(g, i);
            byStatus[cohortStatus[g]] += n;
            done += n;
            left--;
        }
        return done;
    }

    /** Counts the deportable cohorts' present households, and the guide to their running totals; the total. */
    private long count() {
        long total = 0;
        for (int j = 0; j < deportable.length; j++) {
            total += present(deportable[j]);
            counted[j] = total;
        }
        int buckets = guide.length;
        int j = 0;
        for (int b = 0; b < buckets; b++) {
            long least = (b * total + buckets - 1) / buckets;   // the least r with r · buckets / total ≥ b
            while (counted[j] <= least && j < counted.length - 1) {
                j++;
            }
            guide[b] = j;
        }
        recount = false;
        return total;
    }

    /**
     * The household at the back of cohort {@code g}, looked at but left present, changes places
     * with a household of the cohort drawn uniformly (itself included), so that the order of the
     * cohort's present households stays exchangeable.
     */
    private void reshuffleBack(int g, Draws draws) {
        int last = back[g] - 1;
        int j = front[g] + draws.index(back[g] - front[g]);
        int p = persons[last];
        persons[last] = persons[j];
        persons[j] = p;
        byte q = province[last];
        province[last] = province[j];
        province[j] = q;
    }

    private int leave(int g, int i) {
        int k = cohortStatus[g];
        presentPersons[k] -= persons[i];
        presentHouseholds[k]--;
        return persons[i];
    }

    /** The statuses that may be deported from now on. */
    void setDeportable(boolean[] statuses) {
        int n = 0;
        int[] cohorts = new int[cohorts()];
        for (int g = 0; g < cohorts.length; g++) {
            if (statuses[cohortStatus[g]]) {
                cohorts[n++] = g;
            }
        }
        deportable = Arrays.copyOf(cohorts, n);
        counted = new long[n];
        guide = new int[2 * Integer.highestOneBit(Math.max(1, n))];
        recount = true;
    }

    /** Persons of status {@code k} present. */
    long presentPersons(int k) {
        return presentPersons[k];
    }

    /** Persons of status {@code k} at the start. */
    long initialPersons(int k) {
        return initialPersons[k];
    }

    /** Households of status {@code k} present. */
    int presentHouseholds(int k) {
        return presentHouseholds[k];
    }

    /** Persons present by province (a pass over the present households). */
    long[] presentByProvince(int provinces) {
        long[] out = new long[provinces];
        for (int g = 0; g < cohorts(); g++) {
            for (int i = front[g]; i < back[g]; i++) {
                out[province[i]] += persons[i];
            }
        }
        return out;
    }

    /** Persons present in cohort {@code g} (a pass over them). */
    long presentPersonsOfCohort(int g) {
        long sum = 0;
        for (int i = front[g]; i < back[g]; i++) {
            sum += persons[i];
        }
        return sum;
    }
}
