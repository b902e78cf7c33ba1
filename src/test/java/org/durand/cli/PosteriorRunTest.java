package org.durand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.durand.Cli;
import org.durand.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code durand run --posterior}: bands include parameter uncertainty, the variance is split, the
 * draws are paired across scenarios and threads, and a bad posterior file is refused with exit 2.
 */
class PosteriorRunTest {

    private static final String[] COARSE = {"--set", TestScenarios.VERY_COARSE, "--set", "calendar.end=2024-12-31"};

    /** Ten particles spreading the TTP attack rate from 0.3 to 1.6 attacks per cell and year. */
    private static final String POSTERIOR = "particle,weight,distance,groups.ttp.attacksPerCellYear\n"
            + "0,1,0.2,0.3\n1,1,0.2,0.45\n2,1,0.2,0.6\n3,2,0.1,0.75\n4,2,0.1,0.9\n5,1,0.2,1.05\n6,1,0.2,1.2\n"
            + "7,1,0.3,1.35\n8,0.5,0.3,1.5\n9,0.5,0.3,1.6\n";

    @Test
    void bandsWidenAndTheVarianceIsSplit(@TempDir Path tmp) throws Exception {
        Path posterior = TestScenarios.write(tmp, "posterior.csv", POSTERIOR);
        Cli.Result plain = run(tmp, "plain", "--threads", "2");
        assertEquals(0, plain.exit(), plain.all());
        Cli.Result over = run(tmp, "over", "--posterior", posterior.toString(), "--threads", "2");
        assertEquals(0, over.exit(), over.all());
        assertTrue(over.err().contains("from the parameters"), over.err());

        double plainWidth = width(tmp.resolve("plain/summary.csv"), "fatalities_total", "2024");
        double overWidth = width(tmp.resolve("over/summary.csv"), "fatalities_total", "2024");
        assertTrue(overWidth > 1.5 * plainWidth, "band with parameter uncertainty " + overWidth
                + " should be well wider than replicate noise alone " + plainWidth);

        double[] ci = row(tmp.resolve("over/summary.csv"), "attacks", "2024", "sd", "n", "ci95_low", "ci95_high");
        double naiveHalf = new org.apache.commons.math3.distribution.TDistribution(ci[1] - 1)
                .inverseCumulativeProbability(0.975) * ci[0] / Math.sqrt(ci[1]);
        assertTrue((ci[3] - ci[2]) / 2 > 1.2 * naiveHalf, "the interval of the mean comes from the 6 draws' means, "
                + "not from 12 replicates as if independent: " + java.util.Arrays.toString(ci) + " vs ±" + naiveHalf);
        List<String> variance = Files.readAllLines(tmp.resolve("over/variance.csv"));
        String attacks = variance.stream().filter(l -> l.startsWith("attacks,all,")).findFirst().orElseThrow();
        double share = Double.parseDouble(attacks.split(",")[7]);
        assertTrue(share > 0.5 && share <= 1, "the attack rate's spread should dominate the attacks' variance: " + attacks);
        List<String> draws = Files.readAllLines(tmp.resolve("over/draws.csv"));
        assertEquals(13, draws.size(), "a header and one row per replicate");
        assertEquals(draws.get(1).split(",")[3], draws.get(2).split(",")[3], "replicates 0 and 1 share a draw");
        String manifest = Files.readString(tmp.resolve("over/manifest.json"));
        assertTrue(manifest.contains("posterior.csv") && manifest.contains("\"replicatesPerDraw\" : 2")
                && manifest.contains("\"particles\" : 10"), "the manifest records the posterior: " + manifest);
        assertFalse(Files.readString(tmp.resolve("plain/manifest.json")).contains("\"posterior\""));
        assertFalse(Files.exists(tmp.resolve("plain/draws.csv")));

        // the same draws on one thread, and the same draws in a counterfactual with the same seed
        Cli.Result one = run(tmp, "one", "--posterior", posterior.toString(), "--threads", "1");
        assertEquals(0, one.exit(), one.all());
        assertEquals(Files.readString(tmp.resolve("over/variance.csv")), Files.readString(tmp.resolve("one/variance.csv")));
        Cli.Result counter = Cli.run(TestScenarios.plus(new String[] {"run",
            TestScenarios.SCENARIOS.resolve("dialogue.yaml").toString(), "--reps", "12", "--no-charts", "--posterior",
            posterior.toString(), "--out", tmp.resolve("counter").toString()}, COARSE));
        assertEquals(0, counter.exit(), counter.all());
        assertEquals(particles(tmp.resolve("over/draws.csv")), particles(tmp.resolve("counter/draws.csv")),
                "a counterfactual with the same seed runs replicate r at the same parameter set");
        Cli.Result compare = Cli.run("compare", tmp.resolve("over").toString(), tmp.resolve("counter").toString(),
                "--out", tmp.resolve("cmp").toString());
        assertEquals(0, compare.exit(), compare.all());
        List<String> differences = Files.readAllLines(tmp.resolve("cmp/differences.csv"));
        assertTrue(differences.stream().skip(1).allMatch(l -> l.endsWith(",paired t")), "paired: " + differences);
        Cli.Result mixed = Cli.run("compare", tmp.resolve("plain").toString(), tmp.resolve("counter").toString(),
                "--out", tmp.resolve("mixed").toString());
        assertEquals(0, mixed.exit(), mixed.all());
        assertTrue(mixed.err().contains("was run over a posterior"), "a caution when one run is over a posterior: "
                + mixed.err());
        Path other = TestScenarios.write(tmp, "other.csv", POSTERIOR.replace(",0.3\n", ",1.7\n"));
        Cli.Result elsewhere = Cli.run(TestScenarios.plus(new String[] {"run",
            TestScenarios.SCENARIOS.resolve("dialogue.yaml").toString(), "--reps", "12", "--no-charts", "--posterior",
            other.toString(), "--out", tmp.resolve("elsewhere").toString()}, COARSE));
        assertEquals(0, elsewhere.exit(), elsewhere.all());
        Cli.Result apart = Cli.run("compare", tmp.resolve("over").toString(), tmp.resolve("elsewhere").toString(),
                "--out", tmp.resolve("apart").toString());
        assertEquals(0, apart.exit(), apart.all());
        assertTrue(apart.err().contains("drew different parameter sets"), apart.err());
        assertFalse(compare.err().contains("drew different parameter sets"), compare.err());
        Cli.Result few = Cli.run(TestScenarios.plus(new String[] {"run", TestScenarios.BASELINE.toString(), "--reps",
            "4", "--no-charts", "--out", tmp.resolve("few").toString()}, COARSE));
        assertEquals(0, few.exit(), few.all());
        Cli.Result table = Cli.run("table", tmp.resolve("over").toString(), tmp.resolve("few").toString(), "--year",
                "2024");
        assertEquals(0, table.exit(), table.all());
        Path overDir = tmp.resolve("over");
        Path fewDir = tmp.resolve("few");
        assertTrue(table.err().contains("different replicate counts (baseline (" + overDir + ") 12, baseline ("
                + fewDir + ") 4)"), table.err());
        assertTrue(table.out().contains("| baseline (" + overDir + ") (over a posterior) |")
                        && table.out().contains("| baseline (" + fewDir + ") |"),
                "two runs of one scenario are told apart by their folders, and the run over a posterior is marked: "
                        + table.out());
        assertTrue(table.out().contains("Calibration of `baseline (" + overDir + ")` against the observed targets"),
                "the calibration table says whose it is: " + table.out());
        Cli.Result alone = Cli.run("table", fewDir.toString(), "--year", "2024");
        assertTrue(alone.out().contains("| baseline |"), "a name no other run shares stands alone: " + alone.out());
    }

