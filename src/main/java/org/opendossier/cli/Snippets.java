package org.opendossier.cli;

/** Turns the index's HTML snippets ({@code <b>} around matches, entities escaped) into terminal text. */
final class Snippets {
    private Snippets() {}

    static String forTerminal(String html) {
        return html.replace("<b>", "[")
                .replace("</b>", "]")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&amp;", "&");
    }
}
