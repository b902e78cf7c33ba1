package org.durand.io;

import java.io.IOException;
import java.io.Writer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The one CSV dialect Durand writes: RFC 4180 quoting, a header row, '\n' line ends. */
public final class Csv {

    private Csv() {
    }

    /** A printer over {@code out} that has already written {@code header}. */
    public static CSVPrinter printer(Writer out, String... header) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator("\n").get().print(out);
    }
}
