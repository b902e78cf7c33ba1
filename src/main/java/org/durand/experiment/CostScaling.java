package org.durand.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.durand.scenario.Scenario;
import org.durand.scenario.StatusSpec;

/**
 * How the cost of a replicate grows with the size of the problem: the overrides that scale a
 * scenario's refugee population or lengthen its calendar, and the exponent b of cost ∝ size^b
 * fitted to measured costs. Used by {@code durand bench --scaling} and the JMH benchmarks.
 */
public final class CostScaling {

    /** Factors on the households measured by default: a quarter to four times the scenario's. */
    public static final double[] HOUSEHOLD_FACTORS = {0.25, 0.5, 1, 2, 4};
    /** Calendar lengths measured by default, years. */
    public static final int[] YEARS = {1, 2, 4, 8};

    private CostScaling() {
    }

    /**
     * Overrides ({@code --set} values) that multiply the persons of every status of {@code s} by
     * {@code factor}, so the households scale with them.
     *
     * @param factor &gt; 0
     */
    public static List<String> households(Scenario s, double factor) {
        List<String> out = new ArrayList<>();
        for (var e : s.refugees().statuses().entrySet()) {
            StatusSpec st = e.getValue();
            out.add("refugees.statuses." + e.getKey() + ".persons=" + Math.round(st.persons() * factor));
        }
        return out;
    }

    /** The override that makes the calendar of {@code s} run {@code years} whole years from its start. */
    public static List<String> years(Scenario s, int years) {
        return List.of("calendar.end=" + s.start().plusYears(years).minusDays(1));
    }

    /**
     * The exponent b of cost = a · size^b, by least squares on the logarithms.
     *
     * @param size sizes, &gt; 0, at least two distinct
     * @param cost costs at those sizes, &gt; 0
     * @throws IllegalArgumentException if the arrays differ in length, hold fewer than two distinct
     *                                  sizes, or a value is not positive
     */
    public static double exponent(double[] size, double[] cost) {
        if (size.length != cost.length || size.length < 2) {
            throw new IllegalArgumentException("need as many costs as sizes, at least two");
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < size.length; i++) {
            if (!(size[i] > 0) || !(cost[i] > 0)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "size %g and cost %g must be positive", size[i], cost[i]));
            }
            mx += Math.log(size[i]) / size.length;
            my += Math.log(cost[i]) / size.length;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < size.length; i++) {
            double dx = Math.log(size[i]) - mx;
            sxy += dx * (Math.log(cost[i]) - my);
            sxx += dx * dx;
        }
        if (sxx == 0) {
            throw new IllegalArgumentException("all sizes are equal");
        }
        return sxy / sxx;
    }
}
