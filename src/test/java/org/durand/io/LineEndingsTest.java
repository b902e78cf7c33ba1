package org.durand.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineEndingsTest {

    @Test
    void theEndingMostLinesHaveIsTheFilesOwn() {
        assertEquals(LineEndings.CRLF, LineEndings.of("a\r\nb\r\nc\n"));
        assertEquals(LineEndings.LF, LineEndings.of("a\nb\nc\r\n"));
        assertEquals(LineEndings.LF, LineEndings.of("a\r\nb\n"), "a tie keeps the line feed");
        assertEquals(LineEndings.LF, LineEndings.of("no line end"));
        assertEquals(LineEndings.LF, LineEndings.of("\n"));
        assertEquals(LineEndings.CRLF, LineEndings.of("\r\n"));
    }

    @Test
    void everyLineGetsTheEnding() {
        assertEquals("a\r\nb\r\n\r\nc", LineEndings.convert("a\nb\r\n\nc", LineEndings.CRLF));
        assertEquals("a\nb\n\nc", LineEndings.convert("a\nb\r\n\nc", LineEndings.LF));
    }
}
