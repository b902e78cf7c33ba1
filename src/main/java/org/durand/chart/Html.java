package org.durand.chart;

import java.util.List;

/** Small HTML helpers shared by the run and comparison reports; all text passes through {@link #esc}. */
final class Html {

    private static final String CSS = String.join("\n",
            "body{font-family:'DejaVu Sans',Arial,sans-serif;margin:2em auto;max-width:1200px;color:#222;"
                    + "line-height:1.45;padding:0 1em}",
            "h1{font-size:1.9em;margin-bottom:.2em}h2{margin-top:1.8em;border-bottom:1px solid #ddd}",
            "table{border-collapse:collapse;margin:.6em 0;font-size:.92em}",
            "th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}",
            "th{background:#f3f3f3}td.num{text-align:right;font-variant-numeric:tabular-nums}",
            "tr.met td{background:#e8f5e9}tr.missed td{background:#fdecea}tr.signif td{background:#fff4cc}",
            "figure{margin:1.2em 0}figure img{max-width:100%;border:1px solid #ddd}",
            "figcaption{font-size:.9em;color:#555}pre{background:#f7f7f7;padding:.8em;overflow:auto;"
                    + "font-size:.85em}",
            ".muted{color:#666}");

    private Html() {
    }

    /** Escapes {@code & < > " '} so that any input string is safe in text and attribute values. */
    static String esc(Object value) {
        String s = value == null ? "" : value.toString();
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Opens a document with the shared inline style sheet. */
    static StringBuilder begin(String title) {
        StringBuilder b = new StringBuilder(32_768);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
                .append(esc(title)).append("</title>\n<style>\n").append(CSS).append("\n</style></head><body>\n");
        return b;
    }

    /** Closes a document opened with {@link #begin}. */
    static String end(StringBuilder b) {
        return b.append("</body></html>\n").toString();
    }

    /** Appends a table with escaped header and cells; cells that look numeric are right-aligned. */
    static void table(StringBuilder b, List<String> header, List<List<String>> rows, List<String> rowClasses) {
        b.append("<table><thead><tr>");
        for (String h : header) {
            b.append("<th>").append(esc(h)).append("</th>");
        }
        b.append("</tr></thead><tbody>\n");
        for (int r = 0; r < rows.size(); r++) {
            String cls = rowClasses == null ? null : rowClasses.get(r);
            b.append(cls == null ? "<tr>" : "<tr class=\"" + esc(cls) + "\">");
            for (String cell : rows.get(r)) {
                b.append(isNumeric(cell) ? "<td class=\"num\">" : "<td>").append(esc(cell)).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table>\n");
    }

    /** Appends a figure showing {@code charts/<name>.png} with links to its SVG and CSV. */
    static void figure(StringBuilder b, String name, String caption) {
        String base = "charts/" + name;
        b.append("<figure><img src=\"").append(esc(base)).append(".png\" alt=\"").append(esc(caption))
                .append("\"><figcaption>").append(esc(caption)).append(" — <a href=\"").append(esc(base))
                .append(".svg\">SVG</a> · <a href=\"").append(esc(base)).append(".csv\">data (CSV)</a>")
                .append("</figcaption></figure>\n");
    }

    private static boolean isNumeric(String s) {
        return s != null && s.matches("[-+]?[0-9][0-9,.]*( \\[.*])?%?");
    }
}
