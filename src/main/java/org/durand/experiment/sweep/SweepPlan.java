package org.durand.experiment.sweep;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * A sweep as a user states it, on the command line or in a plan file: the scenario and its
 * overrides, the varied parameters, the design and its size, the replicates per point, the base
 * seed and the outcomes kept (empty for the defaults, see {@link Outcomes#defaults}).
 *
 * @param scenario  scenario file
 * @param overrides {@code PATH=VALUE} overrides applied at every point before the varied values
 * @param varied    the varied parameters, at least one, each path once
 * @param design    the design
 * @param samples   points (lhs, random), base rows (sobol) or trajectories (morris); unused by grid
 * @param levels    Morris grid levels, even, from 2 to 20
 * @param reps      replicates per point, at least 1
 * @param seed      base seed of the design and of every run
 * @param outcomes  outcome names, or empty for the defaults
 */
public record SweepPlan(Path scenario, List<String> overrides, List<Varied> varied, Design design, int samples,
                        int levels, int reps, long seed, List<String> outcomes) {

    /**
     * Replicates per point when a plan or the command line gives none: two, so that every
     * outcome's share of variance within points (replicate noise) can be measured.
     */
    public static final int DEFAULT_REPLICATES = 2;

    /**
     * How design values are computed, part of every plan hash and recorded in {@code sweep.json}:
     * 2 rounds each varied real number to 12 significant digits ({@link Varied#value}), so a grid
     * step from 0.3 by 0.15 is 0.45, not 0.44999999999999996; 1 (before the field existed) ran the
     * unrounded doubles. A sweep begun under one cannot be resumed or merged under the other: its
     * points differ in the last digits, so its rows would not match the points run.
     */
    public static final int VALUES = 2;


    /** Most runs one sweep may hold; run ids are ints. */
    public static final long MAX_RUNS = 100_000_000L;

    /**
     * A number of a plan that its design does not allow, said where it was given: at the plan
     * file's key (its line) or at the option of the same meaning ({@link #option}).
     *
     * @param key     the plan file's key: {@code samples}, {@code levels}, {@code replicates} or
     *                {@code vary}
     * @param value   the value given, as written; empty when the problem is the plan as a whole
     * @param message what is wrong and what is allowed, said after "KEY VALUE: "
     */
    public record Fault(String key, String value, String message) {

        /** The command-line option that sets {@link #key}: {@code --samples}, {@code --reps} and so on. */
        public String option() {
            return "replicates".equals(key) ? "--reps" : "--" + key;
        }

        /** The fault as a {@code sweep} option's problem: "--samples 6: Sobol base rows must be ...". */
        public String asOption() {
            return option() + (value.isEmpty() ? "" : " " + value) + ": " + message;
        }
    }

    /**
     * Every number of a plan that its design does not allow: replicates, samples (their range for
     * the design; Sobol base rows a power of two), Morris levels, a parameter varied twice and a
     * sweep too large. An empty list when the plan may be built.
     */
    public static List<Fault> faults(Design design, List<Varied> varied, int samples, int levels, int reps) {
        List<Fault> out = new java.util.ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Varied v : varied) {
            if (!seen.add(v.path())) {
                out.add(new Fault("vary", v.path(), "varied twice; give each parameter once"));
            }
        }
        if (reps < 1 || reps > 100_000) {
            out.add(new Fault("replicates", String.valueOf(reps), "allowed: a whole number from 1 to 100000 "
                    + "(replicates per point)"));
        }
        int least = design == Design.SOBOL || design == Design.MORRIS ? 2 : 1;
        if (design != Design.GRID && (samples < least || samples > 10_000_000)) {
            out.add(new Fault("samples", String.valueOf(samples), "allowed: a whole number from " + least
                    + " to 10000000 (" + samplesMeaning(design) + ")"));
        } else if (design == Design.SOBOL && Integer.bitCount(samples) != 1) {
            int below = Integer.highestOneBit(samples);
            out.add(new Fault("samples", String.valueOf(samples), "Sobol base rows must be a power of two; use "
                    + (below >= 2 ? below + " or " : "") + 2 * below + " (Saltelli's estimators take a whole block "
                    + "of the Sobol sequence, whose balance holds for 2^m points)"));
        }
        if (design == Design.MORRIS && (levels < 2 || levels > 20 || levels % 2 != 0)) {
            out.add(new Fault("levels", String.valueOf(levels), "allowed: an even number from 2 to 20 (Morris "
                    + "levels)"));
        }
        if (out.isEmpty() && !varied.isEmpty()) {
            long runs = points(design, varied, samples) * reps;
            if (runs > MAX_RUNS) {
                out.add(design == Design.GRID
                        ? new Fault("vary", "", "the grid's steps and " + reps + " replicates make " + runs
                                + " runs; allowed: at most " + MAX_RUNS)
                        : new Fault("samples", String.valueOf(samples), "the sweep would hold " + runs + " runs; "
                                + "allowed: at most " + MAX_RUNS));
            }
        }
        return out;
    }

    private static String samplesMeaning(Design design) {
        return switch (design) {
            case SOBOL -> "Sobol base rows, a power of two";
            case MORRIS -> "Morris trajectories";
            default -> "points of the " + design.word() + " design";
        };
    }

    /**
     * Checks the plan as a whole.
     *
     * @throws IllegalArgumentException naming the first problem of {@link #faults} and what is allowed
     */
    public SweepPlan {
        overrides = List.copyOf(overrides);
        varied = List.copyOf(varied);
        outcomes = List.copyOf(outcomes);
        if (varied.isEmpty()) {
            throw new IllegalArgumentException("a sweep varies at least one parameter");
        }
        List<Fault> faults = faults(design, varied, samples, levels, reps);
        if (!faults.isEmpty()) {
            Fault f = faults.get(0);
            throw new IllegalArgumentException(f.key() + (f.value().isEmpty() ? "" : " " + f.value()) + ": "
                    + f.message());
        }
    }

    /** The samples a design takes when none are given: 20 points, 64 Sobol base rows or 10 Morris trajectories. */
    public static int defaultSamples(Design design) {
        return switch (design) {
            case SOBOL -> 64;
            case MORRIS -> 10;
            default -> 20;
        };
    }

    private static long points(Design design, List<Varied> varied, int samples) {
        int k = varied.size();
        return switch (design) {
            case GRID -> varied.stream().mapToLong(Varied::steps).reduce(1, (a, b) -> Math.min(a * b, MAX_RUNS + 1));
            case SOBOL -> (long) samples * (k + 2);
            case MORRIS -> (long) samples * (k + 1);
            default -> samples;
        };
    }

    /** Number of design points. */
    public int points() {
        return (int) points(design, varied, samples);
    }

    /** Number of runs: points × replicates. */
    public int runs() {
        return points() * reps;
    }

    /** The design's points in unit coordinates. */
    public UnitDesign unitDesign() {
        return UnitDesign.of(design, varied, samples, levels, seed);
    }

    /** The varied paths, in column order. */
    public List<String> paths() {
        return varied.stream().map(Varied::path).toList();
    }

    /**
     * The plan as the text of a plan file: {@code scenario} written as {@code scenarioText}, every
     * other value as stated. Plan files written this way read back to an equal plan.
     */
    public String yaml(String scenarioText) {
        StringBuilder b = new StringBuilder();
        b.append("scenario: ").append(quote(scenarioText)).append('\n');
        if (!overrides.isEmpty()) {
            b.append("set:\n");
            for (String o : overrides) {
                int eq = o.indexOf('=');
                b.append("  ").append(o, 0, eq).append(": ").append(quote(o.substring(eq + 1))).append('\n');
            }
        }
        b.append("vary:\n");
        for (Varied v : varied) {
            String[] bounds = v.bounds().split(":");
            b.append("  ").append(v.path()).append(": {low: ").append(bounds[0]).append(", high: ").append(bounds[1]);
            if (design == Design.GRID) {
                b.append(", steps: ").append(v.steps());
            }
            b.append(", spread: ").append(v.spread().kind().word());
            switch (v.spread().kind()) {
                case TRIANGULAR -> b.append(", mode: ").append(v.spread().a());
                case NORMAL -> b.append(", mean: ").append(v.spread().a()).append(", sd: ").append(v.spread().b());
                default -> { }
            }
            b.append("}\n");
        }
        b.append("design: ").append(design.word()).append('\n');
        b.append("samples: ").append(samples).append('\n');
        b.append("levels: ").append(levels).append('\n');
        b.append("replicates: ").append(reps).append('\n');
        b.append("seed: ").append(seed).append('\n');
        if (!outcomes.isEmpty()) {
            b.append("outcomes:\n");
            outcomes.forEach(o -> b.append("  - ").append(o).append('\n'));
        }
        return b.toString();
    }

    /**
     * A fingerprint of what the sweep computes: the SHA-256 of this plan's text with the scenario
     * given by {@code scenarioFingerprint} (a digest of its resolved values) and {@link #VALUES}, so
     * the same sweep started from another folder hashes the same.
     */
    public String hash(String scenarioFingerprint) {
        return sha256("values: " + VALUES + "\n" + yaml(scenarioFingerprint));
    }

    /** Hex SHA-256 of UTF-8 text. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
