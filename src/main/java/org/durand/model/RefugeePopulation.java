package org.durand.model;

import static org.durand.scenario.Scenario.DAYS_PER_YEAR;

import java.util.Arrays;
import java.util.List;

import org.durand.scenario.Behaviour;
import org.durand.scenario.RefugeeSpec;
import org.durand.scenario.StatusSpec;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The refugee households, one agent per household (or per {@code personsPerAgent} persons),
 * stored column by column (about 25 bytes per household).
 *
 * <p>Each day the host deports persons of the targeted statuses up to its enforcement capacity,
 * and households return "voluntarily" under a hazard h_i(t) = r_i · g_s(t): r_i falls with years
 * in the country and with a livelihood; g_s(t), common to a status, is a background rate plus, for
 * targeted statuses, a fear pulse at the start of a phase and a term that follows recent
 * deportation risk; statuses not targeted feel a share ({@code spillover}) of the strongest fear
 * and of the deportation risk in the whole refugee population (raids and harassment do not check
 * papers carefully, and how often neighbours are taken is what they see). Instead of testing every household every day, each household draws once an
 * exponential threshold E_i/r_i on the cumulative hazard; the population advances the status
 * clock G_s(t) = ∫ g_s and takes households off a sorted list as the clock passes their thresholds.
 * This is exact for any g_s(t) and costs O(returns) a day.
 */
public final class RefugeePopulation implements Steppable {

    private static final long serialVersionUID = 1L;
    private static final byte PRESENT = 0;
    private static final byte RETURNED = 1;
    private static final byte DEPORTED = 2;
    /**
     * Years in the country are capped at 60, so that a byte holds them and the household factor
     * comes from a table; the first Afghan refugees arrived in 1979, 45 years before 2024, so only
     * the exponential tail of the drawn years reaches the cap.
     */
    private static final int MAX_YEARS = 60;

    private final String[] statusIds;
    private final List<String> provinceIds;
    private Behaviour.Returns params;

    private final byte[] status;
    private final byte[] province;
    private final int[] persons;
    private final byte[] years;
    private final boolean[] livelihood;
    private final float[] threshold;
    private final byte[] state;
    private final int[] poolPosition;

    private final int[][] order;
    private final int[] cursor;
    private final int[][] pool;
    private final int[] poolSize;
    private final long[] presentPersons;
    private final long[] initialPersons;
    private final double[] clock;
    private final double[] fear;
    private final double[] risk;
    private double communityRisk;
    private final boolean[] targeted;
    /** Day of the announced deadline each status is warned of, −1 when none is pending. */
    private final int[] deadline;
    private double capacityPerDay;

