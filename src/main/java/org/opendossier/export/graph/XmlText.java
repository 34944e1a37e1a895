package org.opendossier.export.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.opendossier.model.RelationshipType;

/**
 * Text made safe for XML 1.0, and the stream writer every XML format we write uses (the graph formats here,
 * the timeline's SVG).
 *
 * <p>The JDK's writer escapes {@code < & > "} but writes control characters as they are, which makes the file
 * unreadable to any XML parser; XML 1.0 (§2.2) allows only tab, line feed, carriage return and the characters
 * from U+0020 up, without lone surrogates or U+FFFE/U+FFFF. Everything else is removed.
 */
public final class XmlText {
    private XmlText() {}

    /** The text without the characters XML 1.0 cannot hold; {@code null} becomes empty. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        int n = text.length();
        for (int i = 0; i < n; ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            boolean loneSurrogate = width == 1 && Character.isSurrogate((char) cp);
            boolean allowed = !loneSurrogate
                    && (cp == 0x9
                            || cp == 0xA
                            || cp == 0xD
                            || (cp >= 0x20 && cp <= 0xD7FF)
                            || (cp >= 0xE000 && cp <= 0xFFFD)
                            || cp >= 0x10000);
            if (!allowed && out == null) {
                out = new StringBuilder(n).append(text, 0, i);
            } else if (allowed && out != null) {
                out.appendCodePoint(cp);
            }
            i += width;
        }
        return out == null ? text : out.toString();
    }

    /**
     * A one-line label: {@link #clean} with every run of whitespace (line breaks included) made one space, since
     * attribute values lose their line breaks anyway (XML 1.0 §3.3.3) and GEXF labels are tokens.
     */
    public static String label(String text) {
        return clean(text).strip().replaceAll("\\s+", " ");
    }

    /** "MEMBER_OF" as people read it: "member of". */
    static String phrase(RelationshipType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** A number as XML wants it: never in a locale's format, never NaN. */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a number that can be written: " + value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.3f", value);
    }

    public static XMLStreamWriter writer(OutputStream out) throws IOException {
        try {
            return XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        } catch (XMLStreamException e) {
            throw new IOException("Could not start writing XML: " + e.getMessage(), e);
        }
    }

    /** Writes a line break and {@code depth} levels of indentation, so that the files read well in an editor. */
    public static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
