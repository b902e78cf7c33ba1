package org.durand.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario document as a small mutable tree that remembers where every value came from
 * (file and line, or the {@code --set} option that wrote it), so that every problem found later
 * can be reported at its origin. Only three shapes exist: mappings, sequences and scalars.
 */
public abstract sealed class YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    private final Origin origin;

    YamlNode(Origin origin) {
        this.origin = origin;
    }

    /** Where this node was written. */
    public Origin origin() {
        return origin;
    }

    /** A short word for the node's shape, used in messages ("a mapping", "a list", "a value"). */
    public abstract String shape();

    /** A deep copy, so that merging never aliases two documents. */
    public abstract YamlNode copy();

    /** Where a value came from: a file and 1-based line, or a command-line option. */
    public record Origin(String source, int line) {
        /** "file.yaml line 12", or the option text for overrides. */
        public String describe() {
            return line > 0 ? source + " line " + line : source;
        }
    }

    /** A mapping with keys in document order. */
    public static final class Mapping extends YamlNode {
        private final Map<String, YamlNode> entries = new LinkedHashMap<>();
        private final Map<String, Origin> keyOrigins = new LinkedHashMap<>();

        public Mapping(Origin origin) {
            super(origin);
        }

        public void put(String key, YamlNode value, Origin keyOrigin) {
            entries.put(key, value);
            keyOrigins.put(key, keyOrigin);
        }

        public YamlNode get(String key) {
            return entries.get(key);
        }

        public void remove(String key) {
            entries.remove(key);
            keyOrigins.remove(key);
        }

        public Origin keyOrigin(String key) {
            return keyOrigins.getOrDefault(key, origin());
        }

        public Map<String, YamlNode> entries() {
            return Collections.unmodifiableMap(entries);
        }

        @Override
        public String shape() {
            return "a mapping";
        }

        @Override
        public Mapping copy() {
            Mapping m = new Mapping(origin());
            entries.forEach((k, v) -> m.put(k, v.copy(), keyOrigins.get(k)));
            return m;
        }
    }

    /** A list of nodes. */
    public static final class Sequence extends YamlNode {
        private final List<YamlNode> items = new ArrayList<>();

        public Sequence(Origin origin) {
            super(origin);
        }

        public void add(YamlNode item) {
            items.add(item);
        }

        public void set(int index, YamlNode item) {
            items.set(index, item);
        }

        public List<YamlNode> items() {
            return Collections.unmodifiableList(items);
        }

        @Override
        public String shape() {
            return "a list";
        }

        @Override
        public Sequence copy() {
            Sequence s = new Sequence(origin());
            items.forEach(i -> s.add(i.copy()));
            return s;
        }
    }

    /** A scalar kept as its source text; {@code null} text stands for YAML null. */
    public static final class Scalar extends YamlNode {
        private final String text;

        public Scalar(String text, Origin origin) {
            super(origin);
            this.text = text;
        }

        public String text() {
            return text;
        }

        public boolean isNull() {
            return text == null;
        }

        @Override
        public String shape() {
            return "a value";
        }

        @Override
        public Scalar copy() {
            return new Scalar(text, origin());
        }
    }
}
