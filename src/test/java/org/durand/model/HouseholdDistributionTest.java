package org.durand.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.durand.scenario.Behaviour;
import org.durand.scenario.RefugeeSpec;
import org.durand.scenario.StatusSpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The households built and stepped by the present code ({@link HouseholdBuild}, {@link Households},
 * {@link ReturnHazards}) have the distributions of those of the former code ({@link FormerHouseholds}):
 * two-sample tests over {@value #REPS} replicates of each, with fixed seeds, at level {@value #ALPHA}
 * each — of the household attributes (sizes, households per status, cohorts, provinces, and sizes
 * jointly with provinces and with years, which one uniform draws together), and of what a
 * scripted campaign does to them over {@value #DAYS} days (the days households return on, the
 * persons returned and deported per replicate, who is left by years and by province, the sizes
 * of the households that leave). The population is the baseline's scaled down 50 times, with its
 * return parameters; the campaign fears one status from day 30 and two from day 150, and deports 80
 * persons a day from them, so that returns and deportations compete for the same households.
 * A last test shows that the same comparisons reject small changes to the model.
 */
class HouseholdDistributionTest {

    private static final int REPS = 150;
    private static final int DAYS = 240;
    private static final double ALPHA = 1e-3;
    private static final List<String> PROVINCES = List.of("kp", "balochistan", "punjab", "sindh", "islamabad");
    private static final Behaviour.Returns PARAMS = new Behaviour.Returns(0.027, 0.0118, 25.5, 0, 30, 0.10, 0.04, 0.5,
            0.14);

    private static RefugeeSpec spec(double householdSizeMean) {
        Map<String, StatusSpec> statuses = new LinkedHashMap<>();
        statuses.put("por", new StatusSpec("PoR", 26_000, 10, 28, 0.55));
        statuses.put("acc", new StatusSpec("ACC", 16_000, 5, 16, 0.45));
        statuses.put("undocumented", new StatusSpec("Undocumented", 26_000, 0, 6, 0.25));
        Map<String, Double> provinces = new LinkedHashMap<>();
        double[] shares = {0.52, 0.24, 0.14, 0.06, 0.04};
        for (int p = 0; p < shares.length; p++) {
            provinces.put(PROVINCES.get(p), shares[p]);
        }
        return new RefugeeSpec(householdSizeMean, statuses, provinces);
    }

    /** One replicate of either code: its households and the two mechanisms the campaign drives. */
    private interface Replicate {
        int size();

        int status(int i);

        int persons(int i);

        int province(int i);

        int years(int i);

        boolean livelihood(int i);

        /** 0 present, 1 returned, 2 deported. */
        int state(int i);

        int presentHouseholds(int k);

        void deport(long quota, boolean[] targeted, long[] byStatus, Draws draws);

        /** The clock of status k has advanced by {@code advance} today, to {@code clock}. */
        void release(int k, double clock, double advance, Draws draws);
    }

    private static Replicate former(RefugeeSpec spec, Behaviour.Returns params, Draws draws) {
        FormerHouseholds h = new FormerHouseholds(spec, PROVINCES, params, draws);
        return new Replicate() {
            public int size() {
                return h.persons.length;
            }

            public int status(int i) {
                return h.status[i];
            }

            public int persons(int i) {
                return h.persons[i];
            }

            public int province(int i) {
                return h.province[i];
            }

            public int years(int i) {
                return h.years[i];
            }

            public boolean livelihood(int i) {
                return h.livelihood[i];
            }

            public int state(int i) {
                return h.state[i];
            }

            public int presentHouseholds(int k) {
                return h.presentHouseholds(k);
            }

            public void deport(long quota, boolean[] targeted, long[] byStatus, Draws d) {
                h.deport(quota, targeted, byStatus, d);
            }

            public void release(int k, double clock, double advance, Draws d) {
                h.release(k, clock);
            }
        };
    }

    private static Replicate current(RefugeeSpec spec, Behaviour.Returns params, Draws draws) {
        String[] ids = spec.statuses().keySet().toArray(new String[0]);
        Households h = HouseholdBuild.build(spec, ids, PROVINCES, 0, draws);
        ReturnHazards hazards = new ReturnHazards(h, params, draws);
        return new Replicate() {
            private final boolean[] deportable = new boolean[ids.length];

            public int size() {
                return h.size();
            }

            public int status(int i) {
                return h.cohortStatus(h.cohortOf(i));
            }

            public int persons(int i) {
                return h.persons(i);
            }

            public int province(int i) {
                return h.province(i);
            }

            public int years(int i) {
                return h.cohortYears(h.cohortOf(i));
            }

            public boolean livelihood(int i) {
                return h.cohortLivelihood(h.cohortOf(i));
            }

            public int state(int i) {
                return h.state(i).ordinal();
            }

            public int presentHouseholds(int k) {
                return h.presentHouseholds(k);
            }

            public void deport(long quota, boolean[] targeted, long[] byStatus, Draws d) {
                if (!java.util.Arrays.equals(targeted, deportable)) {
                    System.arraycopy(targeted, 0, deportable, 0, targeted.length);
                    h.setDeportable(targeted);
                }
                h.deport(quota, d, byStatus);
            }

            public void release(int k, double clock, double advance, Draws d) {
                hazards.release(k, advance, h, d);
            }
        };
    }

    /** Counts pooled over replicates, and per-replicate totals. */
    private static final class Tally {
        final long[] size = new long[HouseholdSizes.MAX_HOUSEHOLD + 1];
        final long[][] cohort = new long[3][2 * (Cohorts.MAX_YEARS + 1)];
        final long[] province = new long[PROVINCES.size()];
        final long[] sizeByProvince = new long[4 * PROVINCES.size()];
        final long[] sizeByYears = new long[4 * 4];
        final double[][] households = new double[3][REPS];
        final long[][] returnDay = new long[3][DAYS / 10];
        final double[][] returned = new double[3][REPS];
        final double[][] deported = new double[3][REPS];
        final long[][] endState = new long[3][3 * 4];
        final long[] presentByProvince = new long[PROVINCES.size()];
        final long[] returnedSize = new long[HouseholdSizes.MAX_HOUSEHOLD + 1];
        final long[] deportedSize = new long[HouseholdSizes.MAX_HOUSEHOLD + 1];
    }

    private static int sizeBin(int persons) {
        return persons <= 3 ? 0 : persons <= 5 ? 1 : persons <= 7 ? 2 : 3;
    }

    private static int yearsBin(int years) {
        return years <= 5 ? 0 : years <= 10 ? 1 : years <= 20 ? 2 : 3;
    }

    /** Today's fear of a status feared from {@code from}: 1 on that day, halving every fearHalfLifeDays. */
    private static double fear(int day, int from) {
        return day < from ? 0 : Math.pow(0.5, (day - from) / PARAMS.fearHalfLifeDays());
    }

    /**
     * {@code reps} replicates made by {@code code} with generators seeded base, base + 1, …, pooled;
     * each replicate's campaign draws from its generator after the build.
     */
    private static Tally run(Function<Draws, Replicate> code, long base, int reps) {
        Tally t = new Tally();
        for (int r = 0; r < reps; r++) {
            Draws draws = new Draws(new MersenneTwisterFast(base + r));
            Replicate rep = code.apply(draws);
            attributes(rep, t, r);
            campaign(rep, t, r, draws);
        }
        return t;
    }

    private static void attributes(Replicate rep, Tally t, int r) {
        for (int i = 0; i < rep.size(); i++) {
            int k = rep.status(i);
            t.size[rep.persons(i)]++;
            t.cohort[k][2 * rep.years(i) + (rep.livelihood(i) ? 1 : 0)]++;
            t.province[rep.province(i)]++;
            t.sizeByProvince[sizeBin(rep.persons(i)) * PROVINCES.size() + rep.province(i)]++;
            t.sizeByYears[sizeBin(rep.persons(i)) * 4 + yearsBin(rep.years(i))]++;
            t.households[k][r]++;
        }
    }

    private static void campaign(Replicate rep, Tally t, int r, Draws draws) {
        double background = PARAMS.backgroundPerYear() / 365.0;
        double[] clock = new double[3];
        long[] deported = new long[3];
        for (int day = 0; day < DAYS; day++) {
            boolean[] targeted = {false, day >= 150, day >= 30};
            if (day >= 30) {
                rep.deport(80, targeted, deported, draws);
            }
            double[] fear = {0, fear(day, 150), fear(day, 30)};
            double strongest = Math.max(fear[1], fear[2]);
            for (int k = 0; k < 3; k++) {
                double advance = background + PARAMS.fearPerDay() * (targeted[k] ? fear[k] : PARAMS.spillover() * strongest);
                clock[k] += advance;
                int before = rep.presentHouseholds(k);
                rep.release(k, clock[k], advance, draws);
                t.returnDay[k][day / 10] += before - rep.presentHouseholds(k);
            }
        }
        for (int i = 0; i < rep.size(); i++) {
            int k = rep.status(i);
            int state = rep.state(i);
            t.endState[k][state * 4 + yearsBin(rep.years(i))]++;
            if (state == 0) {
                t.presentByProvince[rep.province(i)]++;
            } else if (state == 1) {
                t.returned[k][r] += rep.persons(i);
                t.returnedSize[rep.persons(i)]++;
            } else {
                t.deportedSize[rep.persons(i)]++;
            }
        }
        for (int k = 0; k < 3; k++) {
            t.deported[k][r] = deported[k];
        }
    }

    /**
     * The p-value of a chi-square test that two sets of counts come from one distribution, bins
     * with fewer than 40 counts together merged with their neighbours.
     */
    static double chiSquare(long[] a, long[] b) {
        List<long[]> bins = new ArrayList<>();
        long[] open = new long[2];
        for (int i = 0; i < a.length; i++) {
            open[0] += a[i];
            open[1] += b[i];
            if (open[0] + open[1] >= 40) {
                bins.add(open);
                open = new long[2];
            }
        }
        if (bins.isEmpty()) {
            return 1;
        }
        bins.get(bins.size() - 1)[0] += open[0];
        bins.get(bins.size() - 1)[1] += open[1];
        if (bins.size() < 2) {
            return 1;
        }
        return new ChiSquareTest().chiSquareTestDataSetsComparison(bins.stream().mapToLong(x -> x[0]).toArray(),
                bins.stream().mapToLong(x -> x[1]).toArray());
    }

    /** The p-value of a two-sample Kolmogorov–Smirnov test. */
    static double ks(double[] a, double[] b) {
        return new KolmogorovSmirnovTest().kolmogorovSmirnovTest(a, b);
    }

    private static Executable same(String what, double p) {
        return () -> assertTrue(p >= ALPHA, String.format(Locale.ROOT, "%s: p = %.2e < %.0e", what, p, ALPHA));
    }

    private static Tally formerTally;
    private static Tally currentTally;

    private static synchronized Tally former() {
        if (formerTally == null) {
            formerTally = run(d -> former(spec(5.2), PARAMS, d), 1, REPS);
        }
        return formerTally;
    }

    private static synchronized Tally current() {
        if (currentTally == null) {
            currentTally = run(d -> current(spec(5.2), PARAMS, d), 10_001, REPS);
        }
        return currentTally;
    }

    /** The comparisons of the attributes, as (what, p-value). */
    private static Map<String, Double> attributeTests(Tally a, Tally b) {
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("household sizes", chiSquare(a.size, b.size));
        p.put("provinces", chiSquare(a.province, b.province));
        p.put("sizes × provinces", chiSquare(a.sizeByProvince, b.sizeByProvince));
        p.put("sizes × years", chiSquare(a.sizeByYears, b.sizeByYears));
        for (int k = 0; k < 3; k++) {
            p.put("cohorts of status " + k, chiSquare(a.cohort[k], b.cohort[k]));
            p.put("households of status " + k + " per replicate", ks(a.households[k], b.households[k]));
        }
        return p;
    }

    /** The comparisons of what the campaign did, as (what, p-value). */
    private static Map<String, Double> campaignTests(Tally a, Tally b) {
        Map<String, Double> p = new LinkedHashMap<>();
        for (int k = 0; k < 3; k++) {
            p.put("days of return, status " + k, chiSquare(a.returnDay[k], b.returnDay[k]));
            p.put("persons returned per replicate, status " + k, ks(a.returned[k], b.returned[k]));
            p.put("state × years at the end, status " + k, chiSquare(a.endState[k], b.endState[k]));
        }
        for (int k = 1; k < 3; k++) {
            p.put("persons deported per replicate, status " + k, ks(a.deported[k], b.deported[k]));
        }
        p.put("present households by province at the end", chiSquare(a.presentByProvince, b.presentByProvince));
        p.put("sizes of returned households", chiSquare(a.returnedSize, b.returnedSize));
        p.put("sizes of deported households", chiSquare(a.deportedSize, b.deportedSize));
        return p;
    }

    @Test
    @DisplayName("household attributes: sizes, provinces, cohorts, households per status and the joint draws as before")
    void attributesAreDistributedAsBefore() {
        assertAll(attributeTests(former(), current()).entrySet().stream().map(e -> same(e.getKey(), e.getValue())));
    }

    @Test
    @DisplayName("a campaign's returns and deportations: days of return, totals, who is left, as before")
    void returnsAndDeportationsAreDistributedAsBefore() {
        assertAll(campaignTests(former(), current()).entrySet().stream().map(e -> same(e.getKey(), e.getValue())));
    }

    @Test
    @DisplayName("the comparisons see small changes: household size 5.3 instead of 5.2; yearsEffect 0.045 instead of 0.04")
    void theComparisonsRejectSmallChanges() {
        Tally larger = run(d -> current(spec(5.3), PARAMS, d), 20_001, REPS);
        double sizes = attributeTests(former(), larger).get("household sizes");
        assertTrue(sizes < 1e-6, "sizes with mean 5.3 against 5.2: p = " + sizes);
        Behaviour.Returns slower = new Behaviour.Returns(0.027, 0.0118, 25.5, 0, 30, 0.10, 0.045, 0.5, 0.14);
        Tally returns = run(d -> current(spec(5.2), slower, d), 30_001, REPS);
        double persons = campaignTests(former(), returns).get("persons returned per replicate, status 2");
        assertTrue(persons < ALPHA / 10, "persons returned with yearsEffect 0.045 against 0.04: p = " + persons);
    }
}
