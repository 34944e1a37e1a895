package org.opendossier.export.dossier;

import java.util.Objects;
import org.opendossier.model.SourceSummary;
import org.opendossier.model.TextSpan;

/**
 * Words taken from a source, as a dossier prints and cites them. Two quotes of the same source at the same
 * offsets are the same citation, wherever in the dossier they appear.
 *
 * @param span where the words are in the source's text
 * @param paragraph the paragraph of the source's text they start in, counted from 1, or 0 when not known
 * @param speaker who speaks in the source, or "" when nobody is named
 */
public record CitedQuote(String text, SourceSummary source, TextSpan span, int paragraph, String speaker) {
    public CitedQuote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(source.sha256(), "the source's sha256");
        if (paragraph < 0) {
            throw new IllegalArgumentException("a paragraph number is 1 or more, or 0 when unknown: " + paragraph);
        }
        speaker = speaker == null ? "" : speaker;
    }

    /** What makes two quotes one citation: the same source, the same offsets. */
    record Key(long sourceId, int start, int end) {}

    Key key() {
        return new Key(source.id(), span.start(), span.end());
    }

    /**
     * The paragraph of {@code text} that {@code offset} falls in, counted from 1; paragraphs are separated by
     * blank lines, as the case's normalised text writes them.
     */
    public static int paragraphAt(String text, int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " is outside the text (" + text.length() + ")");
        }
        int paragraph = 1;
        int i = text.indexOf("\n\n");
        while (i >= 0 && i < offset) {
            int next = i + 2;
            while (next < text.length() && text.charAt(next) == '\n') {
                next++;
            }
            if (next <= offset) {
                paragraph++;
            }
            i = text.indexOf("\n\n", next);
        }
        return paragraph;
    }
}
