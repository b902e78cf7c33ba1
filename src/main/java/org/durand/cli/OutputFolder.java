package org.durand.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.durand.output.StagedFolder;

/**
 * Opening a command's output folder ({@link StagedFolder}) with the checks every command makes:
 * the folder is usable and not being written by another command, and it does not hold a run the
 * command would replace by mistake (a folder with a {@code manifest.json} of another kind) unless
 * {@code --force} is given.
 */
final class OutputFolder {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OutputFolder() {
    }

    /**
     * Locks {@code dir} and gives its staging folder.
     *
     * @param dir    the folder as given (or defaulted)
     * @param option the option that names it, for messages ({@code --out})
     * @param owned  the names the command writes into the folder
     * @throws Main.BadInput when the folder cannot be used
     */
    static StagedFolder open(Path dir, String option, Set<String> owned) throws Main.BadInput, IOException {
        try {
            StagedFolder staged = StagedFolder.open(dir, owned);
            Faults.writing(dir, staged);
            return staged;
        } catch (StagedFolder.Refused e) {
            throw new Main.BadInput(option + ": " + e.getMessage());
        }
    }

    /**
     * Refuses an output folder that holds another output: unless {@code force}, any earlier output
     * that {@code ours} does not accept as the command's own; even with {@code force}, an output of
     * another kind (a sweep, or a manifest of another command, or another command's files), since
     * writing over it would leave the folder holding two outputs mixed, the command's files beside
     * the other's.
     *
     * @param staged  the open output folder
     * @param force   whether {@code --force} was given
     * @param ours    whether the earlier manifest is of the same kind of output (a rerun)
     * @param command the {@code command} a manifest of the same kind records ({@code run},
     *                {@code calibrate}, ...), or null when the command writes no manifest
     * @param what    what the folder would be replaced with, for the message
     * @throws Main.BadInput when the folder holds another output that may not be replaced
     */
    static void refuseOtherRun(StagedFolder staged, boolean force, Predicate<JsonNode> ours, String command,
                               String what) throws Main.BadInput {
        Path manifest = staged.target().resolve("manifest.json");
        String elsewhere = ": give --out DIR for another folder (--force replaces only an output of the same kind, "
                + "so that no folder holds two mixed)";
        if (Files.exists(staged.target().resolve("sweep.json"))) {
            throw new Main.BadInput(staged.given() + " holds a sweep (sweep.json, runs.csv), not " + what + elsewhere);
        }
        if (!Files.exists(manifest)) {
            List<String> others = othersFiles(staged.target(), staged.owned());
            java.util.Optional<String> kind = FileKinds.folder(others);
            if (kind.isPresent()) {
                throw new Main.BadInput(staged.given() + " holds " + kind.get() + ", not " + what + elsewhere);
            }
            if (!force && !others.isEmpty()) {
                throw new Main.BadInput(staged.given() + " holds files that are not a Durand output ("
                        + String.join(", ", others.subList(0, Math.min(3, others.size())))
                        + (others.size() > 3 ? " and " + (others.size() - 3) + " more" : "") + "), not " + what
                        + ": give --out DIR for a new or empty folder, or --force to write Durand's files among them");
            }
            return;
        }
        JsonNode m;
        String held;
        String noun = FileKinds.ofCommand("run");
        try {
            m = JSON.readTree(manifest.toFile());
            if (m == null || !m.isObject()) {
                throw new IOException("not a JSON object");   // empty or cut short
            }
            held = " (" + m.path("command").asText("?") + " of " + m.path("scenario").path("file").asText("?")
                    + ", see its manifest.json)";
            noun = FileKinds.ofCommand(m.path("command").asText(""));
        } catch (IOException e) {
            m = null;
            held = " whose manifest.json cannot be read";
        }
        // an unreadable manifest is taken for the command's own broken output, unless the command writes none
        if (m == null ? command == null : !m.path("command").asText("").equals(command)) {
            throw new Main.BadInput(staged.given() + " holds " + noun + held + ", not " + what + elsewhere);
        }
        if (force) {
            return;
        }
        if (m == null || !ours.test(m)) {
            throw new Main.BadInput(staged.given() + " holds " + noun + held + ", "
                    + "not " + what + ": give --out DIR for another folder, or --force to replace that "
                    + noun.substring(noun.indexOf(' ') + 1) + "'s files (files that are not Durand's stay)");
        }
    }

    /**
     * The names in {@code dir} that the command does not write ({@code owned}) and that are not
     * hidden, sorted; empty when the folder is missing or holds only the command's own files.
     */
    private static List<String> othersFiles(Path dir, Set<String> owned) throws Main.BadInput {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".") && !owned.contains(n))
                    .sorted().toList();
        } catch (IOException e) {
            throw new Main.BadInput(dir + ": cannot list the folder (" + e.getMessage() + ")");
        }
    }

    /** Whether a manifest records a run of the same scenario file: the same path, or the same bytes. */
    static Predicate<JsonNode> sameScenario(Path file, String sha256) {
        return m -> {
            if (!m.path("command").asText().equals("run")) {
                return false;
            }
            JsonNode sc = m.path("scenario");
            if (sc.path("sha256").asText().equals(sha256)) {
                return true;
            }
            try {
                String recorded = sc.path("file").asText("");
                return !recorded.isEmpty()
                        && Path.of(recorded).toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize());
            } catch (java.nio.file.InvalidPathException e) {
                return false;
            }
        };
    }
}
