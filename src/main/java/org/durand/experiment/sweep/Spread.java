package org.durand.experiment.sweep;

import java.util.Locale;

import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.special.Erf;

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
            case NORMAL -> !(b > 0 && Double.isFinite(a)) ? "a normal spread needs a mean and a positive sd"
                    : sdsBeyond(low, high) > MAX_SDS_BEYOND ? String.format(Locale.ROOT, "the normal spread's mean %s "
                    + "lies %.1f sd (sd %s) beyond the bound nearest it, so the bounds hold almost none of it and "
                    + "every point would crowd at that bound; allowed: a mean within %s sd of the bounds", a,
                    sdsBeyond(low, high), b, MAX_SDS_BEYOND) : "";
        };
    }

    /**
     * How far beyond the bounds a normal spread's mean may lie, in sd: at 4.75 the bounds still
     * hold about a millionth of it, and its quantiles are computed to well within the bounds' width.
     */
    static final double MAX_SDS_BEYOND = 4.75;

    /** The distance in sd from the mean to the nearer bound when the mean lies outside them, else 0. */
    private double sdsBeyond(double low, double high) {
        return a < low ? (low - a) / b : a > high ? (a - high) / b : 0;
    }

    /**
     * The normal spread seen from the side of the bounds its mean lies on: {@code sign} −1 (x ↦ −x)
     * when the mean is below the bounds' midpoint, else 1, so that the bounds lie in the lower tail
     * of the distribution (or across its middle), where erfc keeps the distribution function's
     * relative precision; {@code mean} the mean and {@code lo}, {@code hi} Φ at the bounds in those
     * coordinates.
     */
    private record Side(double sign, double mean, double lo, double hi) {
    }

    private Side side(double low, double high) {
        double sign = a < (low + high) / 2 ? -1 : 1;
        double mean = sign * a;
        return new Side(sign, mean, cdf(sign > 0 ? low : -high, mean), cdf(sign > 0 ? high : -low, mean));
    }

    /** Φ((x − mean)/sd), from erfc so that it keeps its precision deep in the lower tail. */
    private double cdf(double x, double mean) {
        return 0.5 * Erf.erfc((mean - x) / (b * Math.sqrt(2)));
    }

    /** The value at unit coordinate {@code u} in [0, 1] for bounds [low, high]. */
    public double quantile(double u, double low, double high) {
        double p = Math.max(0, Math.min(1, u));
        return switch (kind) {
            case UNIFORM -> low + p * (high - low);
            case LOG_UNIFORM -> Math.exp(Math.log(low) + p * (Math.log(high) - Math.log(low)));
            case TRIANGULAR -> new TriangularDistribution(null, low, a, high).inverseCumulativeProbability(p);
            case NORMAL -> {
                // in mirrored coordinates the bounds lie in the lower tail: Φ from erfc keeps its
                // relative precision there; its inverse (−√2 · erfcInv(2q), erfInv(1 − 2q) in Commons
                // Math 3.6) is exact to about 1e-16 in q, ample within MAX_SDS_BEYOND of the bounds
                Side s = side(low, high);
                double q = s.lo() + (s.sign() > 0 ? p : 1 - p) * (s.hi() - s.lo());
                double x = s.mean() - b * Math.sqrt(2) * Erf.erfcInv(2 * q);
                yield Math.max(low, Math.min(high, s.sign() * x));
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
                Side s = side(low, high);
                double below = (cdf(s.sign() * v, s.mean()) - s.lo()) / (s.hi() - s.lo());
                yield s.sign() > 0 ? below : 1 - below;
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
