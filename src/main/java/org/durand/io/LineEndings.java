package org.durand.io;

/**
 * The line ending of a user's text file, so that a command rewriting part of it (the tables
 * section of a README) writes its lines the way the rest of the file ends them: a file saved with
 * CRLF line endings (Windows) keeps CRLF on every line, not a mixture.
 */
public final class LineEndings {

    /** A line feed alone, as Linux and macOS end lines. */
    public static final String LF = "\n";
    /** Carriage return and line feed, as Windows ends lines. */
    public static final String CRLF = "\r\n";

    private LineEndings() {
    }

    /**
     * The ending most lines of {@code text} have: {@link #CRLF} when more lines end in CRLF than in
     * a line feed alone, else {@link #LF} (also for a text without line endings).
     */
    public static String of(String text) {
        int crlf = 0;
        int lf = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (i > 0 && text.charAt(i - 1) == '\r') {
                crlf++;
            } else {
                lf++;
            }
        }
        return crlf > lf ? CRLF : LF;
    }

    /**
     * {@code text}, whose lines end in a line feed (with or without a carriage return before it),
     * with every line ending made {@code ending}.
     *
     * @param ending {@link #LF} or {@link #CRLF}
     */
    public static String convert(String text, String ending) {
        String lf = text.replace(CRLF, LF);
        return ending.equals(LF) ? lf : lf.replace(LF, ending);
    }
}
