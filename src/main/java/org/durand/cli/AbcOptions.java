package org.durand.cli;

import picocli.CommandLine.Option;

/** The options of an ABC-SMC search shared by {@code calibrate --method abc} and {@code backtest}. */
final class AbcOptions {

    @Option(names = "--particles", defaultValue = "100", description = "abc: particles of the posterior "
            + "(default: ${DEFAULT-VALUE}).")
    @Range(min = 10, max = 100_000)
    int particles;

    @Option(names = "--quantile", defaultValue = "0.5", description = "abc: each generation's tolerance is this "
            + "quantile of the previous one's distances (default: ${DEFAULT-VALUE}).")
    @Range(min = 0.1, max = 0.9, reason = "a tolerance must shrink, and not to nothing at once")
    double quantile;

    @Option(names = "--check-draws", defaultValue = "100", description = "abc: posterior draws of the predictive "
            + "check (default: ${DEFAULT-VALUE}).")
    @Range(min = 2, max = 100_000)
    int checkDraws;

    /**
     * Refuses the ABC options when the command line gives any of them for a search that does not
     * use them ({@code what}, e.g. "--method optimise").
     *
     * @throws Main.BadInput naming the options given
     */
    void refuseWith(picocli.CommandLine.Model.CommandSpec spec, String what) throws Main.BadInput {
        java.util.List<String> given = java.util.stream.Stream.of("--particles", "--quantile", "--check-draws")
                .filter(o -> spec.commandLine().getParseResult().hasMatchedOption(o)).toList();
        if (!given.isEmpty()) {
            throw new Main.BadInput(String.join(", ", given) + (given.size() == 1 ? " belongs" : " belong")
                    + " to --method abc; " + what
                    + " does not use them");
        }
    }

    /**
     * The settings with {@code budget} simulations (null: 10 × particles) of {@code reps} replicates
     * (null: 1), checked.
     *
     * @throws Main.BadInput naming the option and what is allowed
     */
    AbcFit.Settings settings(Integer budget, Integer reps, long seed, int threads) throws Main.BadInput {
        AbcFit.Settings s = new AbcFit.Settings(particles, budget != null ? budget : 10 * particles,
                reps != null ? reps : 1, quantile, checkDraws, seed, threads);
        s.check();
        return s;
    }
}
