package org.durand.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.durand.calibrate.FitParameter;
import org.durand.calibrate.Predictive;
import org.durand.experiment.Posterior;
import org.durand.io.Numbers;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PosteriorChartsTest {

    @TempDir
    Path tmp;

    @Test
    void writesTheThreeChartsAsImagesAndData() throws Exception {
        Path charts = tmp.resolve("charts");
        PosteriorCharts.write(charts, UncertaintyFixture.posterior(400, 3), UncertaintyFixture.PRIORS,
                UncertaintyFixture.checks());
        for (String name : List.of("posterior-marginals", "posterior-pairs", "predictive-check")) {
            ChartFiles.assertChart(charts, name);
        }
        ChartFiles.assertNoTempFiles(tmp);
    }

    @Test
    void marginalsCsvHoldsTheDrawnHistogramsAndTheWeightedQuantiles() throws Exception {
        Posterior posterior = UncertaintyFixture.posterior(400, 3);
        ChartSpec spec = PosteriorCharts.charts(posterior, UncertaintyFixture.PRIORS, List.of()).get(0);
        Path charts = tmp.resolve("charts");
        ChartWriter.write(spec, charts);
        List<CSVRecord> rows = read(charts.resolve("posterior-marginals.csv"));
        GridPlot grid = (GridPlot) spec.chart().getPlot();
        for (int j = 0; j < 3; j++) {
            FitParameter prior = UncertaintyFixture.PRIORS.get(j);
            List<CSVRecord> bins = rows.stream().filter(r -> r.get("series").equals("posterior " + prior.path()))
                    .toList();
            IntervalXYDataset drawn = (IntervalXYDataset) grid.cell(j).getDataset();
            assertEquals(drawn.getItemCount(0), bins.size());
            double mass = 0;
            for (int b = 0; b < bins.size(); b++) {
                CSVRecord r = bins.get(b);
                assertEquals(Numbers.derived(drawn.getYValue(0, b)), Numbers.parse(r.get("y")));
                assertEquals(Numbers.derived(drawn.getStartXValue(0, b)), Numbers.parse(r.get("low")));
                assertEquals(Numbers.derived(drawn.getEndXValue(0, b)), Numbers.parse(r.get("high")));
                mass += Numbers.parse(r.get("y")) * (Numbers.parse(r.get("high")) - Numbers.parse(r.get("low")))
                        / (prior.high() - prior.low());
            }
            assertEquals(1, mass, 1e-9, "relative densities integrate to 1 over the prior's width");
            assertEquals(prior.low(), Numbers.parse(bins.get(0).get("low")), "the bins start at the prior's bound");
            assertEquals(prior.high(), Numbers.parse(bins.get(bins.size() - 1).get("high")), "and end at the other");
            CSVRecord credible = rows.stream().filter(r -> r.get("series").equals("credible " + prior.path()))
                    .findFirst().orElseThrow();
            assertEquals(Numbers.derived(posterior.quantile(j, 0.5)), Numbers.parse(credible.get("y")));
            assertEquals(Numbers.derived(posterior.quantile(j, 0.05)), Numbers.parse(credible.get("low")));
            assertEquals(Numbers.derived(posterior.quantile(j, 0.95)), Numbers.parse(credible.get("high")));
            assertEquals(prior.low(), grid.cell(j).getDomainAxis().getLowerBound(), "x axis on the prior bounds");
            assertEquals(prior.high(), grid.cell(j).getDomainAxis().getUpperBound());
        }
    }

    @Test
    void pairsCsvHoldsEveryParticleOfEveryPair() throws Exception {
        Posterior posterior = UncertaintyFixture.posterior(120, 3);
        ChartSpec spec = PosteriorCharts.charts(posterior, UncertaintyFixture.PRIORS, List.of()).get(1);
        assertEquals("posterior-pairs", spec.name());
        ChartWriter.write(spec, tmp);
        List<CSVRecord> rows = read(tmp.resolve("posterior-pairs.csv"));
        assertEquals(120 * 3, rows.size(), "three pairs of 120 particles");
        double[] p7 = posterior.particle(7);
        CSVRecord r = rows.stream().filter(x -> x.get("note").startsWith("particle 7;")
                && x.get("series").equals("governments.host.hawkishness vs behaviour.returns.fearPerDay"))
                .findFirst().orElseThrow();
        assertEquals(p7[1], Numbers.parse(r.get("x")));
        assertEquals(p7[2], Numbers.parse(r.get("y")));
        assertTrue(r.get("note").endsWith("weight " + Numbers.format(posterior.weights()[7])));
        XYPlot empty = ((GridPlot) spec.chart().getPlot()).cell(1);
        assertEquals(null, empty, "the upper triangle of the matrix stays empty");
    }

    @Test
    void oneParameterWritesNoPairsChart() throws Exception {
        Path charts = tmp.resolve("charts");
        PosteriorCharts.write(charts, UncertaintyFixture.posterior(200, 1), UncertaintyFixture.PRIORS, List.of());
        ChartFiles.assertChart(charts, "posterior-marginals");
        assertFalse(Files.exists(charts.resolve("posterior-pairs.png")));
        assertFalse(Files.exists(charts.resolve("predictive-check.png")), "no targets, no check");
        try (Stream<Path> files = Files.list(charts)) {
            assertEquals(3, files.count());
        }
    }

    @Test
    void predictiveCheckDrawsRatiosToTheObservedValueFittedFirst() throws Exception {
        List<Predictive> checks = UncertaintyFixture.checks();
        ChartSpec spec = PosteriorCharts.charts(UncertaintyFixture.posterior(100, 2), UncertaintyFixture.PRIORS,
                checks).get(2);
        ChartWriter.write(spec, tmp);
        List<CSVRecord> rows = read(tmp.resolve("predictive-check.csv"));
        assertEquals(checks.size(), rows.size());
        for (Predictive p : checks) {
            CSVRecord r = rows.stream().filter(x -> x.get("x").equals(p.target().id())).findFirst().orElseThrow();
            assertEquals(Numbers.derived(p.model().mean() / p.target().observed()), Numbers.parse(r.get("y")));
            assertEquals(Numbers.derived(p.model().p05() / p.target().observed()), Numbers.parse(r.get("low")));
            assertEquals(Numbers.derived(p.model().p95() / p.target().observed()), Numbers.parse(r.get("high")));
            assertEquals(p.fitted() ? "model (fitted)" : "model (held out)", r.get("series"));
        }
        XYPlot plot = (XYPlot) spec.chart().getPlot();
        assertInstanceOf(NumberAxis.class, plot.getDomainAxis(),
                "ratios between 0.5 and 1.5 read best on a linear axis");
        IntervalXYDataset drawn = (IntervalXYDataset) plot.getDataset(0);
        assertEquals(6, drawn.getItemCount(0), "six fitted targets");
        assertEquals(3, drawn.getItemCount(1), "three held out");
        assertEquals(checks.get(0).model().mean() / 2546, drawn.getXValue(0, 0));
        assertEquals(checks.get(0).model().p05() / 2546, drawn.getStartXValue(0, 0));
        assertEquals(8, drawn.getYValue(0, 0), "the first target on the top row");
        assertTrue(drawn.getYValue(1, 0) < drawn.getYValue(0, 5), "held-out targets below the fitted ones");
    }

    @Test
    void aWideSpreadGoesOnALogAxisAndWhatLiesBeyondIsMarked() throws Exception {
        ChartSpec spec = PosteriorCharts.charts(UncertaintyFixture.posterior(100, 2), UncertaintyFixture.PRIORS,
                UncertaintyFixture.wideChecks()).get(2);
        XYPlot plot = (XYPlot) spec.chart().getPlot();
        assertInstanceOf(LogAxis.class, plot.getDomainAxis());
        assertEquals(RatioScale.CLIP, plot.getDomainAxis().getUpperBound());
        ChartWriter.write(spec, tmp);
        List<CSVRecord> rows = read(tmp.resolve("predictive-check.csv"));
        CSVRecord strikes = rows.stream().filter(x -> x.get("x").equals("strikes-2024")).findFirst().orElseThrow();
        assertTrue(Numbers.parse(strikes.get("y")) > 30, "the CSV keeps the true ratio");
        assertTrue(strikes.get("note").contains("clipped"), strikes.get("note"));
        CSVRecord zero = rows.stream().filter(x -> x.get("x").equals("clashes-2024")).findFirst().orElseThrow();
        assertEquals("", zero.get("y"));
        assertEquals("observed is 0: no ratio", zero.get("note"));
        XYDataset edges = plot.getDataset(3);
        assertEquals(1, edges.getItemCount(1), "one arrowhead at the right edge");
        assertEquals(RatioScale.CLIP, edges.getXValue(1, 0));
    }

    @Test
    void sameInputsGiveTheSameBytesInEveryLocale() throws Exception {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            writeAll(tmp.resolve("a"));
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            writeAll(tmp.resolve("b"));
        } finally {
            Locale.setDefault(before);
        }
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(tmp.resolve("a"))) {
            files.forEach(f -> names.add(f.getFileName().toString()));
        }
        assertEquals(3 * 3 + 3 * 5, names.size(), "three posterior charts, a backtest overview and four targets");
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(name)),
                    Files.readAllBytes(tmp.resolve("b").resolve(name)), name);
        }
    }

    @Test
    void aParameterWithoutPriorIsRefused() {
        Posterior posterior = UncertaintyFixture.posterior(50, 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PosteriorCharts.write(tmp,
                posterior, UncertaintyFixture.PRIORS.subList(0, 2), List.of()));
        assertTrue(e.getMessage().contains("governments.host.hawkishness has no prior"), e.getMessage());
    }

    private static void writeAll(Path dir) throws IOException {
        PosteriorCharts.write(dir, UncertaintyFixture.posterior(150, 3), UncertaintyFixture.PRIORS,
                UncertaintyFixture.checks());
        BacktestCharts.write(dir, UncertaintyFixture.backtest());
    }

    static List<CSVRecord> read(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }
}
