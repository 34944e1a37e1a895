package org.opendossier.ingest;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The one place where a document's text is normalised before it is stored: line endings to {@code \n},
 * Unicode to NFC, no NUL, stray control characters or byte-order marks, no trailing spaces, at most one blank line between
 * paragraphs. Every offset in the case (mentions, evidence quotes) refers to the text this produces, so
 * it runs once, at import, and a stored text is never normalised again.
 */
public final class TextNormalizer {
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t\\u00A0]+\\n");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private TextNormalizer() {}

    public static String normalize(String text) {
        String s = text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\u2028', '\n')
                .replace('\u2029', '\n')
                // a byte-order mark decoded as text (U+FEFF) is never content, wherever a file put it
                .replace("\uFEFF", "");
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        s = CONTROL.matcher(s).replaceAll("");
        s = TRAILING_SPACE.matcher(s + "\n").replaceAll("\n");
        s = BLANK_LINES.matcher(s).replaceAll("\n\n");
        return s.strip();
    }
}
