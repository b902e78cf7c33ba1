package org.durand.scenario;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The "did you mean" hint of every refusal of an unknown key, name or parameter path, in one place:
 * the candidate nearest to what was written by Levenshtein distance (Commons Text), case ignored,
 * ties broken alphabetically so that the hint does not depend on the order of the candidates.
 */
public final class Suggestion {

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private Suggestion() {
    }

    /**
     * {@code " (did you mean 'c'?)"} for the candidate c nearest to {@code wrong} when it is at most
     * max(2, length / 3) edits away; empty for a blank {@code wrong} (missing, not misspelt: any
     * short candidate would be "near" it) or when none is near.
     *
     * @param wrong      what was written
     * @param candidates what is allowed (any order)
     * @return the hint, with its leading space, or ""
     */
    public static String of(String wrong, Collection<String> candidates) {
        return wrong.isBlank() ? "" : of(wrong, candidates, Math.max(2, wrong.length() / 3));
    }

    /**
     * {@code " (did you mean 'c'?)"} for the candidate c nearest to {@code wrong} when it is at most
     * {@code limit} edits away, else "".
     *
     * @param wrong      what was written
     * @param candidates what is allowed (any order)
     * @param limit      the largest distance, in edits, that still counts as a misspelling (≥ 0)
     * @return the hint, with its leading space, or ""
     */
    public static String of(String wrong, Collection<String> candidates, int limit) {
        String w = wrong.toLowerCase(Locale.ROOT);
        Comparator<String> nearest = Comparator.<String>comparingInt(c -> DISTANCE.apply(c.toLowerCase(Locale.ROOT), w))
                .thenComparing(Comparator.naturalOrder());
        return candidates.stream()
                .min(nearest)
                .filter(c -> DISTANCE.apply(c.toLowerCase(Locale.ROOT), w) <= limit)
                .map(c -> " (did you mean '" + c + "'?)")
                .orElse("");
    }
}
