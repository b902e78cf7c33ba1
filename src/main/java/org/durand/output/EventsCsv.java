package org.durand.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;
import org.durand.experiment.RunResult;
import org.durand.model.Event;

/** {@code events.csv}: every event of every replicate, with CAMEO code and Goldstein weight. */
public final class EventsCsv {

    private EventsCsv() {
    }

    public static void write(Path file, List<RunResult> results) throws IOException {
        AtomicFiles.write(file, out -> {
            CSVPrinter csv = Csv.printer(out, "rep", "date", "actor", "target", "type", "cameo", "goldstein",
                    "magnitude", "province");
            for (RunResult r : results) {
                for (Event e : r.events()) {
                    csv.printRecord(r.rep(), e.date(), e.actor(), e.target(), e.type().label(), e.type().cameo(),
                            Numbers.format(e.type().goldstein()), Numbers.format(e.magnitude()), e.province());
                }
            }
            csv.flush();
        });
    }
}
