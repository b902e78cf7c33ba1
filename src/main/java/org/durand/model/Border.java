package org.durand.model;

import java.util.List;

import org.durand.scenario.Behaviour;
import org.durand.scenario.Crossing;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The border crossings: which are closed, until when and by whom, and the trade that passes.
 * Trade falls to a residual share through a closed crossing and follows mutual trust; each day a
 * crossing stays closed aggrieves the side that did not close it (mechanism 4: a closed border
 * costs both, the landlocked side most).
 */
public final class Border implements Steppable {

    private static final long serialVersionUID = 1L;

    private final List<String> ids;
    private final List<Crossing> crossings;
    private final int[] closedUntil;
    private final Government[] closedBy;
    private final int main;
    private final double initialMeanTrust;
    private double tradeMultiplier = 1;
    private double tie = 1;

    Border(List<String> ids, List<Crossing> crossings, double initialMeanTrust) {
        this.ids = List.copyOf(ids);
        this.crossings = List.copyOf(crossings);
        this.closedUntil = new int[crossings.size()];
        this.closedBy = new Government[crossings.size()];
        this.initialMeanTrust = initialMeanTrust;
        int best = 0;
        for (int c = 1; c < crossings.size(); c++) {
            if (crossings.get(c).tradeShare() > crossings.get(best).tradeShare()) {
                best = c;
            }
        }
        this.main = best;
    }

    /** Closes the busiest crossing if it is open (a government's own decision). */
    void closeMain(TensionModel m, Government by, int days) {
        if (!isClosed(main, m.day())) {
            close(m, main, by, days, 1.0);
        }
    }

    /**
     * Closes crossing {@code c} for {@code days} days from today, or extends a closure; 0 days
     * closes it until it is reopened ("until further notice").
     */
    void close(TensionModel m, int c, Government by, int days, double magnitude) {
        boolean wasOpen = !isClosed(c, m.day());
        closedUntil[c] = days == 0 ? Integer.MAX_VALUE : (int) Math.max(closedUntil[c], (long) m.day() + days);
        closedBy[c] = by;
        if (wasOpen) {
            m.emit(EventType.CLOSURE, by, by.other(), magnitude, crossings.get(c).province());
        }
    }

    /** Closes every open crossing for {@code days} days from today (an intervention). */
    void closeAll(TensionModel m, Government by, int days) {
        for (int c = 0; c < crossings.size(); c++) {
            if (!isClosed(c, m.day())) {
                close(m, c, by, days, 1.0);
            }
        }
    }

    /** Whether crossing {@code c} (in scenario order) is closed on the model's current day. */
    public boolean isClosed(TensionModel m, int c) {
        return isClosed(c, m.day());
    }

    /**
     * Reopens crossing {@code c} from today, or every crossing when {@code c} is negative; a
     * reopening of a closed crossing is a conciliatory act by {@code by} (CAMEO 080).
     */
    void reopen(TensionModel m, int c, Government by, double magnitude) {
        boolean any = false;
        for (int k = 0; k < closedUntil.length; k++) {
            if ((c < 0 || k == c) && isClosed(k, m.day())) {
                closedUntil[k] = m.day();
                any = true;
            }
        }
        if (any) {
            m.emit(EventType.YIELD, by, by.other(), magnitude, c < 0 ? "" : crossings.get(c).province());
        }
    }

    /**
     * Today's trade over normal trade (the scenario's daily value with every crossing open at the
     * initial trust): 1 normally, less with crossings closed or trust lower; 1 before the first day.
     */
    public double tie() {
        return tie;
    }

    int indexOf(String id) {
        return ids.indexOf(id);
    }

    boolean isClosed(int c, int day) {
        return day < closedUntil[c];
    }

    void multiplyTrade(double factor) {
        tradeMultiplier *= factor;
    }

    /** A crossing drawn in proportion to trade share (where a border clash happens). */
    String randomProvince(Draws draws) {
        double[] w = crossings.stream().mapToDouble(Crossing::tradeShare).toArray();
        return crossings.get(Math.max(0, draws.weighted(w))).province();
    }

    @Override
    public void step(SimState state) {
        TensionModel m = (TensionModel) state;
        Behaviour b = m.scenario().behaviour();
        double open = 0;
        boolean anyClosed = false;
        for (int c = 0; c < crossings.size(); c++) {
            double share = crossings.get(c).tradeShare();
            if (isClosed(c, m.day())) {
                anyClosed = true;
                open += share * b.trade().closedResidualShare();
                if (b.loops().coercionGrievance()) {
                    closedBy[c].other().addGrievance(b.grievance().perClosedDay() * share);
                }
                if (b.loops().tradeTies()) {
                    closedBy[c].addPressure(b.pressure().perClosedDay() * share);   // the closer's own losses
                }
            } else {
                open += share;
            }
        }
        double meanTrust = (m.host().getTrust() + m.haven().getTrust()) / 2;
        double trustFactor = Math.max(0, 1 + b.trade().trustElasticity() * (meanTrust - initialMeanTrust));
        tie = tradeMultiplier * open * trustFactor;
        m.consequences().border(anyClosed, b.trade().dailyValueUsd() * tie);
    }
}
