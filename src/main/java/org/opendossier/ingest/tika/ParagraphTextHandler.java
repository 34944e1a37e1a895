package org.opendossier.ingest.tika;

import java.util.Locale;
import java.util.Set;
import org.apache.tika.exception.WriteLimitReachedException;
import org.opendossier.ingest.html.TextRenderer;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns the XHTML events Tika parsers emit into plain text with a blank line between paragraphs (the form
 * {@link org.opendossier.ingest.ExtractedDocument} asks for). Text in {@code <head>} (Tika repeats the title
 * there) is skipped. Stops with Tika's {@link WriteLimitReachedException} once the limit is reached, which
 * Tika parsers recognise and let through.
 */
final class ParagraphTextHandler extends DefaultHandler {
    private static final Set<String> BLOCKS = TextRenderer.BLOCK_TAGS;

    private final StringBuilder text = new StringBuilder();
    private final int maxChars;
    private int headDepth;
    private boolean limitReached;

    ParagraphTextHandler(int maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = name(localName, qName);
        if (name.equals("head")) {
            headDepth++;
        } else if (BLOCKS.contains(name)) {
            paragraphBreak();
        } else if (name.equals("br") || name.equals("tr")) {
            lineBreak();
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = name(localName, qName);
        if (name.equals("head")) {
            headDepth = Math.max(0, headDepth - 1);
        } else if (BLOCKS.contains(name)) {
            paragraphBreak();
        } else if (name.equals("td") || name.equals("th")) {
            append(" ");
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (headDepth > 0 || limitReached) {
            return;
        }
        int room = maxChars - text.length();
        if (length > room) {
            text.append(ch, start, Math.max(0, room));
            limitReached = true;
            throw new WriteLimitReachedException(maxChars);
        }
        text.append(ch, start, length);
    }

    /**
     * Tika emits line breaks inside a paragraph (a PDF's wrapped lines) and after block elements as
     * ignorable white space. They are kept as they are; surplus blank lines go at normalisation.
     */
    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        append(new String(ch, start, length));
    }

    boolean limitReached() {
        return limitReached;
    }

    String text() {
        return text.toString();
    }

    private void paragraphBreak() {
        if (text.isEmpty() || endsWith("\n\n")) {
            return;
        }
        append(endsWith("\n") ? "\n" : "\n\n");
    }

    private void lineBreak() {
        if (!text.isEmpty() && !endsWith("\n")) {
            append("\n");
        }
    }

    private void append(String s) {
        if (headDepth == 0 && !limitReached && text.length() + s.length() <= maxChars) {
            text.append(s);
        }
    }

    private boolean endsWith(String suffix) {
        int n = text.length();
        return n >= suffix.length() && text.substring(n - suffix.length()).equals(suffix);
    }

    private static String name(String localName, String qName) {
        String name = localName == null || localName.isEmpty() ? qName : localName;
        return name.toLowerCase(Locale.ROOT);
    }
}
