package org.durand.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one CSV dialect: what it writes, and that what it writes reads back. */
class CsvTest {

    @TempDir
    Path dir;

    private static final String TEXT = "id,note\n1,plain\n2,\"a, b\"\n3,\"say \"\"no\"\"\"\n4,\"two\nlines\"\n";

    @Test
    void quotesOnlyWhatNeedsItAndEndsLinesWithNewline() throws Exception {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = Csv.printer(w, "id", "note")) {
            p.printRecord(1, "plain");
            p.printRecord(2, "a, b");
            p.printRecord(3, "say \"no\"");
            p.printRecord(4, "two\nlines");
        }
        assertEquals(TEXT, w.toString());
        StringWriter appended = new StringWriter();
        try (CSVPrinter p = Csv.rows(appended)) {
            p.printRecord(5, "");
        }
        assertEquals("5,\n", appended.toString(), "rows appended under an existing header: no header again");
    }

    @Test
    void readsBackByColumnNameOrWithTheHeaderAsARow() throws Exception {
        List<String> notes = new ArrayList<>();
        List<Long> numbers = new ArrayList<>();
        try (CSVParser p = Csv.parse(new StringReader(TEXT))) {
            assertEquals(List.of("id", "note"), p.getHeaderNames());
            for (CSVRecord r : p) {
                notes.add(r.get("note"));
                numbers.add(r.getRecordNumber());
            }
        }
        assertEquals(List.of("plain", "a, b", "say \"no\"", "two\nlines"), notes);
        assertEquals(List.of(1L, 2L, 3L, 4L), numbers, "numbered from the first row after the header");
        try (CSVParser p = Csv.parseRows(new StringReader(TEXT))) {
            assertEquals(List.of("id", "note"), p.iterator().next().toList());
        }
    }

    @Test
    void writesAWholeTableAtomically() throws Exception {
        Path file = dir.resolve("table.csv");
        Csv.write(file, List.of("id", "note"), List.of(List.of("1", "plain"), List.of("2", "a, b")));
        assertEquals("id,note\n1,plain\n2,\"a, b\"\n", Files.readString(file));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList(), "no temporary file left beside it");
        }
    }
}
