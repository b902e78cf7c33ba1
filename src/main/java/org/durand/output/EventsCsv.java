package org.durand.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;
import org.durand.experiment.RunResult;
import org.durand.io.AtomicFiles;
import org.durand.io.Csv;
import org.durand.model.Event;

/** {@code events.csv} from results held in memory (runs stream it with {@link EventSpool}). */
public final class EventsCsv {

    private EventsCsv() {
    }

    /**
     * Writes the events of every result, in the order given, atomically.
     *
     * @throws IOException when the file cannot be written
     */
    public static void write(Path file, List<RunResult> results) throws IOException {
        AtomicFiles.write(file, out -> {
            CSVPrinter csv = Csv.printer(out, EventSpool.HEADER);
            for (RunResult r : results) {
                for (Event e : r.events()) {
                    EventSpool.print(csv, r.rep(), e);
                }
            }
            csv.flush();
        });
    }
}
