package org.durand.gui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The Console's About tab: {@code about.html} beside this class, in the sections of NetLogo's Info tab. */
final class About {

    private About() {
    }

    /**
     * The About page as HTML.
     *
     * @throws IllegalStateException if the page is missing (a broken build)
     */
    static String html() {
        try (InputStream in = About.class.getResourceAsStream("about.html")) {
            if (in == null) {
                throw new IllegalStateException("Durand was built without its About page");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