    @Test
    void badPosteriorFilesAreRefusedWithExitTwoAndNothingWritten(@TempDir Path tmp) throws Exception {
        assertRefused(tmp, "unknown", "particle,weight,groups.ttp.attacksPerCellYaer\n0,1,0.5\n",
                "groups.ttp.attacksPerCellYaer", "line 1", "names no scenario parameter");
        assertRefused(tmp, "noweight", "particle,groups.ttp.attacksPerCellYear\n0,0.5\n",
                "'weight'", "line 1", "weight column is missing");
        assertRefused(tmp, "emptyweight", "particle,weight,groups.ttp.attacksPerCellYear\n0,1,0.5\n1,,0.7\n",
                "'weight'", "line 3", "is missing");
        assertRefused(tmp, "outside", "particle,weight,groups.ttp.attacksPerCellYear\n0,1,0.5\n1,1,400\n",
                "'400'", "line 3", "0 to 365");
        assertRefused(tmp, "negative", "particle,weight,governments.host.hawkishness\n0,-1,0.5\n",
                "'-1'", "line 2", "allowed range");
        assertRefused(tmp, "text", "particle,weight,calendar.start\n0,1,2024-01-01\n",
                "calendar.start", "line 1", "not a number");
        assertRefused(tmp, "empty", "", "is empty");
        assertRefused(tmp, "twice", "particle,weight,groups.ttp.attacksPerCellYear\n0,1,0.5\n0,1,0.7\n",
                "line 3", "appears twice");
        assertRefused(tmp, "nobody", "particle,weight,groups.nobody.attacksPerCellYear\n0,1,0.5\n",
                "groups.nobody.attacksPerCellYear", "defines no such value");
        assertRefused(tmp, "huge", "particle,weight,groups.ttp.fighters,groups.ttp.cellSize\n0,1,10000000,1\n",
                "a parameter set the replicates draw", "militant cells");
        assertRefused(tmp, "repeated", "particle,weight,groups.ttp.attacksPerCellYear\n0,1,x\n1,1,x\n2,1,x\n",
                "line 2", "(and on 2 more lines)");
        Path conflict = TestScenarios.write(tmp, "conflict.csv", POSTERIOR);
        Cli.Result set = run(tmp, "out-conflict", "--posterior", conflict.toString(), "--set",
                "groups.ttp.attacksPerCellYear=1.4");
        assertEquals(2, set.exit(), set.all());
        assertTrue(set.err().contains("the posterior draws this parameter"), set.err());
        Cli.Result perDraw = run(tmp, "out-perdraw", "--per-draw", "4");
        assertEquals(2, perDraw.exit(), perDraw.all());
        assertTrue(perDraw.err().contains("give --posterior FILE as well"), perDraw.err());
        Path bom = TestScenarios.write(tmp, "bom.csv", "\uFEFF" + POSTERIOR);
        Cli.Result withBom = run(tmp, "out-bom", "--posterior", bom.toString());
        assertEquals(0, withBom.exit(), "a byte order mark, as spreadsheets write, is read: " + withBom.all());
        Cli.Result missing = run(tmp, "nofile", "--posterior", tmp.resolve("nowhere.csv").toString());
        assertEquals(2, missing.exit(), missing.all());
        assertTrue(missing.err().contains("no such file"), missing.err());
        Cli.Result folder = run(tmp, "nofolder", "--posterior", tmp.toString());
        assertEquals(2, folder.exit(), folder.all());
        assertTrue(folder.err().contains("is a folder; give the posterior file in it"), folder.err());
        Path ok = TestScenarios.write(tmp, "ok.csv", POSTERIOR);
        Cli.Result odd = run(tmp, "odd", "--posterior", ok.toString(), "--per-draw", "5");
        assertEquals(2, odd.exit(), odd.all());
        assertTrue(odd.err().contains("--per-draw 5"), odd.err());
    }

