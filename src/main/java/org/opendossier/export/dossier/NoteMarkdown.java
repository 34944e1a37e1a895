package org.opendossier.export.dossier;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.markdown.MarkdownRenderer;
import org.opendossier.export.graph.XmlText;

/**
 * An investigator's note, written in Markdown, made fit for a dossier that leaves the machine: emphasis, lists,
 * quotes and code stay, while everything that could reach outside the file or run becomes plain text. A link
 * keeps its words followed by its address as code, an image becomes its description, raw HTML is shown as the
 * characters typed, and a heading inside a note becomes a bold paragraph (the dossier's own headings make its
 * contents and bookmarks). A line break typed inside a paragraph is kept. The HTML, PDF and Markdown editions
 * render the same cleaned note.
 */
final class NoteMarkdown {
    private static final Parser PARSER = Parser.builder().build();
    /** A line break typed in a note is kept, as people expect of a note (and as GitHub comments do). */
    private static final HtmlRenderer HTML = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .softbreak("<br />\n")
            .build();

    private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.builder().build();

    private NoteMarkdown() {}

    /** The note as XHTML block elements (paragraphs, lists, quotes…), well-formed and self-contained. */
    static String toXhtml(String markdown) {
        return HTML.render(parse(markdown));
    }

    /** The note as CommonMark with the same things made plain text as in {@link #toXhtml}. */
    static String toMarkdown(String markdown) {
        return MARKDOWN.render(parse(markdown));
    }

    private static Node parse(String markdown) {
        Node document = PARSER.parse(XmlText.clean(markdown));
        Plain plain = new Plain();
        document.accept(plain);
        plain.apply();
        return document;
    }

    /** Collects what must become plain, then replaces it (the tree is not changed while it is walked). */
    private static final class Plain extends AbstractVisitor {
        private final List<Node> found = new ArrayList<>();

        @Override
        public void visit(Link link) {
            visitChildren(link);
            found.add(link);
        }

        @Override
        public void visit(Image image) {
            found.add(image);
        }

        @Override
        public void visit(HtmlInline html) {
            found.add(html);
        }

        @Override
        public void visit(HtmlBlock html) {
            found.add(html);
        }

        @Override
        public void visit(Heading heading) {
            visitChildren(heading);
            found.add(heading);
        }

        void apply() {
            for (Node node : found) {
                if (node instanceof Link link) {
                    String words = textOf(link).strip();
                    moveChildrenBefore(link);
                    if (!link.getDestination().isBlank()
                            && !link.getDestination().equals(words)) {
                        link.insertBefore(new Text(" ("));
                        link.insertBefore(new Code(link.getDestination()));
                        link.insertBefore(new Text(")"));
                    }
                    link.unlink();
                } else if (node instanceof Image image) {
                    String description = textOf(image).strip();
                    image.insertBefore(new Text(description.isEmpty() ? "[image]" : "[image: " + description + "]"));
                    image.unlink();
                } else if (node instanceof HtmlInline html) {
                    html.insertBefore(new Text(html.getLiteral()));
                    html.unlink();
                } else if (node instanceof HtmlBlock html) {
                    Paragraph paragraph = new Paragraph();
                    paragraph.appendChild(new Text(html.getLiteral().strip()));
                    html.insertBefore(paragraph);
                    html.unlink();
                } else if (node instanceof Heading heading) {
                    Paragraph paragraph = new Paragraph();
                    StrongEmphasis strong = new StrongEmphasis("**");
                    paragraph.appendChild(strong);
                    for (Node child = heading.getFirstChild(); child != null; ) {
                        Node next = child.getNext();
                        strong.appendChild(child);
                        child = next;
                    }
                    heading.insertBefore(paragraph);
                    heading.unlink();
                }
            }
        }

        private static void moveChildrenBefore(Node node) {
            for (Node child = node.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                node.insertBefore(child);
                child = next;
            }
        }

        private static String textOf(Node node) {
            StringBuilder text = new StringBuilder();
            node.accept(new AbstractVisitor() {
                @Override
                public void visit(Text t) {
                    text.append(t.getLiteral());
                }

                @Override
                public void visit(Code c) {
                    text.append(c.getLiteral());
                }
            });
            return text.toString();
        }
    }
}
