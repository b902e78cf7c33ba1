package org.durand.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.durand.experiment.RunResult;
import org.durand.model.Event;
import org.durand.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spooled event log is joined in replicate order, whatever order replicates finished in. */
class EventSpoolTest {

    private static RunResult run(int rep, String actor) {
        Event e = new Event(LocalDate.of(2024, 1, rep + 1), actor, "B, \"the other\"", EventType.VISIT, 1.5, "");
        return new RunResult(rep, 100 + rep, null, List.of(e));
    }

    @Test
    void partsAreJoinedInReplicateOrderAndRemoved(@TempDir Path dir) throws Exception {
        try (EventSpool spool = new EventSpool(dir, 3)) {
            spool.accept(run(2, "c"));
            spool.accept(run(0, "a"));
            spool.accept(run(1, "b"));
            spool.finish(dir.resolve("events.csv"));
        }
        assertEquals(List.of(
                "rep,date,actor,target,type,cameo,goldstein,magnitude,province",
                "0,2024-01-01,a,\"B, \"\"the other\"\"\",visit,042,1.9,1.5,",
                "1,2024-01-02,b,\"B, \"\"the other\"\"\",visit,042,1.9,1.5,",
                "2,2024-01-03,c,\"B, \"\"the other\"\"\",visit,042,1.9,1.5,"),
                Files.readAllLines(dir.resolve("events.csv")));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("events.csv"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void closingWithoutFinishingLeavesNothing(@TempDir Path dir) throws Exception {
        try (EventSpool spool = new EventSpool(dir, 2)) {
            spool.accept(run(0, "a"));
        }
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }
}