    private static void assertRefused(Path tmp, String name, String text, String... expected) throws IOException {
        Path file = TestScenarios.write(tmp, name + ".csv", text);
        Cli.Result r = run(tmp, "out-" + name, "--posterior", file.toString());
        assertEquals(2, r.exit(), name + ": " + r.all());
        assertFalse(r.err().contains("Exception"), r.err());
        assertTrue(r.err().contains(file.toString()) || r.err().contains(file.getFileName().toString()),
                name + " names the file: " + r.err());
        for (String e : expected) {
            assertTrue(r.err().contains(e), name + " should say '" + e + "': " + r.err());
        }
        assertFalse(Files.exists(tmp.resolve("out-" + name)), "nothing written for " + name);
    }

    private static Cli.Result run(Path tmp, String out, String... more) {
        return Cli.run(TestScenarios.plus(TestScenarios.plus(new String[] {"run", TestScenarios.BASELINE.toString(),
            "--reps", "12", "--no-charts", "--out", tmp.resolve(out).toString()}, COARSE), more));
    }

    /** p95 − p05 of a metric's year in summary.csv. */
    private static double width(Path summary, String metric, String year) throws IOException {
        double[] band = row(summary, metric, year, "p05", "p95");
        return band[1] - band[0];
    }

    /** The named columns of a metric's year in summary.csv. */
    private static double[] row(Path summary, String metric, String year, String... columns) throws IOException {
        List<String> lines = Files.readAllLines(summary);
        List<String> header = List.of(lines.get(0).split(","));
        String row = lines.stream().filter(l -> l.contains("," + metric + ",year," + year + ",")).findFirst().orElseThrow();
        String[] f = row.split(",");
        double[] out = new double[columns.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Double.parseDouble(f[header.indexOf(columns[i])]);
        }
        return out;
    }

    private static List<String> particles(Path draws) throws IOException {
        return Files.readAllLines(draws).stream().skip(1).map(l -> l.split(",")[3]).toList();
    }
}
