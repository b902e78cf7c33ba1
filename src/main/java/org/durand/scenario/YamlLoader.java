package org.durand.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads a YAML file into a {@link YamlNode} tree, treating it strictly as data: no tag may
 * construct an object, duplicate keys are refused, and the bytes read, the nesting depth, the
 * aliases ({@link YamlLimits}) and the expanded tree are limited, so a hostile or mistaken file
 * fails fast with a message naming the file and line.
 * A document may start with {@code extends: other.yaml}: the other file (relative to this one) is
 * loaded first and this document is merged over it, mapping by mapping. File names written in the
 * extended file ({@link #FILE_KEYS}) are rebased so they stay relative to the file being loaded.
 */
public final class YamlLoader {

    /** A line's key (its leading spaces, then the key up to the colon), for {@link #misaligned}. */
    private static final Pattern KEY = Pattern.compile("^ *([^\\s#:][^:#]*?):(\\s|$)");
    /** A line holding a key with a value of its own on the same line. */
    private static final Pattern KEY_WITH_VALUE = Pattern.compile("^ *([^\\s#:][^:#]*?):[ \\t]+[^\\s#]");

    /** Largest number of nodes after aliases are expanded; guards against alias bombs. */
    static final int MAX_NODES = 50_000;
    /** Top-level keys whose values name files relative to the file that writes them. */
    static final Set<String> FILE_KEYS = Set.of("targets");
    /** Deepest chain of {@code extends}. */
    static final int MAX_EXTENDS_DEPTH = 8;

    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.MAP, Tag.SEQ);

    private YamlLoader() {
    }

    /** A file that was read, and the SHA-256 of its bytes as read. */
    public record Source(Path path, String sha256) {
    }

    /** Loads {@code file}, following {@code extends}, and returns the merged root mapping. */
    public static YamlNode.Mapping load(Path file) throws ScenarioException {
        return load(file, new ArrayList<>());
    }

    /**
     * Loads {@code file} as {@link #load(Path)} does and appends every file read to {@code read}:
     * {@code file} first (as given), then each file it extends (absolute), in the order read.
     *
     * @throws ScenarioException when a file is missing, too large, not UTF-8 or malformed, or the
     *                           document breaks a limit
     */
    public static YamlNode.Mapping load(Path file, List<Source> read) throws ScenarioException {
        return load(file, file, new Problem(file.toString(), "", "", "no such file"), new ArrayList<>(), read);
    }

    /** {@link #otherKind} of a sweep's manifest ({@code sweep.json}: a JSON document is YAML too). */
    public static final String SWEEP_MANIFEST = "the sweep.json of a sweep folder";
    /** {@link #otherKind} of an output folder's manifest ({@code manifest.json} of a run or a fit). */
    public static final String OUTPUT_MANIFEST = "the manifest.json of an output folder";

    /**
     * What kind of Durand file a document is, by its top-level keys, when it is not a scenario: "a
     * targets file" (only {@code targets}, a mapping), "a sweep plan" ({@code vary} or
     * {@code scenario} beside {@code design} or {@code outcomes}), a sweep's {@code sweep.json}
     * ({@code planHash} beside {@code columns}: {@link #SWEEP_MANIFEST}) or an output folder's
     * {@code manifest.json} ({@code tool} beside {@code command}: {@link #OUTPUT_MANIFEST}); empty
     * for anything else, which is read as a scenario (and any problem said key by key).
     */
    public static java.util.Optional<String> otherKind(YamlNode.Mapping root) {
        Set<String> keys = root.entries().keySet();
        if (keys.contains("planHash") && keys.contains("columns")) {
            return java.util.Optional.of(SWEEP_MANIFEST);
        }
        if (keys.contains("tool") && keys.contains("command")) {
            return java.util.Optional.of(OUTPUT_MANIFEST);
        }
        if (keys.contains("targets") && root.get("targets") instanceof YamlNode.Mapping && !keys.contains("calendar")
                && !keys.contains("governments")) {
            return java.util.Optional.of("a targets file");
        }
        if (keys.contains("vary") || keys.contains("scenario") && (keys.contains("design") || keys.contains("outcomes"))) {
            return java.util.Optional.of("a sweep plan");
        }
        return java.util.Optional.empty();
    }

    /**
     * What kind of Durand file {@code root} is, by its top-level keys: {@link #otherKind}'s kinds,
     * or "a scenario" when it has a calendar or governments; empty when none of these is recognised.
     */
    public static java.util.Optional<String> kind(YamlNode.Mapping root) {
        java.util.Optional<String> other = otherKind(root);
        if (other.isPresent() || root.get("calendar") == null && root.get("governments") == null) {
            return other;
        }
        return java.util.Optional.of("a scenario");
    }

    /**
     * Every file that loading {@code file} reads ({@code file} and its {@code extends} chain) with
     * the SHA-256 of its bytes, in the order read.
     */
    public static List<Source> sources(Path file) throws ScenarioException {
        List<Source> read = new ArrayList<>();
        load(file, read);
        return read;
    }

    /**
     * @param shown {@code file} as messages name it: as the user gave it, and a file it extends
     *              relative to that when it was relative
     */
    private static YamlNode.Mapping load(Path file, Path shown, Problem missing, List<Path> chain, List<Source> read)
            throws ScenarioException {
        String label = shown.toString();
        YamlLimits.Read bytes = YamlLimits.read(file, missing);
        read.add(new Source(file, bytes.sha256()));
        chain.add(file.toAbsolutePath().normalize());
        YamlNode root = parse(bytes.text(), label);
        if (!(root instanceof YamlNode.Mapping mapping)) {
            throw new ScenarioException(new Problem(root.origin().describe(), "", "",
                    "the document must be a mapping of keys to values, but it is " + root.shape()));
        }
        YamlNode ext = mapping.get("extends");
        if (ext == null) {
            return mapping;
        }
        if (!(ext instanceof YamlNode.Scalar s) || s.isNull() || s.text().isBlank()) {
            throw new ScenarioException(new Problem(mapping.keyOrigin("extends").describe(), "extends", "",
                    "must name another scenario file, relative to this one"));
        }
        Path parent = file.toAbsolutePath().getParent();
        Path base = parent.resolve(s.text()).normalize();
        if (chain.contains(base)) {
            List<String> names = new ArrayList<>();
            for (Path p : chain.subList(chain.indexOf(base), chain.size())) {
                names.add(p.getFileName().toString());
            }
            names.add(base.getFileName().toString());
            throw new ScenarioException(new Problem(s.origin().describe(), "extends", s.text(),
                    "the files extend each other in a cycle (" + String.join(" extends ", names) + "); a scenario "
                    + "may extend another only if that one does not, through others, extend it"));
        }
        if (chain.size() > MAX_EXTENDS_DEPTH) {
            throw new ScenarioException(new Problem(s.origin().describe(), "extends", s.text(),
                    "too many nested 'extends' (at most " + MAX_EXTENDS_DEPTH + ")"));
        }
        Path shownBase = shown.isAbsolute() || Path.of(s.text()).isAbsolute() ? base
                : (shown.getParent() == null ? Path.of(s.text()) : shown.getParent().resolve(s.text())).normalize();
        Problem noBase = new Problem(s.origin().describe(), "extends", s.text(), "no such file (looked for "
                + shownBase + ")");
        YamlNode.Mapping merged = load(base, shownBase, noBase, chain, read);
        java.util.Optional<String> kind = otherKind(merged);
        if (kind.isPresent()) {
            throw new ScenarioException(new Problem(s.origin().describe(), "extends", s.text(), "names "
                    + kind.get() + ", not a scenario (its top-level keys are " + String.join(", ", merged.entries().keySet())
                    + "); 'extends' takes another scenario file"));
        }
        rebase(merged, base.getParent(), parent);
        mapping.remove("extends");
        merge(merged, mapping);
        merged.remove("extends");
        return merged;
    }

    /** Rewrites relative file names of {@code from}'s folder so they are relative to {@code to}. */
    private static void rebase(YamlNode.Mapping m, Path from, Path to) {
        for (String key : FILE_KEYS) {
            if (m.get(key) instanceof YamlNode.Scalar s && !s.isNull() && !Path.of(s.text()).isAbsolute()) {
                String rebased = to.relativize(from.resolve(s.text()).normalize()).toString().replace('\\', '/');
                m.put(key, new YamlNode.Scalar(rebased, s.origin()), m.keyOrigin(key));
            }
        }
    }

    /** Parses YAML text (used for files and for override values). */
    public static YamlNode parse(String text, String label) throws ScenarioException {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(label)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(YamlLimits.MAX_ALIASES)
                .setCodePointLimit(YamlLimits.MAX_FILE_BYTES)
                .setUseMarks(true)
                .build();
        Optional<Node> node;
        try {
            YamlLimits.check(text, settings, label);
            node = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(Mark::getLine).orElse(-1) + 1;
            String what = e.getProblem() == null ? "malformed YAML" : e.getProblem();
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            Problem misaligned = misaligned(text, label, line, what);
            throw new ScenarioException(misaligned != null ? misaligned : new Problem(
                    new YamlNode.Origin(label, line).describe(), "", "", "malformed YAML: " + what + context));
        } catch (YamlEngineException e) {
            throw new ScenarioException(new Problem(label, "", "", "malformed YAML: " + firstLine(e.getMessage())));
        }
        if (node.isEmpty()) {
            throw new ScenarioException(new Problem(label, "", "", text.isBlank() ? "the file is empty"
                    : "the file holds only comments; it has no keys"));
        }
        return new Converter(label).convert(node.get(), 0);
    }

    /**
     * The parser's "expected <block end>, but found '<block mapping start>'" at {@code line} when
     * the key above it has a value of its own and starts further left: one of the two is indented
     * unlike its neighbours. When the line before the key above starts in the same column as
     * {@code line}, the key above moved left (it closed its mapping, and the next line then belongs
     * nowhere) and is blamed; otherwise {@code line} moved right. Said at the line blamed, by its
     * key, with both columns; null for any other problem.
     */
    static Problem misaligned(String text, String label, int line, String what) {
        if (!what.startsWith("expected <block end>, but found '<block mapping start>'") || line < 2) {
            return null;
        }
        String[] lines = text.split("\\R", -1);
        if (line > lines.length) {
            return null;
        }
        int above = keyLineBefore(lines, line - 1);
        Matcher aboveKey = above < 0 ? null : KEY_WITH_VALUE.matcher(lines[above]);
        int here = indent(lines[line - 1]);
        if (aboveKey == null || !aboveKey.find() || indent(lines[above]) >= here) {
            return null;
        }
        int before = keyLineBefore(lines, above);
        if (before >= 0 && indent(lines[before]) == here) {
            return new Problem(new YamlNode.Origin(label, above + 1).describe(), aboveKey.group(1), "",
                    "malformed YAML: this key starts in column " + (indent(lines[above]) + 1) + ", left of the keys "
                            + "around it (column " + (here + 1) + " on lines " + (before + 1) + " and " + line
                            + "); keys of one mapping start in the same column");
        }
        Matcher hereKey = KEY.matcher(lines[line - 1]);
        return new Problem(new YamlNode.Origin(label, line).describe(), hereKey.find() ? hereKey.group(1) : "", "",
                "malformed YAML: this line starts in column " + (here + 1) + ", right of the key above it ('"
                        + aboveKey.group(1) + "', line " + (above + 1) + ", column " + (indent(lines[above]) + 1)
                        + "), which has a value of its own; keys of one mapping start in the same column");
    }

    /** The index of the last line before {@code index} that is neither blank nor a comment, or −1. */
    private static int keyLineBefore(String[] lines, int index) {
        int i = index - 1;
        while (i >= 0 && (lines[i].isBlank() || lines[i].strip().startsWith("#"))) {
            i--;
        }
        return i;
    }

    private static int indent(String line) {
        return line.length() - line.stripLeading().length();
    }

    /** Merges {@code over} into {@code base}: mappings recursively, anything else replaced. */
    static void merge(YamlNode.Mapping base, YamlNode.Mapping over) {
        for (Map.Entry<String, YamlNode> e : over.entries().entrySet()) {
            YamlNode old = base.get(e.getKey());
            if (old instanceof YamlNode.Mapping om && e.getValue() instanceof YamlNode.Mapping nm) {
                // the merged mapping is the overriding file's: a key it then lacks is blamed where the
                // user changed it, not on the file it extends; each key keeps the line it came from
                YamlNode.Mapping combined = new YamlNode.Mapping(nm.origin());
                om.entries().forEach((k, v) -> combined.put(k, v, om.keyOrigin(k)));
                merge(combined, nm);
                base.put(e.getKey(), combined, over.keyOrigin(e.getKey()));
            } else {
                base.put(e.getKey(), e.getValue().copy(), over.keyOrigin(e.getKey()));
            }
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Turns SnakeYAML nodes into {@link YamlNode}s, refusing object tags and oversized trees. */
    private static final class Converter {
        private final String label;
        private final Map<Node, Boolean> onPath = new IdentityHashMap<>();
        private int count;

        Converter(String label) {
            this.label = label;
        }

        YamlNode convert(Node node, int depth) throws ScenarioException {
            YamlNode.Origin origin = origin(node);
            if (++count > MAX_NODES) {
                throw new ScenarioException(new Problem(origin.describe(), "", "", "the document expands to more than "
                        + MAX_NODES + " values (aliases repeat content); scenario files are far smaller"));
            }
            if (!PLAIN_TAGS.contains(node.getTag())) {
                throw new ScenarioException(new Problem(origin.describe(), "", node.getTag().getValue(),
                        "tag '" + node.getTag().getValue() + "' is not allowed: scenario files hold plain data "
                                + "(text, numbers, true/false, lists, mappings)"));
            }
            if (onPath.put(node, Boolean.TRUE) != null) {
                throw new ScenarioException(new Problem(origin.describe(), "", "", "a recursive alias is not allowed"));
            }
            try {
                if (node instanceof ScalarNode s) {
                    return new YamlNode.Scalar(s.getTag() == Tag.NULL ? null : s.getValue(), origin);
                }
                if (node instanceof SequenceNode s) {
                    return sequence(s, origin, depth);
                }
                return mapping((MappingNode) node, origin, depth);
            } finally {
                onPath.remove(node);
            }
        }

        private YamlNode sequence(SequenceNode s, YamlNode.Origin origin, int depth) throws ScenarioException {
            YamlNode.Sequence seq = new YamlNode.Sequence(origin);
            for (Node item : s.getValue()) {
                seq.add(convert(item, depth + 1));
            }
            return seq;
        }

        private YamlNode mapping(MappingNode m, YamlNode.Origin origin, int depth) throws ScenarioException {
            YamlNode.Mapping map = new YamlNode.Mapping(origin);
            List<Problem> problems = new ArrayList<>();
            for (NodeTuple t : m.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode key) || t.getKeyNode().getTag() == Tag.NULL) {
                    problems.add(new Problem(origin(t.getKeyNode()).describe(), "", "", "keys must be plain names"));
                    continue;
                }
                if (map.get(key.getValue()) != null) {
                    problems.add(new Problem(origin(key).describe(), key.getValue(), "", "duplicate key; it is "
                            + "already set at " + map.keyOrigin(key.getValue()).describe()));
                    continue;
                }
                map.put(key.getValue(), convert(t.getValueNode(), depth + 1), origin(key));
            }
            if (!problems.isEmpty()) {
                throw new ScenarioException(problems);
            }
            return map;
        }

        private YamlNode.Origin origin(Node node) {
            int line = node.getStartMark().map(Mark::getLine).orElse(-1) + 1;
            return new YamlNode.Origin(label, line);
        }
    }
}