    RefugeePopulation(RefugeeSpec spec, List<String> provinceIds, int personsPerAgent, Behaviour.Returns params,
                      Draws draws, RandomAdapter adapter) {
        this.provinceIds = provinceIds;
        this.params = params;
        int s = spec.statuses().size();
        statusIds = spec.statuses().keySet().toArray(new String[0]);
        int[][] sizes = new int[s][];
        int total = 0;
        for (int k = 0; k < s; k++) {
            sizes[k] = HouseholdSizes.draw(spec.statuses().get(statusIds[k]).persons(), spec.householdSizeMean(),
                    personsPerAgent, adapter);
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
        presentPersons = new long[s];
        initialPersons = new long[s];
        clock = new double[s];
        fear = new double[s];
        risk = new double[s];
        targeted = new boolean[s];
        deadline = new int[s];
        Arrays.fill(deadline, -1);
        double[] provinceShares = provinceIds.stream().mapToDouble(p -> spec.provinces().getOrDefault(p, 0.0)).toArray();
        double[] rate = rates(params);
        int next = 0;
        for (int k = 0; k < s; k++) {
            StatusSpec st = spec.statuses().get(statusIds[k]);
            int first = next;
            for (int size : sizes[k]) {
                int i = next++;
                status[i] = (byte) k;
                province[i] = (byte) draws.weighted(provinceShares);
                persons[i] = size;
                double y = st.yearsMin() + (st.yearsMean() - st.yearsMin()) * draws.unitExponential();
                years[i] = (byte) Math.min(MAX_YEARS, Math.round(y));
                livelihood[i] = draws.chance(st.livelihoodShare());
                threshold[i] = (float) (draws.unitExponential() / rate(rate, years[i], livelihood[i]));
                presentPersons[k] += size;
            }
            initialPersons[k] = presentPersons[k];
            order[k] = ThresholdOrder.of(threshold, first, next);
            pool[k] = new int[next - first];
            for (int i = first; i < next; i++) {
                pool[k][i - first] = i;
                poolPosition[i] = i - first;
            }
            poolSize[k] = next - first;
        }
    }

    /**
     * The household factor ρ = exp(−yearsEffect·years) × (livelihoodFactor if the household has a
     * livelihood), tabled for every whole number of years a household can have.
     */
    private static double[] rates(Behaviour.Returns params) {
        double[] out = new double[2 * (MAX_YEARS + 1)];
        for (int y = 0; y <= MAX_YEARS; y++) {
            out[2 * y] = rate(params, y, false);
            out[2 * y + 1] = rate(params, y, true);
        }
        return out;
    }

    private static double rate(Behaviour.Returns params, int years, boolean livelihood) {
        return Math.exp(-params.yearsEffect() * years) * (livelihood ? params.livelihoodFactor() : 1);
    }

    /** The household factor ρ from the table of {@link #rates}; years are capped at {@link #MAX_YEARS} when drawn. */
    private static double rate(double[] table, int years, boolean livelihood) {
        return table[2 * years + (livelihood ? 1 : 0)];
    }

    /** A new repatriation phase: statuses newly targeted get a fear pulse {@code fearLevel}; warnings end. */
    void setPolicy(boolean[] targets, double capacity, double fearLevel) {
        for (int k = 0; k < targeted.length; k++) {
            if (targets[k] && !targeted[k]) {
                fear[k] = Math.max(fear[k], fearLevel);
            }
            targeted[k] = targets[k];
            deadline[k] = -1;
        }
        capacityPerDay = capacity;
    }

    /**
     * A deadline announced for {@code statuses}, to leave by day {@code deadlineDay}: their fear
     * jumps to warningFear w at once, and until the deadline it is at least
     * w × 2^(−days to the deadline / fearHalfLifeDays), rising toward w as the deadline nears, the
     * mirror of its decay after a phase starts (ODD §7.10, §7.12).
     */
    void announce(boolean[] statuses, int deadlineDay) {
        for (int k = 0; k < statuses.length; k++) {
            if (statuses[k]) {
                fear[k] = Math.max(fear[k], params.warningFear());
                deadline[k] = deadlineDay;
            }
        }
    }

    /**
     * The persons expected to return a day without any campaign: Σ persons × ρ × backgroundPerYear/365
     * over the households present (for the spin-up, ODD §5).
     */
    double backgroundReturnsPerDay() {
        double[] table = rates(params);
        double sum = 0;
        for (int i = 0; i < persons.length; i++) {
            if (state[i] == PRESENT) {
                sum += persons[i] * rate(table, years[i], livelihood[i]);
            }
        }
        return sum * params.backgroundPerYear() / DAYS_PER_YEAR;
    }

    /** Whether status {@code k} is targeted, or warned of a deadline still to come. */
    private boolean afraid(int k, int today) {
        return targeted[k] || deadline[k] >= today;
    }

    /** A new deportation capacity for the active phase (a live change), persons/day. */
    void setCapacity(double capacity) {
        capacityPerDay = capacity;
    }

    /** New return parameters (a live change); thresholds drawn at the start keep their values. */
    void renew(Behaviour.Returns next) {
        params = next;
    }

    @Override
    public void step(SimState simState) {
        TensionModel m = (TensionModel) simState;
        double fearDecay = Math.pow(0.5, 1.0 / params.fearHalfLifeDays());
        double riskAlpha = 1 - Math.pow(0.5, 1.0 / params.riskHalfLifeDays());
        long[] before = presentPersons.clone();
        long[] deportedBy = deport(m);
        long pressured = 0;
        double strongestFear = 0;
        int today = m.day();
        for (int k = 0; k < statusIds.length; k++) {
            fear[k] *= fearDecay;
            if (deadline[k] >= today) {
                fear[k] = Math.max(fear[k],
                        params.warningFear() * Math.pow(0.5, (deadline[k] - today) / params.fearHalfLifeDays()));
            }
            if (afraid(k, today)) {
                strongestFear = Math.max(strongestFear, fear[k]);
            }
        }
        double spill = params.spillover()
                * (params.fearPerDay() * strongestFear + params.threatWeight() * communityRisk);
        for (int k = 0; k < statusIds.length; k++) {
            double g = params.backgroundPerYear() / DAYS_PER_YEAR;
            g += afraid(k, today) ? params.fearPerDay() * fear[k] + params.threatWeight() * risk[k] : spill;
            clock[k] += g;
            pressured += release(k);
            double todayRisk = before[k] > 0 ? deportedBy[k] / (double) before[k] : 0;
            risk[k] += (todayRisk - risk[k]) * riskAlpha;
        }
        long all = Arrays.stream(before).sum();
        long deported = Arrays.stream(deportedBy).sum();
        communityRisk += ((all > 0 ? deported / (double) all : 0) - communityRisk) * riskAlpha;
        m.consequences().returns(deported, pressured);
    }

    /**
     * Deports up to today's capacity from the targeted statuses, agent by agent; an agent larger than
     * what is left of the quota goes with probability (what is left) / (its persons), so coarse agents do
     * not overshoot the capacity on average.
     */
    private long[] deport(TensionModel m) {
        long[] out = new long[statusIds.length];
        if (capacityPerDay <= 0) {
            return out;
        }
        double gain = m.scenario().behaviour().coercion().deportationPressureGain();
        long quota = m.draws().poisson(capacityPerDay * (1 + gain * m.host().drive()));
        double[] weights = new double[statusIds.length];
        long done = 0;
        while (done < quota) {
            for (int k = 0; k < weights.length; k++) {
                weights[k] = targeted[k] ? poolSize[k] : 0;
            }
            int k = m.draws().weighted(weights);
            if (k < 0) {
                break;
            }
            int i = pool[k][m.draws().index(poolSize[k])];
            long left = quota - done;
            if (persons[i] > left && !m.draws().chance(left / (double) persons[i])) {
                break;   // an agent larger than what is left of the quota goes only in that proportion: no overshoot on average
            }
            remove(i, DEPORTED);
            out[k] += persons[i];
            done += persons[i];
        }
        return out;
    }

    /** Households of status k whose threshold the clock has passed return; persons returned. */
    private long release(int k) {
        long out = 0;
        int[] o = order[k];
        while (cursor[k] < o.length && threshold[o[cursor[k]]] <= clock[k]) {
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
        presentPersons[k] -= persons[i];
    }

    /** Number of household agents. */
    public int size() {
        return status.length;
    }

    /** Status ids in scenario order. */
    public List<String> statusIds() {
        return List.of(statusIds);
    }

    /** Persons of status {@code k} still in the host country. */
    public long remaining(int k) {
        return presentPersons[k];
    }

    /** Persons of status {@code k} at the start. */
    public long initial(int k) {
        return initialPersons[k];
    }

    /** Persons of every status still in the host country. */
    public long getRemaining() {
        return Arrays.stream(presentPersons).sum();
    }

    /** Persons still in the host country by province, in the order of {@code provinceIds} (a full pass). */
    public long[] presentByProvince() {
        long[] out = new long[provinceIds.size()];
        for (int i = 0; i < state.length; i++) {
            if (state[i] == PRESENT) {
                out[province[i]] += persons[i];
            }
        }
        return out;
    }

    /** A view of household {@code i}. */
    public Household household(int i) {
        String st = state[i] == PRESENT ? "present" : state[i] == RETURNED ? "returned" : "deported";
        return new Household(i, statusIds[status[i]], provinceIds.get(province[i]), persons[i], years[i],
                livelihood[i], st);
    }

}
