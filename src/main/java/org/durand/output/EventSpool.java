package org.durand.output;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVPrinter;
import org.durand.experiment.RunResult;
import org.durand.io.AtomicFiles;
import org.durand.io.Csv;
import org.durand.io.Numbers;
import org.durand.model.Event;

/**
 * Streams event logs to disk while replicates run, so memory does not grow with the number of
 * replicates: each finished replicate's events go to a part file in a scratch folder (the staging
 * folder's, {@link StagedFolder#scratch()}), and
 * {@link #finish} joins the parts in replicate order into {@code events.csv}. The result is
 * byte-identical whatever order the replicates finished in.
 */
public final class EventSpool implements AutoCloseable {

    /** The header of {@code events.csv}. */
    static final String[] HEADER = RunFiles.header(RunFiles.EVENTS_COLUMNS);

    private final Path dir;
    private final int reps;

    /**
     * @param dir  the folder for the part files (created if missing); nothing else should be in it
     * @param reps the number of replicates, numbered from 0
     */
    public EventSpool(Path dir, int reps) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.reps = reps;
    }

    /** Writes one replicate's events to its part file (safe to call from several threads). */
    public void accept(RunResult result) {
        try {
            AtomicFiles.write(part(result.rep()), out -> {
                CSVPrinter csv = Csv.rows(out);
                for (Event e : result.events()) {
                    print(csv, result.rep(), e);
                }
                csv.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Joins the part files in replicate order into {@code target}, atomically, and removes them. */
    public void finish(Path target) throws IOException {
        AtomicFiles.writeStream(target, out -> {
            Writer header = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            Csv.printer(header, HEADER).flush();
            header.flush();   // the parts follow on the same stream
            for (int r = 0; r < reps; r++) {
                Files.copy(part(r), out);
            }
        });
        close();
    }

    /** Removes whatever part files exist. */
    @Override
    public void close() throws IOException {
        for (int r = 0; r < reps; r++) {
            Files.deleteIfExists(part(r));
        }
    }

    static void print(CSVPrinter csv, int rep, Event e) throws IOException {
        csv.printRecord(rep, e.date(), e.actor(), e.target(), e.type().label(), e.type().cameo(),
                Numbers.format(e.type().goldstein()), Numbers.format(e.magnitude()), e.province());
    }

    private Path part(int rep) {
        return dir.resolve("events-" + rep + ".part");
    }
}
