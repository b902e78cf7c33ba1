package org.durand.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;
import org.durand.experiment.TargetResult;
import org.durand.io.AtomicFiles;
import org.durand.io.Csv;
import org.durand.io.Numbers;

/** {@code targets.csv}: each applicable target beside the model's mean and 95% CI. */
public final class TargetsCsv {

    private TargetsCsv() {
    }

    /**
     * Writes each target with the model's statistics, atomically.
     *
     * @throws IOException when the file cannot be written
     */
    public static void write(Path file, List<TargetResult> results) throws IOException {
        AtomicFiles.write(file, out -> {
            CSVPrinter csv = Csv.printer(out, RunFiles.header(RunFiles.TARGETS_COLUMNS));
            for (TargetResult r : results) {
                var t = r.target();
                var m = r.model();
                csv.printRecord(t.id(), t.metric(), t.from(), t.to(), t.statistic(),
                        t.perFrom() == null ? "" : t.perFrom(), t.perTo() == null ? "" : t.perTo(),
                        Numbers.format(t.atLeast()), Numbers.format(t.observed()),
                        Numbers.format(t.low()), Numbers.format(t.high()), Numbers.format(t.weight()),
                        Numbers.statistic(m.mean()), Numbers.statistic(m.sd()), Numbers.statistic(m.median()),
                        Numbers.statistic(m.p05()), Numbers.statistic(m.p95()), Numbers.statistic(m.ci95Low()),
                        Numbers.statistic(m.ci95High()), m.n(), Numbers.statistic(r.relativeError()),
                        r.within() ? "yes" : "no", t.source());
            }
            csv.flush();
        });
    }
}
