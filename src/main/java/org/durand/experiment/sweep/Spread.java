package org.durand.experiment.sweep;

import java.util.Locale;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;

/**
 * How a varied number is spread between its bounds: the design draws unit coordinates u in [0, 1]
 * and the spread maps them to values by its inverse distribution function, so every design (grid,
 * Latin hypercube, Sobol, Morris, random) honours it.
 *
 * @param kind  the shape
 * @param a     mode (triangular) or mean (normal); unused otherwise
 * @param b     standard deviation (normal); unused otherwise
 */
public record Spread(Kind kind, double a, double b) {

    /** The shapes available. */
    public enum Kind {
        /** Uniform between the bounds. */
        UNIFORM,
        /** Uniform in the logarithm between positive bounds. */
        LOG_UNIFORM,
        /** Triangular with a mode within the bounds. */
        TRIANGULAR,
        /** Normal with a mean and standard deviation, truncated to the bounds. */
        NORMAL;

        /** The word written in plan files. */
        public String word() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Uniform between the bounds (the default). */
    public static final Spread UNIFORM = new Spread(Kind.UNIFORM, 0, 0);

    /**
     * The problem with this spread over [low, high], or "" when it is valid.
     */
    public String check(double low, double high) {
        return switch (kind) {
            case UNIFORM -> "";
            case LOG_UNIFORM -> low > 0 ? "" : "a log-uniform spread needs a positive lower bound";
            case TRIANGULAR -> a >= low && a <= high ? "" : "the mode must lie between the bounds";
            case NORMAL -> b > 0 && Double.isFinite(a) ? "" : "a normal spread needs a mean and a positive sd";
        };
    }

    /** The value at unit coordinate {@code u} in [0, 1] for bounds [low, high]. */
    public double quantile(double u, double low, double high) {
        double p = Math.max(0, Math.min(1, u));
        return switch (kind) {
            case UNIFORM -> low + p * (high - low);
            case LOG_UNIFORM -> Math.exp(Math.log(low) + p * (Math.log(high) - Math.log(low)));
            case TRIANGULAR -> new TriangularDistribution(null, low, a, high).inverseCumulativeProbability(p);
            case NORMAL -> {
                NormalDistribution d = new NormalDistribution(null, a, b);
                double lo = d.cumulativeProbability(low);
                double hi = d.cumulativeProbability(high);
                yield Math.max(low, Math.min(high, d.inverseCumulativeProbability(lo + p * (hi - lo))));
            }
        };
    }

    /** The unit coordinate of {@code value} (the distribution function), inverse of {@link #quantile}. */
    public double unit(double value, double low, double high) {
        double v = Math.max(low, Math.min(high, value));
        return switch (kind) {
            case UNIFORM -> (v - low) / (high - low);
            case LOG_UNIFORM -> (Math.log(v) - Math.log(low)) / (Math.log(high) - Math.log(low));
            case TRIANGULAR -> new TriangularDistribution(null, low, a, high).cumulativeProbability(v);
            case NORMAL -> {
                NormalDistribution d = new NormalDistribution(null, a, b);
                double lo = d.cumulativeProbability(low);
                double hi = d.cumulativeProbability(high);
                yield (d.cumulativeProbability(v) - lo) / (hi - lo);
            }
        };
    }

    /** How it is written in a plan file and in the plan's canonical text. */
    public String describe() {
        return switch (kind) {
            case UNIFORM, LOG_UNIFORM -> kind.word();
            case TRIANGULAR -> kind.word() + " mode " + a;
            case NORMAL -> kind.word() + " mean " + a + " sd " + b;
        };
    }
}
