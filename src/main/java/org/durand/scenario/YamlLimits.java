package org.durand.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;

/**
 * The limits on what a YAML file may be, enforced on what is read rather than on what the file
 * system reports: at most {@link #MAX_FILE_BYTES} bytes are read from any file (a device such as
 * {@code /dev/zero} or an endless pipe is refused after that many), collections nest at most
 * {@link #MAX_DEPTH} deep and a document holds at most {@link #MAX_ALIASES} aliases. Each refusal
 * names the file and, where there is one, the line.
 */
final class YamlLimits {

    /** Most bytes read from one file; the baseline scenario is about 30 KB. */
    static final int MAX_FILE_BYTES = 1_000_000;
    /** Deepest nesting of mappings and lists; scenario files nest about five deep. */
    static final int MAX_DEPTH = 50;
    /** Most aliases in one document; scenario files need none. */
    static final int MAX_ALIASES = 20;

    /** A file's text and the SHA-256 of its bytes as read. */
    record Read(String text, String sha256) {
    }

    private YamlLimits() {
    }

    /**
     * Reads at most {@link #MAX_FILE_BYTES} bytes of UTF-8 text from {@code file}.
     *
     * @param file  the file to read
     * @param missing the problem to report when the file does not exist (naming the file, or the key that names it)
     * @throws ScenarioException when the file is missing, a folder, too long, unreadable or not UTF-8
     */
    static Read read(Path file, Problem missing) throws ScenarioException {
        String label = file.toString();
        if (Files.isDirectory(file)) {
            throw new ScenarioException(new Problem(label, "", "", "is a folder; give a scenario file (.yaml)"));
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(missing);
        } catch (AccessDeniedException e) {
            throw new ScenarioException(new Problem(label, "", "", "cannot be read: permission denied"));
        } catch (IOException e) {
            throw new ScenarioException(new Problem(label, "", "", "cannot be read: " + e.getMessage()));
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw new ScenarioException(new Problem(label, "", "", "holds more than " + MAX_FILE_BYTES
                    + " bytes; scenario and targets files may be at most " + MAX_FILE_BYTES + " bytes"));
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new Read(text, sha256(bytes));
        } catch (CharacterCodingException e) {
            throw new ScenarioException(new Problem(label, "", "", "is not UTF-8 text"));
        }
    }

    /**
     * Walks the document's parse events (which needs no recursion) and refuses nesting deeper
     * than {@link #MAX_DEPTH} and more than {@link #MAX_ALIASES} aliases, before the document is
     * composed into a tree (which recurses, once per level).
     *
     * @throws ScenarioException naming the file and the line of the offending collection or alias
     * @throws org.snakeyaml.engine.v2.exceptions.YamlEngineException when the text is not YAML
     */
    static void check(String text, LoadSettings settings, String label) throws ScenarioException {
        int depth = 0;
        int aliases = 0;
        for (Event e : new Parse(settings).parseString(text)) {
            if (e instanceof CollectionStartEvent) {
                if (++depth > MAX_DEPTH) {
                    throw new ScenarioException(new Problem(where(label, e), "", "", "lists and mappings are "
                            + "nested more than " + MAX_DEPTH + " levels deep here; scenario files nest a few levels"));
                }
            } else if (e instanceof CollectionEndEvent) {
                depth--;
            } else if (e instanceof AliasEvent a && ++aliases > MAX_ALIASES) {
                throw new ScenarioException(new Problem(where(label, e), "", "", "alias *" + a.getAlias().getValue()
                        + " is one more than the " + MAX_ALIASES + " aliases a file may hold; scenario files need "
                        + "none: write the values out"));
            }
        }
    }

    /** The lowercase hexadecimal SHA-256 of {@code bytes}. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String where(String label, Event e) {
        int line = e.getStartMark().map(Mark::getLine).orElse(-1) + 1;
        return new YamlNode.Origin(label, line).describe();
    }
}
