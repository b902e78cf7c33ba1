package org.durand.chart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tolerant view of {@code manifest.json}: every accessor has a fallback for missing fields. */
final class Manifest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final JsonNode root;

    private Manifest(JsonNode root) {
        this.root = root;
    }

    /** Reads the manifest; a missing file gives an empty manifest. */
    static Manifest read(Path file) throws IOException {
        return new Manifest(Files.isRegularFile(file) ? JSON.readTree(file.toFile()) : MissingNode.getInstance());
    }

    /** The scenario name, or {@code fallback} when absent. */
    String scenarioName(String fallback) {
        String name = root.path("scenario").path("name").asText("");
        return name.isBlank() ? fallback : name;
    }

    /** The scenario description, possibly empty. */
    String description() {
        return root.path("scenario").path("description").asText("");
    }

    /** The base seed, or {@code null} when absent. */
    String baseSeed() {
        JsonNode base = root.path("seeds").path("base");
        return base.isMissingNode() || base.isNull() ? null : base.asText();
    }

    /** The resolved scenario parameters (possibly a missing node). */
    JsonNode parameters() {
        return root.path("parameters");
    }

    /** Display name for an actor role ({@code host} or {@code haven}) from an optional {@code actors} object. */
    String actorName(String role, String fallback) {
        String name = root.path("actors").path(role).asText("");
        return name.isBlank() ? fallback : name;
    }

    /** The whole manifest pretty-printed, or an empty string. */
    String pretty() throws IOException {
        return root.isMissingNode() ? "" : JSON.writeValueAsString(root);
    }
}
