package org.durand.model;

import java.util.Arrays;
import java.util.List;

import org.durand.scenario.RefugeeSpec;
import org.durand.scenario.StatusSpec;

/**
 * Builds the household agents of a refugee population with one uniform per household.
 *
 * <p>For each status, households are drawn until they hold the status's persons: a household's
 * size from {@link HouseholdSizes} by inversion, and from what is left of the same uniform
 * ({@link InverseCdf#residual}) its cell, the pair (cohort, province) drawn from their joint
 * distribution P(cohort) × share(province) (a fresh uniform when the size is too rare to leave
 * 41 bits). The last household takes what is left of the stock, and its size is then swapped
 * with that of a household drawn uniformly, so that the sizes, in draw order, are exchangeable.
 * At a coarse resolution every agent holds {@code personsPerAgent} persons but the last, and only
 * the cells are drawn.
 *
 * <p>The households are then laid out by cohort (a counting sort, stable), so that each cohort
 * is a range of indices whose households, in index order, are exchangeable: the population's
 * mechanisms may take a cohort's households in index order where the former code took them at
 * random. The distribution of every attribute is that of drawing, household by household, a
 * Poisson size, a province by its share, the years as a rounded exponential and the livelihood as
 * a coin (the former code; compared in {@code HouseholdDistributionTest}).
 */
final class HouseholdBuild {

    private HouseholdBuild() {
    }

    /** One status's households in draw order: size and cell (cohort × provinces + province). */
    private record Drawn(int[] size, short[] cell, int n) {
    }

    /**
     * The households of {@code spec}.
     *
     * @param spec            the refugee stocks (a validated scenario's)
     * @param statusIds       status ids in the order the population indexes them
     * @param provinceIds     province ids in the model's order (at most 127)
     * @param personsPerAgent persons per agent at a coarse resolution, or 0 for one agent per household
     * @param draws           the model's draws
     * @throws IllegalArgumentException when a stock needs more agents than an array can hold
     */
    static Households build(RefugeeSpec spec, String[] statusIds, List<String> provinceIds, int personsPerAgent,
                            Draws draws) {
        int provinces = provinceIds.size();
        if (provinces > Byte.MAX_VALUE) {
            throw new IllegalArgumentException(provinces + " provinces; the refugee population holds at most "
                    + Byte.MAX_VALUE);
        }
        double[] shares = provinceIds.stream().mapToDouble(p -> spec.provinces().getOrDefault(p, 0.0)).toArray();
        double mean = spec.householdSizeMean();
        InverseCdf sizes = personsPerAgent == 0 && mean > 1 ? HouseholdSizes.table(mean) : null;
        int agentSize = personsPerAgent > 0 ? personsPerAgent : 1;
        int s = statusIds.length;
        Drawn[] drawn = new Drawn[s];
        int[] statusCohorts = new int[s + 1];
        long total = 0;
        for (int k = 0; k < s; k++) {
            StatusSpec st = spec.statuses().get(statusIds[k]);
            InverseCdf cells = new InverseCdf(cellWeights(Cohorts.probabilities(st), shares));
            drawn[k] = sizes != null ? households(st.persons(), mean, sizes, cells, draws)
                    : agents(st.persons(), agentSize, cells, draws);
            statusCohorts[k + 1] = statusCohorts[k] + Cohorts.count(st);
            total += drawn[k].n();
        }
        int n = capacity(total);
        int[] persons = new int[n];
        byte[] province = new byte[n];
        int cohorts = statusCohorts[s];
        int[] cohortStart = new int[cohorts + 1];
        byte[] cohortYears = new byte[cohorts];
        boolean[] cohortLivelihood = new boolean[cohorts];
        int next = 0;
        for (int k = 0; k < s; k++) {
            StatusSpec st = spec.statuses().get(statusIds[k]);
            int first = statusCohorts[k];
            int local = statusCohorts[k + 1] - first;
            for (int c = 0; c < local; c++) {
                cohortYears[first + c] = (byte) Cohorts.years(Cohorts.firstYears(st), c);
                cohortLivelihood[first + c] = Cohorts.livelihood(c);
            }
            Drawn d = drawn[k];
            drawn[k] = null;
            // the cohort and province of each cell, looked up rather than divided out
            byte[] cohortOfCell = new byte[local * provinces];
            byte[] provinceOfCell = new byte[local * provinces];
            for (int cell = 0; cell < cohortOfCell.length; cell++) {
                cohortOfCell[cell] = (byte) (cell / provinces);
                provinceOfCell[cell] = (byte) (cell % provinces);
            }
            // counting sort by cohort, stable
            int[] fill = new int[local];
            for (int j = 0; j < d.n(); j++) {
                fill[cohortOfCell[d.cell()[j]]]++;
            }
            for (int c = 0; c < local; c++) {
                cohortStart[first + c] = next;
                int count = fill[c];
                fill[c] = next;
                next += count;
            }
            int[] size = d.size();
            short[] cells = d.cell();
            for (int j = 0; j < d.n(); j++) {
                int cell = cells[j];
                int at = fill[cohortOfCell[cell]]++;
                persons[at] = size[j];
                province[at] = provinceOfCell[cell];
            }
        }
        cohortStart[cohorts] = next;
        return new Households(persons, province, statusCohorts, cohortStart, cohortYears, cohortLivelihood);
    }

