package org.durand.model;

import static org.durand.scenario.Scenario.DAYS_PER_YEAR;

import java.util.Arrays;
import java.util.List;

import ec.util.MersenneTwisterFast;
import org.durand.scenario.Behaviour;
import org.durand.scenario.RefugeeSpec;
import org.durand.scenario.Scenario;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The refugee households, one agent per household (or per {@code personsPerAgent} persons),
 * stored column by column in 5 bytes each ({@link Households}).
 *
 * <p>Each day the host deports persons of the targeted statuses up to its enforcement capacity,
 * and households return "voluntarily" under a hazard h_i(t) = r_i · g_s(t): r_i falls with years
 * in the country and with a livelihood; g_s(t), common to a status, is a background rate plus, for
 * targeted statuses, a fear pulse at the start of a phase and a term that follows recent
 * deportation risk; statuses not targeted feel a share ({@code spillover}) of the strongest fear
 * and of the deportation risk in the whole refugee population (raids and harassment do not check
 * papers carefully, and how often neighbours are taken is what they see). Instead of testing every
 * household every day, each household has an exponential threshold E_i/r_i on the cumulative
 * hazard; the population advances the status clock G_s(t) = ∫ g_s and lets households go as the
 * clock passes their thresholds, drawn cohort by cohort as the clock reaches them
 * ({@link ReturnHazards}). This is exact for any g_s(t) and costs O(returns + cohorts) a day.
 */
public final class RefugeePopulation implements Steppable {

    private static final long serialVersionUID = 1L;

    private final String[] statusIds;
    private final List<String> provinceIds;
    private Behaviour.Returns params;

    private final Households households;
    private final ReturnHazards hazards;

    private final double[] fear;
    private final double[] risk;
    private double communityRisk;
    private final boolean[] targeted;
    /** Day of the announced deadline each status is warned of, −1 when none is pending. */
    private final int[] deadline;
    private double capacityPerDay;
    /** Persons of each status present at the start of today's step, and deported today (reused each day). */
    private final long[] before;
    private final long[] deportedToday;

    RefugeePopulation(RefugeeSpec spec, List<String> provinceIds, int personsPerAgent, Behaviour.Returns params,
                      Draws draws) {
        this.provinceIds = provinceIds;
        this.params = params;
        statusIds = spec.statuses().keySet().toArray(new String[0]);
        int s = statusIds.length;
        households = HouseholdBuild.build(spec, statusIds, provinceIds, personsPerAgent, draws);
        hazards = new ReturnHazards(households, params, draws);
        fear = new double[s];
        risk = new double[s];
        targeted = new boolean[s];
        deadline = new int[s];
        Arrays.fill(deadline, -1);
        before = new long[s];
        deportedToday = new long[s];
    }

    /**
     * The refugee population of {@code scenario} built as a model builds it, from a generator seeded
     * with {@code seed} (for benchmarks and tests of the build alone; a model's population also
     * depends on the draws made before it).
     */
    public static RefugeePopulation of(Scenario scenario, long seed) {
        MersenneTwisterFast random = new MersenneTwisterFast();
        random.setSeed(TensionModel.generatorKey(seed));
        return new RefugeePopulation(scenario.refugees(), List.copyOf(scenario.provinces().keySet()),
                scenario.personsPerAgent(), scenario.behaviour().returns(), new Draws(random));
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
        households.setDeportable(targeted);
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
        double sum = 0;
        for (int g = 0; g < households.cohorts(); g++) {
            sum += households.presentPersonsOfCohort(g)
                    * Cohorts.factor(params, households.cohortYears(g), households.cohortLivelihood(g));
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
        for (int k = 0; k < statusIds.length; k++) {
            before[k] = households.presentPersons(k);
        }
        deport(m);
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
        long all = 0;
        long deported = 0;
        for (int k = 0; k < statusIds.length; k++) {
            double g = params.backgroundPerYear() / DAYS_PER_YEAR;
            g += afraid(k, today) ? params.fearPerDay() * fear[k] + params.threatWeight() * risk[k] : spill;
            pressured += hazards.release(k, g, households, m.draws());
            double todayRisk = before[k] > 0 ? deportedToday[k] / (double) before[k] : 0;
            risk[k] += (todayRisk - risk[k]) * riskAlpha;
            all += before[k];
            deported += deportedToday[k];
        }
        communityRisk += ((all > 0 ? deported / (double) all : 0) - communityRisk) * riskAlpha;
        m.consequences().returns(deported, pressured);
    }

    /**
     * Deports up to today's capacity, a Poisson number of persons, from the targeted statuses
     * ({@link Households#deport}); fills {@link #deportedToday}.
     */
    private void deport(TensionModel m) {
        Arrays.fill(deportedToday, 0);
        if (capacityPerDay <= 0) {
            return;
        }
        double gain = m.scenario().behaviour().coercion().deportationPressureGain();
        households.deport(m.draws().poisson(capacityPerDay * (1 + gain * m.host().drive())), m.draws(), deportedToday);
    }

    /** Number of household agents. */
    public int size() {
        return households.size();
    }

    /** Status ids in scenario order. */
    public List<String> statusIds() {
        return List.of(statusIds);
    }

    /** Persons of status {@code k} still in the host country. */
    public long remaining(int k) {
        return households.presentPersons(k);
    }

    /** Persons of status {@code k} at the start. */
    public long initial(int k) {
        return households.initialPersons(k);
    }

    /** Persons of every status still in the host country. */
    public long getRemaining() {
        long sum = 0;
        for (int k = 0; k < statusIds.length; k++) {
            sum += households.presentPersons(k);
        }
        return sum;
    }

    /** Persons still in the host country by province, in the order of {@code provinceIds} (a full pass). */
    public long[] presentByProvince() {
        return households.presentByProvince(provinceIds.size());
    }

    /**
     * A view of household {@code i}. Households are ordered by status, then by years in the
     * country and livelihood; the index says nothing else about a household.
     */
    public Household household(int i) {
        int g = households.cohortOf(i);
        return new Household(i, statusIds[households.cohortStatus(g)], provinceIds.get(households.province(i)),
                households.persons(i), households.cohortYears(g), households.cohortLivelihood(g),
                households.state(i).name().toLowerCase(java.util.Locale.ROOT));
    }

}
