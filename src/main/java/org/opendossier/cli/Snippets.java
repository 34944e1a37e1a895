package org.opendossier.cli;

import org.opendossier.model.Snippet;

/** Turns the index's passages into terminal text, with [brackets] around the matched words. */
final class Snippets {
    private Snippets() {}

    static String forTerminal(String html) {
        StringBuilder sb = new StringBuilder();
        for (Snippet.Segment s : Snippet.segments(html)) {
            sb.append(s.match() ? "[" + s.text() + "]" : s.text());
        }
        return sb.toString();
    }
}