    /** Weights of the cells c × provinces + p: P(cohort c) × share of province p. */
    private static double[] cellWeights(double[] cohorts, double[] shares) {
        double[] out = new double[cohorts.length * shares.length];
        for (int c = 0; c < cohorts.length; c++) {
            for (int p = 0; p < shares.length; p++) {
                out[c * shares.length + p] = cohorts[c] * shares[p];
            }
        }
        return out;
    }

    /** Households of Poisson sizes holding {@code stock} persons, one uniform each (two for rare sizes). */
    private static Drawn households(long stock, double mean, InverseCdf sizes, InverseCdf cells, Draws draws) {
        int capacity = capacity(stock / mean * 1.01 + 16);
        int[] size = new int[capacity];
        short[] cell = new short[capacity];
        int n = 0;
        long left = stock;
        while (left > 0) {
            if (n == size.length) {
                size = Arrays.copyOf(size, capacity(n * 1.25 + 16));
                cell = Arrays.copyOf(cell, size.length);
            }
            double u = draws.uniform();
            int j = sizes.index(u);
            double rest = sizes.keepsResidual(j) ? sizes.residual(u, j) : draws.uniform();
            int persons = (int) Math.min(j + 1, left);
            size[n] = persons;
            cell[n] = (short) cells.index(rest);
            n++;
            left -= persons;
        }
        return exchangeLast(new Drawn(size, cell, n), draws);
    }

    /** Agents of {@code agentSize} persons holding {@code stock}, the last one the rest; one uniform each. */
    private static Drawn agents(long stock, int agentSize, InverseCdf cells, Draws draws) {
        int n = capacity(Math.ceil(stock / (double) agentSize));
        int[] size = new int[n];
        short[] cell = new short[n];
        Arrays.fill(size, agentSize);
        if (n > 0) {
            size[n - 1] = (int) (stock - (long) agentSize * (n - 1));
        }
        for (int j = 0; j < n; j++) {
            cell[j] = (short) cells.index(draws.uniform());
        }
        return exchangeLast(new Drawn(size, cell, n), draws);
    }

    /** Swaps the last size, which took what was left of the stock, with a size drawn uniformly (itself included). */
    private static Drawn exchangeLast(Drawn d, Draws draws) {
        if (d.n() > 0) {
            int j = draws.index(d.n());
            int last = d.size()[d.n() - 1];
            d.size()[d.n() - 1] = d.size()[j];
            d.size()[j] = last;
        }
        return d;
    }

    private static int capacity(double agents) {
        if (agents > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a refugee stock needs " + (long) agents
                    + " agents, more than an array holds; raise resolution.personsPerAgent");
        }
        return (int) Math.ceil(agents);
    }
}
