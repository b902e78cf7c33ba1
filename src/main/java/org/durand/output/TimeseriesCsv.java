package org.durand.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;
import org.durand.experiment.RunResult;
import org.durand.io.AtomicFiles;
import org.durand.io.Csv;
import org.durand.io.Numbers;
import org.durand.observe.MonthlySeries;

/** {@code timeseries.csv}: one row per replicate, month and metric (tidy long format). */
public final class TimeseriesCsv {

    private TimeseriesCsv() {
    }

    /**
     * Writes the monthly series of {@code results} under the scenario name {@code scenario}, atomically.
     *
     * @throws IOException when the file cannot be written
     */
    public static void write(Path file, String scenario, List<RunResult> results) throws IOException {
        AtomicFiles.write(file, out -> {
            CSVPrinter csv = Csv.printer(out, RunFiles.header(RunFiles.TIMESERIES_COLUMNS));
            for (RunResult r : results) {
                MonthlySeries s = r.series();
                List<String> metrics = s.metrics().names();
                for (int m = 0; m < s.months().size(); m++) {
                    String month = s.months().get(m).toString();
                    for (String metric : metrics) {
                        csv.printRecord(scenario, r.rep(), r.seed(), month, metric, Numbers.format(s.value(metric, m)));
                    }
                }
            }
            csv.flush();
        });
    }
}
