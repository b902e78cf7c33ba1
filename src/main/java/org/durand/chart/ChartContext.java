package org.durand.chart;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.durand.experiment.ReplicateStatistics;

/**
 * What every chart of one report says about its run in subtitle and footnote.
 *
 * @param label    scenario or run label
 * @param reps     number of replicates (0 when unknown)
 * @param baseSeed base seed, or {@code null} when unknown
 * @param bandReps replicates the bands span (the fewest of compared runs), 0 when unknown
 */
record ChartContext(String label, int reps, String baseSeed, int bandReps) {

    /** A context whose bands span the replicates it counts. */
    ChartContext(String label, int reps, String baseSeed) {
        this(label, reps, baseSeed, reps);
    }

    /** Subtitle such as "baseline · 20 replicates · seeds from base 7". */
    String subtitle(boolean bands) {
        StringBuilder b = new StringBuilder(label);
        if (reps > 0) {
            b.append(" · ").append(reps).append(reps == 1 ? " replicate" : " replicates");
        }
        if (baseSeed != null) {
            b.append(" · seeds from base ").append(baseSeed);
        }
        if (bands) {
            b.append(" · shaded: ").append(span()).append(" of replicates");
        }
        return b.toString();
    }

    /**
     * What a band spans, for legends and captions: {@code 5–95%} from
     * {@value ReplicateStatistics#BAND_REPLICATES} replicates (or when the count is unknown),
     * {@code min–max} below, where the 5th and 95th percentiles are the smallest and largest value.
     */
    String span() {
        return span(bandReps);
    }

    /** {@link #span()} for {@code reps} replicates. */
    static String span(int reps) {
        return ReplicateStatistics.bandIsRange(reps) ? "min–max" : "5–95%";
    }

    /** Footnote naming the sources of the observed values shown, or "Durand model output". */
    static String footnote(Collection<String> sources) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String s : sources) {
            if (s != null && !s.isBlank()) {
                distinct.add(s.trim());
            }
        }
        return distinct.isEmpty() ? "Source: Durand model output"
                : "Source: Durand model output · observed values: " + String.join("; ", distinct);
    }
}
