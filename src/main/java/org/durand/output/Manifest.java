package org.durand.output;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.durand.io.AtomicFiles;
import org.durand.io.Version;
import org.durand.observe.MetricSet;
import org.durand.scenario.Scenario;

/**
 * {@code manifest.json}: what produced a run folder — tool version, scenario file and its
 * SHA-256, overrides, every resolved parameter, seeds, timing and Java version.
 */
public final class Manifest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private Manifest() {
    }

    /**
     * What a run records about itself.
     *
     * @param inputs every file the run read, the scenario file first, then the files it extends
     *               and the targets file, each with the SHA-256 of its bytes
     */
    public record Info(String command, Path scenarioFile, List<Input> inputs, List<String> overrides, long baseSeed,
                       List<Long> seeds, int threads, Instant started, Instant finished, PosteriorUse posterior) {

        /** A run at fixed parameters (no posterior). */
        public Info(String command, Path scenarioFile, List<Input> inputs, List<String> overrides, long baseSeed,
                    List<Long> seeds, int threads, Instant started, Instant finished) {
            this(command, scenarioFile, inputs, overrides, baseSeed, seeds, threads, started, finished, null);
        }
    }

    /**
     * How a run drew its parameters from a posterior ({@code run --posterior}); written as the
     * manifest's {@code posterior} block.
     *
     * @param file       the posterior file as given, with {@code /} separators
     * @param sha256     SHA-256 of its bytes
     * @param parameters the dotted paths it sets
     * @param particles  its particles
     * @param ess        their effective sample size
     * @param perDraw    replicates per drawn parameter set
     */
    public record PosteriorUse(String file, String sha256, List<String> parameters, int particles, double ess,
                               int perDraw) {
    }

    /**
     * A file a run read.
     *
     * @param path   the file, relative to the working folder when it lies inside it, with {@code /} separators
     * @param sha256 lowercase hexadecimal SHA-256 of its bytes as read
     */
    public record Input(String path, String sha256) {
    }

    /**
     * What a fit records about itself ({@code calibrate --method abc}, {@code backtest}).
     *
     * @param command      {@code calibrate} or {@code backtest}
     * @param scenarioFile the scenario file as given
     * @param inputs       every file read with its SHA-256, the scenario file first
     * @param overrides    the {@code --set} overrides the fit ran under
     * @param settings     the method and its settings by name (particles, budget, seed, ...), in order
     * @param priors       per fitted parameter its dotted path and uniform prior bounds
     * @param started      when the command started
     * @param finished     when it finished
     */
    public record FitInfo(String command, Path scenarioFile, List<Input> inputs, List<String> overrides,
                          Map<String, Object> settings, List<Map<String, Object>> priors, Instant started,
                          Instant finished) {
    }

    /**
     * Writes {@code manifest.json} of a fit: the tool, the command, the scenario file and every file
     * read with their hashes, the overrides, the settings and priors, timing and Java version; what
     * a posterior or backtest is cited by.
     *
     * @throws IOException when the file cannot be written
     */
    public static void writeFit(Path file, FitInfo info) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tool", "durand");
        m.put("version", Version.current());
        m.put("command", info.command());
        Map<String, Object> sc = new LinkedHashMap<>();
        sc.put("file", info.scenarioFile().toString());
        sc.put("sha256", info.inputs().get(0).sha256());
        sc.put("overrides", info.overrides());
        m.put("scenario", sc);
        m.put("inputs", info.inputs());
        m.put("settings", info.settings());
        m.put("priors", info.priors());
        m.put("started", info.started().toString());
        m.put("finished", info.finished().toString());
        m.put("wallSeconds", (info.finished().toEpochMilli() - info.started().toEpochMilli()) / 1000.0);
        m.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        AtomicFiles.writeString(file, JSON.writeValueAsString(m) + "\n");
    }

    /**
     * Writes {@code manifest.json} of a run of {@code scenario}: besides what produced it, the
     * scenario's names, calendar, pinned events and the declaration of every metric (unit and
     * aggregation), which {@link RunFolderReader} reads back; {@code scenario.sha256} is the scenario
     * file's hash and {@code inputs} lists every file read with its hash, so a run is cited by what it
     * read, not by names alone. Every object keeps a fixed key order.
     *
     * @throws IOException when the file cannot be written
     */
    public static void write(Path file, Scenario scenario, Info info) throws IOException {
        write(file, RunInfo.of(scenario, info.baseSeed()), MetricSet.of(scenario), info,
                scenario.parameters().asMap());
    }

    /**
     * Writes {@code manifest.json} of a run described by {@code run} that recorded {@code metrics},
     * with {@code parameters} (any value Jackson serialises; for a scenario, its resolved registry values by
     * dotted path) as its resolved parameters.
     *
     * @throws IOException when the file cannot be written
     */
    public static void write(Path file, RunInfo run, MetricSet metrics, Info info, Object parameters)
            throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tool", "durand");
        m.put("version", Version.current());
        m.put("command", info.command());
        Map<String, Object> sc = new LinkedHashMap<>();
        sc.put("name", run.scenario());
        sc.put("description", run.description());
        sc.put("file", info.scenarioFile().toString());
        sc.put("sha256", info.inputs().get(0).sha256());
        sc.put("overrides", info.overrides());
        m.put("scenario", sc);
        m.put("inputs", info.inputs());
        m.put("names", ManifestBlocks.names(run));
        m.put("calendar", ManifestBlocks.calendar(run));
        m.put("pinnedEvents", ManifestBlocks.pinned(run));
        m.put("metrics", ManifestBlocks.metrics(metrics));
        m.put("reps", info.seeds().size());
        Map<String, Object> seeds = new LinkedHashMap<>();
        seeds.put("base", info.baseSeed());
        seeds.put("reps", info.seeds());
        m.put("seeds", seeds);
        m.put("seeding", "replicate r's seed is SplitMix64(base + (r + 1) * 0x9E3779B97F4A7C15) with the sign bit "
                + "cleared; its MersenneTwisterFast is seeded with setSeed(int[] {seed >>> 32, (int) seed}) and "
                + "primed by MASON's SimState.start()");
        m.put("threads", info.threads());
        m.put("started", info.started().toString());
        m.put("finished", info.finished().toString());
        m.put("wallSeconds", (info.finished().toEpochMilli() - info.started().toEpochMilli()) / 1000.0);
        m.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        m.put("parameters", parameters);
        if (info.posterior() != null) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("file", info.posterior().file());
            p.put("sha256", info.posterior().sha256());
            p.put("parameters", info.posterior().parameters());
            p.put("particles", info.posterior().particles());
            p.put("effectiveSampleSize", info.posterior().ess());
            p.put("replicatesPerDraw", info.posterior().perDraw());
            p.put("drawing", "replicate r runs the particle drawn by weight for group g = r / replicatesPerDraw, "
                    + "with a MersenneTwisterFast seeded by (replicate seed of g under the base seed) XOR 0x5DEECE66D; "
                    + "the particle's values override the scenario's as --set would (draws.csv lists them)");
            m.put("posterior", p);
        }
        AtomicFiles.writeString(file, JSON.writeValueAsString(m) + "\n");
    }
}
