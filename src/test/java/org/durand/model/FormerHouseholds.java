package org.durand.model;

import java.util.Arrays;
import java.util.List;

import org.durand.scenario.Behaviour;
import org.durand.scenario.RefugeeSpec;
import org.durand.scenario.StatusSpec;

/**
 * The refugee households as the model built and stepped them before it drew one uniform per
 * household, kept as the reference that {@code HouseholdDistributionTest} compares the present code
 * with. At one agent per household: all sizes drawn first, status by status, each one person plus
 * a Poisson number of others (Commons Math's multiplication method, as {@link Draws#poisson} still
 * draws small means), the last household taking what is left; then household by household a
 * province by its share, years as a rounded exponential, a livelihood as a coin and a return
 * threshold E/ρ; the thresholds sorted once; returns taken from the sorted list as the status clock
 * passes them; deportations drawn uniformly from a pool of the present households of the targeted
 * statuses, the status first in proportion to its present households.
 */
final class FormerHouseholds {

    static final byte PRESENT = 0;
    static final byte RETURNED = 1;
    static final byte DEPORTED = 2;

    final byte[] status;
    final byte[] province;
    final int[] persons;
    final byte[] years;
    final boolean[] livelihood;
    final byte[] state;
    private final float[] threshold;
    private final int[] poolPosition;
    private final int[][] order;
    private final int[] cursor;
    private final int[][] pool;
    private final int[] poolSize;

    FormerHouseholds(RefugeeSpec spec, List<String> provinceIds, Behaviour.Returns params, Draws draws) {
        String[] ids = spec.statuses().keySet().toArray(new String[0]);
        int s = ids.length;
        int[][] sizes = new int[s][];
        int total = 0;
        for (int k = 0; k < s; k++) {
            sizes[k] = sizes(spec.statuses().get(ids[k]).persons(), spec.householdSizeMean(), draws);
            total += sizes[k].length;
        }
        status = new byte[total];
        province = new byte[total];
        persons = new int[total];
        years = new byte[total];
        livelihood = new boolean[total];
        threshold = new float[total];
        state = new byte[total];
        poolPosition = new int[total];
        order = new int[s][];
        cursor = new int[s];
        pool = new int[s][];
        poolSize = new int[s];
        double[] shares = provinceIds.stream().mapToDouble(p -> spec.provinces().getOrDefault(p, 0.0)).toArray();
        int next = 0;
        for (int k = 0; k < s; k++) {
            StatusSpec st = spec.statuses().get(ids[k]);
            int first = next;
            for (int size : sizes[k]) {
                int i = next++;
                status[i] = (byte) k;
                province[i] = (byte) draws.weighted(shares);
                persons[i] = size;
                double y = st.yearsMin() + (st.yearsMean() - st.yearsMin()) * draws.unitExponential();
                years[i] = (byte) Math.min(Cohorts.MAX_YEARS, Math.round(y));
                livelihood[i] = draws.chance(st.livelihoodShare());
                threshold[i] = (float) (draws.unitExponential() / Cohorts.factor(params, years[i], livelihood[i]));
            }
            order[k] = sortedByThreshold(first, next);
            pool[k] = new int[next - first];
            for (int i = first; i < next; i++) {
                pool[k][i - first] = i;
                poolPosition[i] = i - first;
            }
            poolSize[k] = next - first;
        }
    }

    private static int[] sizes(long stock, double mean, Draws draws) {
        int[] out = new int[(int) stock];
        int n = 0;
        long left = stock;
        while (left > 0) {
            int size = (int) Math.min(1 + Math.min(HouseholdSizes.MAX_HOUSEHOLD - 1, draws.poisson(mean - 1)), left);
            out[n++] = size;
            left -= size;
        }
        return Arrays.copyOf(out, n);
    }

    /** Ascending threshold, ties by index (the order the former radix sort gave). */
    private int[] sortedByThreshold(int from, int to) {
        long[] keys = new long[to - from];
        for (int i = from; i < to; i++) {
            keys[i - from] = (long) Float.floatToIntBits(threshold[i]) << 32 | i;
        }
        Arrays.sort(keys);   // thresholds are ≥ 0, so their bits order them as numbers
        return Arrays.stream(keys).mapToInt(key -> (int) key).toArray();
    }

    /** Households of status k present. */
    int presentHouseholds(int k) {
        return poolSize[k];
    }

    /** Deports up to {@code quota} persons of the {@code targeted} statuses; the persons deported. */
    long deport(long quota, boolean[] targeted, long[] byStatus, Draws draws) {
        double[] weights = new double[poolSize.length];
        long done = 0;
        while (done < quota) {
            for (int k = 0; k < weights.length; k++) {
                weights[k] = targeted[k] ? poolSize[k] : 0;
            }
            int k = draws.weighted(weights);
            if (k < 0) {
                break;
            }
            int i = pool[k][draws.index(poolSize[k])];
            long left = quota - done;
            if (persons[i] > left && !draws.chance(left / (double) persons[i])) {
                break;
            }
            remove(i, DEPORTED);
            byStatus[k] += persons[i];
            done += persons[i];
        }
        return done;
    }

    /** Households of status k whose threshold {@code clock} has passed return; the persons returned. */
    long release(int k, double clock) {
        long out = 0;
        int[] o = order[k];
        while (cursor[k] < o.length && threshold[o[cursor[k]]] <= clock) {
            int i = o[cursor[k]++];
            if (state[i] == PRESENT) {
                remove(i, RETURNED);
                out += persons[i];
            }
        }
        return out;
    }

    private void remove(int i, byte newState) {
        int k = status[i];
        int at = poolPosition[i];
        int last = pool[k][--poolSize[k]];
        pool[k][at] = last;
        poolPosition[last] = at;
        state[i] = newState;
    }
}
