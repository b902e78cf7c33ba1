package org.durand.output;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.durand.observe.Aggregation;
import org.durand.observe.Metric;
import org.durand.observe.MetricSet;

/**
 * The blocks of {@code manifest.json} that describe a run's names, calendar, pinned events and
 * metrics: how they are written ({@code names}, {@code calendar}, {@code pinnedEvents},
 * {@code metrics}) and read back, side by side so the two cannot drift apart.
 */
final class ManifestBlocks {

    private ManifestBlocks() {
    }

    static Map<String, Object> names(RunInfo run) {
        Map<String, Object> names = new LinkedHashMap<>();
        names.put("host", run.host());
        names.put("haven", run.haven());
        names.put("provinces", run.provinces());
        names.put("statuses", run.statuses());
        names.put("groups", run.groups());
        return names;
    }

    static Map<String, Object> calendar(RunInfo run) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("start", run.start().toString());
        c.put("end", run.end().toString());
        return c;
    }

    static List<Map<String, String>> pinned(RunInfo run) {
        List<Map<String, String>> out = new ArrayList<>();
        for (RunInfo.PinnedEvent e : run.timeline()) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("date", e.date().toString());
            m.put("type", e.type());
            out.add(m);
        }
        return out;
    }

    static List<Map<String, String>> metrics(MetricSet metrics) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Metric metric : metrics.metrics()) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("name", metric.name());
            m.put("aggregation", metric.aggregation().id());
            m.put("unit", metric.unit());
            m.put("label", metric.label());
            out.add(m);
        }
        return out;
    }

    /** The run information in {@code root}; a missing or malformed field is reported with its path. */
    static RunInfo readInfo(JsonNode root, Problems problems) {
        JsonNode names = root.path("names");
        return new RunInfo(text(root, "scenario/name", problems), root.path("scenario").path("description").asText(""),
                integer(root, "seeds/base", problems),
                date(root, "calendar/start", problems), date(root, "calendar/end", problems),
                text(root, "names/host", problems), text(root, "names/haven", problems),
                map(names, "provinces", problems), map(names, "statuses", problems), map(names, "groups", problems),
                pinned(root.path("pinnedEvents"), problems));
    }

    /** The metric declarations in {@code root}. */
    static MetricSet readMetrics(JsonNode root, Problems problems) {
        JsonNode list = root.path("metrics");
        if (!list.isArray() || list.isEmpty()) {
            throw problems.fail("metrics", "", "a list of {name, aggregation, unit, label}"
                    + (list.isArray() ? " (the list is empty)" : missing(list)));
        }
        List<Metric> metrics = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode m = list.get(i);
            String where = "metrics[" + i + "]";
            String agg = m.path("aggregation").asText("");
            try {
                metrics.add(new Metric(m.path("name").asText(""), Aggregation.parse(agg), m.path("unit").asText(""),
                        m.path("label").asText("")));
            } catch (IllegalArgumentException e) {
                throw problems.fail(where, m.toString(), e.getMessage());
            }
        }
        try {
            return MetricSet.of(metrics);
        } catch (IllegalArgumentException e) {
            throw problems.fail("metrics", "", e.getMessage());
        }
    }

    private static List<RunInfo.PinnedEvent> pinned(JsonNode list, Problems problems) {
        List<RunInfo.PinnedEvent> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode e = list.get(i);
            out.add(new RunInfo.PinnedEvent(date(e, "date", problems), text(e, "type", problems)));
        }
        return out;
    }

    private static Map<String, String> map(JsonNode names, String key, Problems problems) {
        JsonNode node = names.path(key);
        if (!node.isObject()) {
            throw problems.fail("names/" + key, node.toString(), "an object of ids to display names");
        }
        Map<String, String> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    private static JsonNode at(JsonNode root, String path) {
        JsonNode n = root;
        for (String part : path.split("/")) {
            n = n.path(part);
        }
        return n;
    }

    private static String text(JsonNode root, String path, Problems problems) {
        JsonNode n = at(root, path);
        if (!n.isTextual() || n.asText().isBlank()) {
            throw problems.fail(path, n.isMissingNode() ? "" : n.toString(), "a non-empty text" + missing(n));
        }
        return n.asText();
    }

    private static long integer(JsonNode root, String path, Problems problems) {
        JsonNode n = at(root, path);
        if (!n.canConvertToLong() || !n.isIntegralNumber()) {
            throw problems.fail(path, n.isMissingNode() ? "" : n.toString(), "a whole number" + missing(n));
        }
        return n.asLong();
    }

    private static LocalDate date(JsonNode root, String path, Problems problems) {
        String s = text(root, path, problems);
        try {
            return LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            throw problems.fail(path, s, "a date YYYY-MM-DD");
        }
    }

    /** What to add to what is allowed when the key is not there at all. */
    private static String missing(JsonNode n) {
        return n.isMissingNode() ? " (the key is missing)" : "";
    }

    /** Builds the exception for one bad field of one file. */
    interface Problems {
        RunFolderException fail(String key, String value, String allowed);
    }
}
