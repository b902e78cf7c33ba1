package org.durand.calibrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import ec.util.MersenneTwisterFast;
import org.durand.experiment.Posterior;
import org.junit.jupiter.api.Test;

/**
 * ABC-SMC on a small synthetic model whose parameters are known: 40 draws of a normal
 * distribution with mean μ and standard deviation σ, summarised by their sample mean and sample
 * standard deviation, compared with the summaries of data generated at μ = 3, σ = 1.5.
 */
class AbcSmcTest {

    private static final double TRUE_MEAN = 3.0;
    private static final double TRUE_SD = 1.5;
    private static final List<FitParameter> PRIORS = List.of(new FitParameter("mu", 0, 10),
            new FitParameter("sigma", 0.1, 5));

    /** Sample mean and sd of 40 normal draws, from {@code seed}. */
    private static double[] summaries(double mean, double sd, long seed) {
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        double sum = 0;
        double sumSq = 0;
        int n = 40;
        for (int i = 0; i < n; i++) {
            double x = mean + sd * random.nextGaussian();
            sum += x;
            sumSq += x * x;
        }
        double m = sum / n;
        return new double[] {m, Math.sqrt((sumSq - n * m * m) / (n - 1))};
    }

    private static final double[] OBSERVED = summaries(TRUE_MEAN, TRUE_SD, 20_241_231L);

    private static AbcSmc.Simulation simulate(double[] theta, long seed) {
        double[] s = summaries(theta[0], theta[1], seed);
        double e0 = (s[0] - OBSERVED[0]) / OBSERVED[0];
        double e1 = (s[1] - OBSERVED[1]) / OBSERVED[1];
        return new AbcSmc.Simulation(Math.sqrt((e0 * e0 + e1 * e1) / 2), s);
    }

    @Test
    void recoversKnownParametersWithinItsCredibleIntervals() {
        AbcSmc.Result result = new AbcSmc(PRIORS, AbcSmcTest::simulate, 200, 0.5, 2).run(4000, 11, n -> { });
        Posterior p = result.posterior();
        double[] truth = {TRUE_MEAN, TRUE_SD};
        for (int j = 0; j < 2; j++) {
            double lo = p.quantile(j, 0.05);
            double hi = p.quantile(j, 0.95);
            assertTrue(lo <= truth[j] && truth[j] <= hi, PRIORS.get(j).path() + ": 90% credible interval [" + lo
                    + ", " + hi + "] misses " + truth[j]);
            double priorWidth = PRIORS.get(j).high() - PRIORS.get(j).low();
            assertTrue(hi - lo < 0.25 * priorWidth, PRIORS.get(j).path() + ": the interval [" + lo + ", " + hi
                    + "] is barely narrower than the prior");
        }
        assertTrue(result.generations().size() >= 4, "tolerance shrank over " + result.generations().size()
                + " generations only");
        double previous = Double.POSITIVE_INFINITY;
        for (AbcSmc.Generation g : result.generations()) {
            assertTrue(g.tolerance() <= previous, "tolerances must shrink: " + result.generations());
            previous = g.tolerance();
        }
        assertTrue(result.simulations() <= 4000);
        double ess = p.effectiveSampleSize();
        assertTrue(ess > 20 && ess <= 200, "effective sample size " + ess);
        for (double d : p.distances()) {
            assertTrue(d <= result.generations().stream().filter(AbcSmc.Generation::complete)
                    .reduce((a, b) -> b).orElseThrow().tolerance());
        }
    }

    @Test
    void theSameSeedGivesTheSamePosteriorOnAnyNumberOfThreads() {
        AbcSmc.Result one = new AbcSmc(PRIORS, AbcSmcTest::simulate, 30, 0.5, 1).run(300, 5, n -> { });
        AbcSmc.Result three = new AbcSmc(PRIORS, AbcSmcTest::simulate, 30, 0.5, 3).run(300, 5, n -> { });
        assertEquals(one.simulations(), three.simulations());
        assertArrayEquals(one.posterior().weights(), three.posterior().weights());
        for (int i = 0; i < 30; i++) {
            assertArrayEquals(one.posterior().particle(i), three.posterior().particle(i));
        }
        AbcSmc.Result other = new AbcSmc(PRIORS, AbcSmcTest::simulate, 30, 0.5, 1).run(300, 6, n -> { });
        assertTrue(one.posterior().particle(0)[0] != other.posterior().particle(0)[0]);
    }

    @Test
    void refusesABudgetBelowTwoGenerations() {
        assertThrows(IllegalArgumentException.class,
                () -> new AbcSmc(PRIORS, AbcSmcTest::simulate, 50, 0.5, 1).run(99, 1, n -> { }));
    }

    @Test
    void theWeightedCovarianceOfEqualWeightsIsTheSampleCovariance() {
        double[][] x = {{0, 1}, {1, 3}, {2, 5}};
        double[][] c = AbcSmc.weightedCovariance(x, new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0});
        assertEquals(1.0, c[0][0], 1e-12);
        assertEquals(2.0, c[0][1], 1e-12);
        assertEquals(4.0, c[1][1], 1e-12);
    }
}
