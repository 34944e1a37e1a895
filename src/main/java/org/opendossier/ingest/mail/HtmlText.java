package org.opendossier.ingest.mail;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML mail body, one paragraph per block element. Mail bodies are short letters, not web
 * pages, so they get no article extraction: every visible word is kept.
 */
final class HtmlText {
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "ul",
            "ol",
            "blockquote",
            "pre",
            "table",
            "tr",
            "section",
            "article",
            "header",
            "footer",
            "hr",
            "dt",
            "dd");

    private HtmlText() {}

    static String of(String html) {
        Element body = Jsoup.parse(html).body();
        body.select("script, style, template, noscript").remove();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode textNode) {
                            String text = textNode.text();
                            if (!text.isBlank()
                                    || (!out.isEmpty() && !Character.isWhitespace(out.charAt(out.length() - 1)))) {
                                out.append(text);
                            }
                        } else if (node instanceof Element element) {
                            String tag = element.normalName().toLowerCase(Locale.ROOT);
                            if (tag.equals("br")) {
                                out.append('\n');
                            } else if (BLOCKS.contains(tag)) {
                                paragraphBreak(out);
                            }
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                            paragraphBreak(out);
                        }
                    }
                },
                body);
        return out.toString().strip();
    }

    private static void paragraphBreak(StringBuilder out) {
        int n = out.length();
        if (n == 0 || (n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n')) {
            return;
        }
        out.append(out.charAt(n - 1) == '\n' ? "\n" : "\n\n");
    }
}
