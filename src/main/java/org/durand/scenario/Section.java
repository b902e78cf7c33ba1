package org.durand.scenario;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;


/**
 * Typed, validating access to one mapping of a scenario tree. Each accessor states the allowed
 * range; a wrong value is recorded as a {@link Problem} (file, line, key, value, what is allowed)
 * and a harmless stand-in is returned so that reading goes on and every problem is reported in
 * one pass. {@link #done()} reports keys nobody asked for, with the nearest valid key.
 */
final class Section {

    /** A YAML 1.2 core-schema decimal number: no hex, no Java suffixes, no NaN or infinities. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

    /** The start of a message about a value written as {@code ""}. */
    private static final String EMPTY = "is empty; ";
    private static final String TEXT = "allowed: a text";
    private static final String DATE = "allowed: a date written YYYY-MM-DD";

    private final YamlNode.Mapping map;
    private final String path;
    private final List<Problem> problems;
    private final Set<String> known = new LinkedHashSet<>();
    private final Map<String, ParameterValues.Value> values;

    /** A section whose reads are not recorded (the targets file). */
    Section(YamlNode.Mapping map, String path, List<Problem> problems) {
        this(map, path, problems, null);
    }

    /** A section that records every registry parameter it reads into {@code values}. */
    Section(YamlNode.Mapping map, String path, List<Problem> problems, Map<String, ParameterValues.Value> values) {
        this.map = map;
        this.path = path;
        this.problems = problems;
        this.values = values;
    }

    String path() {
        return path;
    }

    String key(String k) {
        return path.isEmpty() ? k : path + "." + k;
    }

    /** Whether key {@code k} is written, even with no value ({@code k:} alone, which the readers refuse). */
    boolean has(String k) {
        known.add(k);
        return map.get(k) != null;
    }

    /** A required number in [min, max]. */
    double number(String k, double min, double max) {
        YamlNode.Scalar s = scalar(k, true, allowedNumber(min, max));
        return s == null ? min : parseNumber(k, s, min, max, false);
    }

    /** An optional number in [min, max], {@code fallback} when absent. */
    double number(String k, double fallback, double min, double max) {
        YamlNode.Scalar s = scalar(k, false, allowedNumber(min, max));
        return s == null ? fallback : parseNumber(k, s, min, max, false);
    }

    /** A required whole number in [min, max]. */
    int integer(String k, int min, int max) {
        YamlNode.Scalar s = scalar(k, true, allowedWhole(min, max));
        return checkWhole(k, s == null ? min : parseNumber(k, s, min, max, true), min, max);
    }

    /** An optional whole number in [min, max]. */
    int integer(String k, int fallback, int min, int max) {
        YamlNode.Scalar s = scalar(k, false, allowedWhole(min, max));
        return checkWhole(k, s == null ? fallback : parseNumber(k, s, min, max, true), min, max);
    }

    String text(String k) {
        YamlNode.Scalar s = scalar(k, true, TEXT);
        return s == null ? "" : s.text();
    }

    String text(String k, String fallback) {
        YamlNode.Scalar s = scalar(k, false, TEXT);
        return s == null ? fallback : s.text();
    }

    /** A required text that must be one of {@code allowed}. */
    String choice(String k, List<String> allowed) {
        String values = "allowed values: " + String.join(", ", allowed);
        YamlNode.Scalar s = scalar(k, true, values);
        if (s == null) {
            return allowed.get(0);
        }
        if (!allowed.contains(s.text())) {
            problem(s, k, s.text(), (s.text().isBlank() ? EMPTY : "") + values + suggestion(s.text(), allowed));
            return allowed.get(0);
        }
        return s.text();
    }

    boolean bool(String k, boolean fallback) {
        YamlNode.Scalar s = scalar(k, false, "allowed: true or false");
        if (s == null) {
            return fallback;
        }
        String t = s.text().toLowerCase(Locale.ROOT);
        if (t.equals("true") || t.equals("false")) {
            return Boolean.parseBoolean(t);
        }
        problem(s, k, s.text(), (t.isBlank() ? EMPTY : "") + "must be true or false");
        return fallback;
    }

    LocalDate date(String k) {
        YamlNode.Scalar s = scalar(k, true, DATE);
        return s == null ? LocalDate.of(2000, 1, 1) : parseDate(k, s);
    }

    LocalDate date(String k, LocalDate fallback) {
        YamlNode.Scalar s = scalar(k, false, DATE);
        return s == null ? fallback : parseDate(k, s);
    }

