package org.opendossier.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders an element as plain text the way a reader sees it: each block (paragraph, heading, list item,
 * table row, quote) is its own paragraph, paragraphs are separated by a blank line, inline whitespace is
 * collapsed and {@code <br>} is a line break. Whitespace inside {@code <pre>} is kept as written.
 */
public final class TextRenderer {
    /** Elements that start and end a paragraph; the one list for every HTML-ish source we render. */
    public static final Set<String> BLOCK_TAGS = Set.of(
            "address",
            "article",
            "aside",
            "blockquote",
            "body",
            "caption",
            "center",
            "dd",
            "details",
            "dialog",
            "dir",
            "div",
            "dl",
            "dt",
            "fieldset",
            "figcaption",
            "figure",
            "footer",
            "form",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "header",
            "hgroup",
            "hr",
            "li",
            "main",
            "menu",
            "nav",
            "ol",
            "p",
            "pre",
            "section",
            "summary",
            "table",
            "tbody",
            "tfoot",
            "thead",
            "tr",
            "ul",
            "html",
            "noscript",
            "legend",
            "option",
            "frameset",
            "frame");

    private static final Pattern WHITESPACE = Pattern.compile("[ \\t\\n\\r\\f\\u000B\\u00A0\\u200B]+");

    private TextRenderer() {}

    /**
     * Every visible word of an HTML fragment or page (no article extraction): for mail bodies and other
     * short documents where everything is content.
     */
    public static String visibleText(String html) {
        Element body = Jsoup.parse(html).body();
        body.select("script, style, template, noscript").remove();
        return render(body);
    }

    static String render(Element root) {
        Builder builder = new Builder();
        NodeTraversor.traverse(builder, root);
        builder.endParagraph();
        return String.join("\n\n", builder.paragraphs);
    }

    private static final class Builder implements NodeVisitor {
        final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private int preDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                appendText(text.getWholeText());
            } else if (node instanceof Element el) {
                String tag = el.normalName();
                if (tag.equals("br")) {
                    trimTrailingSpace();
                    current.append('\n');
                } else if (tag.equals("pre")) {
                    endParagraph();
                    preDepth++;
                } else if (isBlock(el)) {
                    endParagraph();
                } else if ((tag.equals("td") || tag.equals("th")) && !current.isEmpty()) {
                    appendText(" ");
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element el) {
                if (el.normalName().equals("pre")) {
                    preDepth--;
                    endParagraph();
                } else if (isBlock(el)) {
                    endParagraph();
                }
            }
        }

        private static boolean isBlock(Element el) {
            String tag = el.normalName();
            if (BLOCK_TAGS.contains(tag)) {
                return true;
            }
            // A layout table's cells hold whole paragraphs; a data table's cells are words in a row.
            return (tag.equals("td") || tag.equals("th")) && hasBlockChild(el);
        }

        private static boolean hasBlockChild(Element el) {
            for (Element child : el.children()) {
                if (BLOCK_TAGS.contains(child.normalName())) {
                    return true;
                }
            }
            return false;
        }

        private void appendText(String raw) {
            if (preDepth > 0) {
                current.append(raw);
                return;
            }
            String collapsed = WHITESPACE.matcher(raw).replaceAll(" ");
            if (collapsed.isEmpty()) {
                return;
            }
            boolean atLineStart = current.isEmpty() || current.charAt(current.length() - 1) == '\n';
            boolean afterSpace = atLineStart || current.charAt(current.length() - 1) == ' ';
            if (collapsed.charAt(0) == ' ' && afterSpace) {
                collapsed = collapsed.substring(1);
            }
            current.append(collapsed);
        }

        private void trimTrailingSpace() {
            while (!current.isEmpty() && current.charAt(current.length() - 1) == ' ') {
                current.setLength(current.length() - 1);
            }
        }

        void endParagraph() {
            if (current.isEmpty()) {
                return;
            }
            String paragraph = preDepth > 0 ? stripBlankEdges(current.toString()) : tidyLines(current.toString());
            current.setLength(0);
            if (!paragraph.isBlank()) {
                paragraphs.add(paragraph);
            }
        }

        /** Strips each line, and turns a run of {@code <br>}s into a paragraph break. */
        private static String tidyLines(String s) {
            StringBuilder out = new StringBuilder();
            int blank = 0;
            for (String line : s.split("\n", -1)) {
                String stripped = line.strip();
                if (stripped.isEmpty()) {
                    blank++;
                    continue;
                }
                if (!out.isEmpty()) {
                    out.append(blank > 0 ? "\n\n" : "\n");
                }
                out.append(stripped);
                blank = 0;
            }
            return out.toString();
        }

        private static String stripBlankEdges(String s) {
            String noLeading = s.replaceFirst("^(?:[ \\t]*\\n)+", "");
            return noLeading.stripTrailing();
        }
    }
}
