package org.durand.output;

import java.nio.file.Path;

/**
 * A run folder that cannot be read: a file is missing or a field does not have the format
 * {@link RunFiles} declares. The message names the file, the line or key, the value and what is
 * allowed.
 */
public final class RunFolderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param file    the file at fault
     * @param where   line and column, or key path
     * @param value   the offending value
     * @param allowed what would have been accepted
     */
    public RunFolderException(Path file, String where, String value, String allowed) {
        super(file + (where.isEmpty() ? "" : (where.startsWith("line ") ? " " : ", ") + where) + (value.isEmpty() ? "" : ": '" + value + "'")
                + (allowed.isEmpty() ? "" : " — expected " + allowed));
    }

    /** A missing file or folder. */
    public RunFolderException(Path file, String problem) {
        super(file + ": " + problem);
    }

    private RunFolderException(String message) {
        super(message);
    }

    /**
     * The file and a sentence about it: {@code said(f, "is empty; run it again")} reads
     * "{@code <f> is empty; run it again}".
     */
    public static RunFolderException said(Path file, String sentence) {
        return new RunFolderException(file + " " + sentence);
    }
}
