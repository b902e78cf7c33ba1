package org.durand.chart;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/** Renders a JSON tree as nested HTML tables, escaping every key and value. */
final class JsonHtml {

    private JsonHtml() {
    }

    /** Appends {@code node} to {@code b}; scalars as text, objects and arrays as nested tables. */
    static void render(StringBuilder b, JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            b.append("<span class=\"muted\">(none)</span>");
        } else if (node.isObject()) {
            b.append("<table>");
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                row(b, e.getKey(), e.getValue());
            }
            b.append("</table>");
        } else if (node.isArray() && allScalars(node)) {
            StringBuilder list = new StringBuilder();
            node.forEach(v -> list.append(list.length() > 0 ? ", " : "").append(v.asText()));
            b.append(Html.esc(list));
        } else if (node.isArray()) {
            b.append("<table>");
            for (int i = 0; i < node.size(); i++) {
                row(b, "[" + i + "]", node.get(i));
            }
            b.append("</table>");
        } else {
            b.append(Html.esc(node.asText()));
        }
    }

    private static void row(StringBuilder b, String key, JsonNode value) {
        b.append("<tr><th>").append(Html.esc(key)).append("</th><td>");
        render(b, value);
        b.append("</td></tr>");
    }

    private static boolean allScalars(JsonNode array) {
        for (JsonNode v : array) {
            if (v.isContainerNode()) {
                return false;
            }
        }
        return true;
    }
}
