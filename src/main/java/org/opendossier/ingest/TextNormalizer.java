package org.opendossier.ingest;

import java.text.Normalizer;

/**
 * The one place where a document's text is normalised before it is stored: line endings to {@code \n},
 * Unicode to NFC, no NUL, stray control characters or byte-order marks, no trailing spaces, at most one
 * blank line between paragraphs. Every offset in the case (mentions, evidence quotes) refers to the text
 * this produces, so it runs once, at import, and a stored text is never normalised again.
 */
public final class TextNormalizer {
    private TextNormalizer() {}

    public static String normalize(String text) {
        String s = text;
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    continue; // the \n that follows ends the line
                }
                c = '\n';
            } else if (c == '\u2028' || c == '\u2029') {
                c = '\n';
            }
            if (c == '\n') {
                dropTrailingSpace(out);
                int len = out.length();
                if (len >= 2 && out.charAt(len - 1) == '\n' && out.charAt(len - 2) == '\n') {
                    continue; // at most one blank line between paragraphs
                }
                out.append('\n');
            } else if (!isDropped(c)) {
                out.append(c);
            }
        }
        dropTrailingSpace(out);
        // NFC last: a dropped character (a byte-order mark, a control) may have stood between a letter and
        // its accent. NFC neither makes nor removes line breaks or spaces, and most texts already are NFC,
        // which the check finds without copying.
        String result = out.toString();
        if (!Normalizer.isNormalized(result, Normalizer.Form.NFC)) {
            result = Normalizer.normalize(result, Normalizer.Form.NFC);
        }
        return result.strip();
    }

    /** Control characters other than tab and line feed, and a byte-order mark decoded as text. */
    private static boolean isDropped(char c) {
        return (c < 0x20 && c != '\t' && c != '\n') || c == 0x7F || c == '\uFEFF';
    }

    private static void dropTrailingSpace(StringBuilder out) {
        int len = out.length();
        while (len > 0) {
            char last = out.charAt(len - 1);
            if (last != ' ' && last != '\t' && last != '\u00A0') {
                break;
            }
            len--;
        }
        out.setLength(len);
    }
}
