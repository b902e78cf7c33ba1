package org.durand.io;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one CSV dialect Durand writes and reads: RFC 4180 (fields quoted only when they hold a comma,
 * a quote or a line end; quotes doubled), {@code '\n'} line ends, UTF-8, and a header row naming
 * the columns. Every CSV file and table of Durand is written and read through this class.
 */
public final class Csv {

    /** The dialect: Commons CSV's RFC 4180 format with {@code '\n'} line ends. */
    private static final CSVFormat DIALECT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
    /** The dialect read with the first row as the column names. */
    private static final CSVFormat HEADED = DIALECT.builder().setHeader().setSkipHeaderRecord(true).get();

    private Csv() {
    }

    /** A printer over {@code out} that has already written {@code header}. */
    public static CSVPrinter printer(Writer out, String... header) throws IOException {
        return DIALECT.builder().setHeader(header).get().print(out);
    }

    /** A printer over {@code out} that writes no header: for rows appended to a file that has one. */
    public static CSVPrinter rows(Writer out) throws IOException {
        return DIALECT.print(out);
    }

    /**
     * Writes {@code header} and {@code rows} to {@code target}, atomically ({@link AtomicFiles}).
     *
     * @param rows the rows, each with one field per column of the header
     */
    public static void write(Path target, List<String> header, List<? extends List<String>> rows) throws IOException {
        AtomicFiles.write(target, out -> {
            CSVPrinter csv = printer(out, header.toArray(new String[0]));
            for (List<String> row : rows) {
                csv.printRecord(row);
            }
            csv.flush();
        });
    }

    /**
     * The rows of {@code in} after the header, whose fields are named by it
     * ({@code record.get("metric")}); record numbers start at 1 with the first row after the header.
     */
    public static CSVParser parse(Reader in) throws IOException {
        return HEADED.parse(in);
    }

    /** Every row of {@code in}, the header included, for a reader that checks the header itself. */
    public static CSVParser parseRows(Reader in) throws IOException {
        return DIALECT.parse(in);
    }
}
