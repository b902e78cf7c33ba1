package org.durand.cli;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Near matches of a mistyped command or option name, by edit distance: "rnu" suggests run and
 * "--sed" suggests --set and --seed, while "frobnicate" suggests nothing, so that a suggestion is
 * only made when it is likely what was meant.
 */
final class Suggestions {

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();
    /** The shortest name that counts as the start of another ("--out" of "--out-dir"). */
    private static final int MIN_PREFIX = 3;

    private Suggestions() {
    }

    /**
     * The candidates nearest to {@code wrong}, in their given order: those within
     * max(2, length / 3) edits (Levenshtein distance, case and leading dashes ignored), or of which
     * one starts with the other (at least {@value #MIN_PREFIX} characters), keeping only those
     * at the smallest distance among them; empty when none is near.
     */
    static List<String> near(String wrong, Collection<String> candidates) {
        String w = bare(wrong);
        int limit = Math.max(2, w.length() / 3);
        int best = Integer.MAX_VALUE;
        for (String c : candidates) {
            if (isNear(w, bare(c), limit)) {
                best = Math.min(best, DISTANCE.apply(w, bare(c)));
            }
        }
        int smallest = best;
        return candidates.stream().filter(c -> isNear(w, bare(c), limit) && DISTANCE.apply(w, bare(c)) == smallest)
                .toList();
    }

    private static boolean isNear(String wrong, String candidate, int limit) {
        boolean prefix = Math.min(wrong.length(), candidate.length()) >= MIN_PREFIX
                && (wrong.startsWith(candidate) || candidate.startsWith(wrong));
        return prefix || DISTANCE.apply(wrong, candidate) <= limit;
    }

    private static String bare(String name) {
        return name.replaceFirst("^-+", "").toLowerCase(Locale.ROOT);
    }
}