    /** A required nested mapping. */
    Section section(String k) {
        known.add(k);
        YamlNode n = map.get(k);
        if (n instanceof YamlNode.Mapping m) {
            return new Section(m, key(k), problems, values);
        }
        if (n == null) {
            problems.add(new Problem(map.origin().describe(), key(k), "", "is missing; it must be a mapping"));
        } else {
            problem(n, k, text(n), "must be a mapping of keys to values, but it is " + n.shape());
        }
        return new Section(new YamlNode.Mapping(map.origin()), key(k), new ArrayList<>(), null);
    }

    /** An optional nested mapping; an empty one when absent. */
    Section optionalSection(String k) {
        return has(k) ? section(k) : new Section(new YamlNode.Mapping(map.origin()), key(k), problems, values);
    }

    /** A mapping of ids to mappings, in document order; ids must be simple names. */
    Map<String, Section> entries(String k, boolean required) {
        Section outer = required ? section(k) : optionalSection(k);
        Map<String, Section> out = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> e : outer.map.entries().entrySet()) {
            outer.known.add(e.getKey());
            if (!e.getKey().matches("[A-Za-z][A-Za-z0-9_-]*")) {
                problems.add(new Problem(outer.map.keyOrigin(e.getKey()).describe(), outer.key(e.getKey()), "",
                        "ids must start with a letter and use letters, digits, '-' or '_'"));
            }
            if (e.getValue() instanceof YamlNode.Mapping m) {
                out.put(e.getKey(), new Section(m, outer.key(e.getKey()), problems, values));
            } else {
                outer.problem(e.getValue(), e.getKey(), text(e.getValue()), "must be a mapping of keys to values");
            }
        }
        return out;
    }

    /** A mapping of ids to numbers in [min, max]. */
    Map<String, Double> numberMap(String k, double min, double max) {
        Section inner = section(k);
        Map<String, Double> out = new LinkedHashMap<>();
        for (String id : inner.map.entries().keySet()) {
            out.put(id, inner.number(id, min, max));
        }
        return out;
    }

    /** A list of plain texts (an empty list is allowed). */
    List<String> textList(String k) {
        known.add(k);
        YamlNode n = map.get(k);
        List<String> out = new ArrayList<>();
        if (n == null) {
            problems.add(new Problem(map.origin().describe(), key(k), "", "is missing; it must be a list, for example [a, b]"));
        } else if (n instanceof YamlNode.Scalar sc && sc.isNull()) {
            problem(n, k, "", "has no value; allowed: a list, for example [a, b]");
        } else if (n instanceof YamlNode.Sequence s) {
            for (YamlNode item : s.items()) {
                if (item instanceof YamlNode.Scalar sc && !sc.isNull()) {
                    out.add(sc.text());
                } else {
                    problem(item, k, text(item), "list items must be plain names");
                }
            }
        } else {
            problem(n, k, text(n), "must be a list, for example [a, b]");
        }
        return out;
    }

    // ---- registry parameters: ranges and fallbacks from the entry, every read recorded --------

    /** A number described by {@code p}; required unless {@code p} has a fallback. */
    double number(Parameter p) {
        return p.optional() ? number(p, Double.parseDouble(p.fallback())) : record(p, number(own(p), p.min(), p.max()));
    }

    /** An optional number described by {@code p}, {@code fallback} when absent (a fallback that depends on
     * other values). */
    double number(Parameter p, double fallback) {
        boolean stated = has(own(p));
        return record(p, number(own(p), fallback, p.min(), p.max()), stated);
    }

    /** A whole number described by {@code p}. */
    int integer(Parameter p) {
        return p.optional() ? integer(p, Integer.parseInt(p.fallback())) : (int) record(p, integer(own(p), (int) p.min(),
                (int) p.max()));
    }

    /** An optional whole number described by {@code p}, {@code fallback} when absent. */
    int integer(Parameter p, int fallback) {
        boolean stated = has(own(p));
        return (int) record(p, integer(own(p), fallback, (int) p.min(), (int) p.max()), stated);
    }

    /** A text described by {@code p}. */
    String text(Parameter p) {
        boolean stated = has(own(p));
        String v = p.optional() ? text(own(p), p.fallback()) : text(own(p));
        if (!p.optional() && stated && v.isBlank() && map.get(own(p)) instanceof YamlNode.Scalar s && !s.isNull()) {
            problem(s, own(p), "", EMPTY + "a value is required (" + p.description() + ")");
        }
        return recordText(p, v, stated);
    }

    /** One of {@code p}'s choices. */
    String choice(Parameter p) {
        return recordText(p, choice(own(p), p.choices()), true);
    }

    /** A switch described by {@code p}. */
    boolean bool(Parameter p) {
        boolean stated = has(own(p));
        return Boolean.parseBoolean(recordText(p, String.valueOf(bool(own(p), Boolean.parseBoolean(p.fallback()))),
                stated));
    }

    /** A required date described by {@code p}. */
    LocalDate date(Parameter p) {
        return LocalDate.parse(recordText(p, date(own(p)).toString(), true));
    }

    /** An optional date described by {@code p}, {@code fallback} when absent. */
    LocalDate date(Parameter p, LocalDate fallback) {
        boolean stated = has(own(p));
        return LocalDate.parse(recordText(p, date(own(p), fallback).toString(), stated));
    }

    /** An id that must be one of {@code allowed}; empty when absent and {@code p} is optional. */
    String reference(Parameter p, Set<String> allowed) {
        boolean stated = has(own(p));
        if (p.optional() && !stated) {
            return recordText(p, p.fallback(), false);
        }
        String ids = "allowed: " + listOrNone(allowed);
        YamlNode.Scalar s = scalar(own(p), true, ids);
        String v = s == null ? "" : s.text();
        if (s != null && !allowed.contains(v)) {
            problemAtKey(p.key(), v, (v.isBlank() ? EMPTY : "names nothing defined; ") + ids + suggestion(v, allowed));
        }
        return recordText(p, v, stated);
    }

    /** A list of ids that must each be one of {@code allowed}. */
    List<String> references(Parameter p, Set<String> allowed) {
        List<String> v = textList(own(p));
        for (String id : v) {
            if (!allowed.contains(id)) {
                problemAtKey(p.key(), id, "names nothing defined; allowed: " + listOrNone(allowed)
                        + suggestion(id, allowed));
            }
        }
        recordText(p, "[" + String.join(", ", v) + "]", true);
        return v;
    }

    /** Ids to numbers: {@code p}'s path ends in {@code .<key>.*}; each number is recorded. */
    Map<String, Double> numberMap(Parameter p) {
        String[] segments = p.path().split("\\.");
        String k = segments[segments.length - 2];
        Section inner = section(k);
        Map<String, Double> out = new LinkedHashMap<>();
        for (String id : inner.map.entries().keySet()) {
            out.put(id, inner.recordAt(p, id, inner.number(id, p.min(), p.max())));
        }
        return out;
    }

    /** "a, b" or "(none defined)". */
    static String listOrNone(java.util.Collection<String> ids) {
        return ids.isEmpty() ? "(none defined)" : String.join(", ", ids);
    }

    private String own(Parameter p) {
        if (!p.matches(key(p.key()))) {
            throw new IllegalStateException("parameter " + p.path() + " read at " + key(p.key()));
        }
        return p.key();
    }

    private double record(Parameter p, double v) {
        return record(p, v, true);
    }

    private double record(Parameter p, double v, boolean stated) {
        recordText(p, p.kind() == Parameter.Kind.INTEGER ? String.valueOf((long) v) : Parameter.Numbers.plain(v), stated);
        return v;
    }

    private double recordAt(Parameter p, String id, double v) {
        if (values != null) {
            values.put(key(id), new ParameterValues.Value(key(id), p, Parameter.Numbers.plain(v), true));
        }
        return v;
    }

    private String recordText(Parameter p, String v, boolean stated) {
        if (values != null) {
            values.put(key(p.key()), new ParameterValues.Value(key(p.key()), p, v, stated));
        }
        return v;
    }

    /** Records a problem about key {@code k} of this section at the node's origin. */
    void problem(YamlNode at, String k, String value, String message) {
        problems.add(new Problem(at.origin().describe(), key(k), value, message));
    }

    /**
     * Records a problem about the entry {@code id} of the mapping at key {@code k} (a province of a
     * share map), at the line where the id is written.
     */
    void problemAtEntry(String k, String id, String message) {
        YamlNode n = map.get(k);
        YamlNode.Origin at = n instanceof YamlNode.Mapping m && m.keyOrigin(id) != null ? m.keyOrigin(id)
                : n == null ? map.origin() : n.origin();
        problems.add(new Problem(at.describe(), key(k), id, message));
    }

    /** Records a problem about key {@code k} at the line where the key is written. */
    void problemAtKey(String k, String value, String message) {
        YamlNode n = map.get(k);
        String where = n == null ? map.origin().describe() : n.origin().describe();
        problems.add(new Problem(where, key(k), value, message));
    }

    /** Whether a problem has been recorded about key {@code k} of this section. */
    boolean hasProblem(String k) {
        String full = key(k);
        return problems.stream().anyMatch(p -> p.key().equals(full));
    }

    /** Accepts every key of this mapping without reading it (a disabled entry). */
    void skip() {
        known.addAll(map.entries().keySet());
    }

    /** Reports every key of this mapping that was never asked for. */
    void done() {
        for (String k : map.entries().keySet()) {
            if (!known.contains(k)) {
                problems.add(new Problem(map.keyOrigin(k).describe(), key(k), "",
                        "unknown key" + suggestion(k, known) + "; allowed here: " + String.join(", ", known)));
            }
        }
    }

    /**
     * The scalar at key {@code k}, or null when there is none: a problem when it is required and
     * missing, or when the key is written with no value ({@code k:} alone, which says nothing the
     * file's reader could take for a value, and left out would mean the fallback).
     *
     * @param allowed what the key allows, for the message ("allowed: true or false")
     */
    private YamlNode.Scalar scalar(String k, boolean required, String allowed) {
        known.add(k);
        YamlNode n = map.get(k);
        if (n == null) {
            if (required) {
                problems.add(new Problem(map.origin().describe(), key(k), "", "is missing; a value is required; "
                        + allowed));
            }
            return null;
        }
        if (n instanceof YamlNode.Scalar s && s.isNull()) {
            problems.add(new Problem(n.origin().describe(), key(k), "", "has no value; " + allowed
                    + (required ? "" : " (or leave the key out for its default)")));
            return null;
        }
        if (n instanceof YamlNode.Scalar s) {
            return s;
        }
        problem(n, k, "", "must be a single value, but it is " + n.shape());
        return null;
    }

    /** Whether {@code text} is a plain YAML number (no hex, no Java suffixes, no NaN or infinities). */
    static boolean plainNumber(String text) {
        return PLAIN_NUMBER.matcher(text.trim()).matches();
    }

    /**
     * The number written in {@code s}: a plain decimal ({@code whole}: a whole number) in [min, max].
     * A number too small or too large for a double to hold (1e-400 reads as 0, 1e400 as infinity)
     * is refused rather than silently changed.
     */
    private double parseNumber(String k, YamlNode.Scalar s, double min, double max, boolean whole) {
        String t = s.text().trim();
        if (!plainNumber(t)) {
            problem(s, k, s.text(), (t.isEmpty() ? EMPTY : "") + (whole ? "must be a whole number (such as 12)"
                    : "must be a plain number (such as 12, 0.5 or 1e-3)") + range(min, max));
            return min;
        }
        double v = Double.parseDouble(t);
        if (v == 0 && t.split("[eE]")[0].matches(".*[1-9].*")) {   // a non-zero number below the smallest double
            problem(s, k, s.text(), "is too small to be told from 0; write 0, or a number" + range(min, max));
            return min;
        }
        if (!Double.isFinite(v) || v < min || v > max) {
            problem(s, k, s.text(), "out of range: must be" + range(min, max));
            return min;
        }
        return v;
    }

    private int checkWhole(String k, double v, double min, double max) {
        if (v != Math.rint(v)) {
            problemAtKey(k, fmt(v), "must be a whole number" + range(min, max));
        }
        return (int) Math.rint(v);
    }

    private LocalDate parseDate(String k, YamlNode.Scalar s) {
        try {
            return LocalDate.parse(s.text().trim());
        } catch (DateTimeParseException e) {
            problem(s, k, s.text(), (s.text().isBlank() ? EMPTY : "") + "must be a date written YYYY-MM-DD"
                    + (s.text().trim().matches("\\d{4}-\\d{2}-\\d{2}") ? ", a day the calendar has" : ""));
            return LocalDate.of(2000, 1, 1);
        }
    }

    private static String allowedNumber(double min, double max) {
        return "allowed: a number" + range(min, max);
    }

    private static String allowedWhole(double min, double max) {
        return "allowed: a whole number" + range(min, max);
    }

    private static String range(double min, double max) {
        return " between " + fmt(min) + " and " + fmt(max);
    }

    /** A bound as a user writes it: 12, 0.5, 0.000001, 1e15 (no Java exponent such as 1.0E-6). */
    private static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return Math.abs(v) >= 1e15 ? Parameter.Numbers.compact(v)
                : new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    private static String text(YamlNode n) {
        return n instanceof YamlNode.Scalar s && !s.isNull() ? s.text() : "";
    }

    /** " (did you mean 'x'?)" for the nearest candidate within a small edit distance, or "" ({@link Suggestion#of}). */
    static String suggestion(String wrong, java.util.Collection<String> candidates) {
        return Suggestion.of(wrong, candidates);
    }
}
