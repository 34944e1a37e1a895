package org.opendossier.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the search index's passages: HTML-escaped text with {@code <b>…</b>} around the matched words.
 * The one place that knows that format's inside, for every front end that shows passages.
 */
public final class Snippet {
    private Snippet() {}

    /** A run of plain text, matched (highlighted) or not. */
    public record Segment(String text, boolean match) {}

    public static List<Segment> segments(String html) {
        List<Segment> out = new ArrayList<>();
        int pos = 0;
        while (pos < html.length()) {
            int open = html.indexOf("<b>", pos);
            if (open < 0) {
                add(out, html.substring(pos), false);
                break;
            }
            add(out, html.substring(pos, open), false);
            int close = html.indexOf("</b>", open + 3);
            if (close < 0) {
                add(out, html.substring(open + 3), true);
                break;
            }
            add(out, html.substring(open + 3, close), true);
            pos = close + 4;
        }
        return out;
    }

    private static void add(List<Segment> out, String escaped, boolean match) {
        if (!escaped.isEmpty()) {
            out.add(new Segment(unescape(escaped), match));
        }
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&amp;", "&");
    }
}
