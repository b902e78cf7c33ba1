package org.durand.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.durand.TestScenarios;
import org.durand.model.Intervention;
import org.durand.model.TensionModel;
import org.durand.scenario.Scenario;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the classroom's buttons do to the tension index (the GUI's {@code TensionModel.request},
 * without a display): pressed on 1 June 2025 in the baseline, compared a month later with the same
 * seed unpressed (paired). A strike raises it and a visit lowers it beyond the noise of the
 * paired differences; neither moves it by twice the index's spread between seeds (≈7 points in
 * mid-2025): a strike ≈+6 points, a visit ≈−1.1 (ODD §10, README).
 */
class ButtonEffectTest {

    private static final int SEEDS = 200;
    private static final LocalDate PRESS = LocalDate.of(2025, 6, 1);

    private static double indexAMonthLater(Scenario s, long seed, Intervention pressed) {
        TensionModel m = new TensionModel(seed, s);
        m.start();
        int pressDay = (int) ChronoUnit.DAYS.between(s.start(), PRESS);
        for (int d = 0; d < pressDay + 30; d++) {
            if (d == pressDay && pressed != null) {
                m.request(pressed);
            }
            m.schedule.step(m);
        }
        return m.getTensionIndex();
    }

    private static double[] effect(Intervention button) {
        Scenario s = TestScenarios.baseline(TestScenarios.VERY_COARSE);
        SummaryStatistics level = new SummaryStatistics();
        SummaryStatistics paired = new SummaryStatistics();
        for (long seed = 1; seed <= SEEDS; seed++) {
            double calm = indexAMonthLater(s, seed, null);
            level.addValue(calm);
            paired.addValue(indexAMonthLater(s, seed, button) - calm);
        }
        return new double[] {paired.getMean(), level.getStandardDeviation(), paired.getStandardDeviation()};
    }

    @Test
    @DisplayName("a month after the press, paired: a strike raises the index, a visit lowers it (95% intervals off zero)")
    void strikeRaisesAndVisitLowersTheIndexAMonthLater() {
        double[] strike = effect(Intervention.STRIKE);
        double[] visit = effect(Intervention.VISIT);
        if (Boolean.getBoolean("durand.print")) {
            System.out.printf(java.util.Locale.ROOT, "strike %+.2f, visit %+.2f, seed-to-seed sd %.2f%n", strike[0],
                    visit[0], strike[1]);
        }
        double t = new org.apache.commons.math3.distribution.TDistribution(SEEDS - 1).inverseCumulativeProbability(0.975);
        double strikeLow = strike[0] - t * strike[2] / Math.sqrt(SEEDS);
        double visitHigh = visit[0] + t * visit[2] / Math.sqrt(SEEDS);
        assertTrue(strikeLow > 0, "strike: " + strike[0] + " points, 95% interval from " + strikeLow
                + "; seed-to-seed sd " + strike[1]);
        assertTrue(visitHigh < 0, "visit: " + visit[0] + " points, 95% interval up to " + visitHigh
                + "; seed-to-seed sd " + visit[1]);
    }
}
