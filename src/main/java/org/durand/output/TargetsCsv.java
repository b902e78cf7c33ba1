package org.durand.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;
import org.durand.calibrate.TargetResult;

/** {@code targets.csv}: each applicable target beside the model's mean and 95% CI. */
public final class TargetsCsv {

    private TargetsCsv() {
    }

    public static void write(Path file, List<TargetResult> results) throws IOException {
        AtomicFiles.write(file, out -> {
            CSVPrinter csv = Csv.printer(out, "target", "metric", "window_start", "window_end", "observed",
                    "tolerance_low", "tolerance_high", "model_mean", "ci95_low", "ci95_high", "relative_error",
                    "within_tolerance", "source");
            for (TargetResult r : results) {
                var t = r.target();
                csv.printRecord(t.id(), t.metric(), t.from(), t.to(), Numbers.format(t.observed()),
                        Numbers.format(t.low()), Numbers.format(t.high()), Numbers.format(r.model().mean()),
                        Numbers.format(r.model().ci95Low()), Numbers.format(r.model().ci95High()),
                        Numbers.format(r.relativeError()), r.within() ? "yes" : "no", t.source());
            }
            csv.flush();
        });
    }
}
