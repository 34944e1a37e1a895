package org.opendossier.analysis.names;

import java.util.Objects;
import org.opendossier.model.TextSpan;

/**
 * A text as {@link NameFolding#fold} folded it, with the way back: for every folded character, the stretch
 * of the original text it came from. A run of white space folds to one space that stands for the whole run;
 * an accent folded away belongs to its letter; a character that folds to several ({@code ß → ss}) gives each
 * of them its own whole stretch.
 *
 * <p>Offsets in both directions are Java {@code char} offsets, as {@link String#substring(int, int)} uses
 * them: a character outside the Basic Multilingual Plane (an emoji) takes two in the original text.
 * Immutable.
 */
public final class FoldedText {
    private final String original;
    private final char[] chars;
    private final int[] starts;
    private final int[] ends;
    private final int length;

    FoldedText(String original, char[] chars, int[] starts, int[] ends, int length) {
        this.original = Objects.requireNonNull(original, "original");
        this.chars = chars;
        this.starts = starts;
        this.ends = ends;
        this.length = length;
    }

    /** The text that was folded. */
    public String original() {
        return original;
    }

    /** The folded text. */
    public String text() {
        return new String(chars, 0, length);
    }

    public int length() {
        return length;
    }

    /**
     * The stretch of the original text that folded to {@code [start, end)} of the folded text: from where the
     * first folded character came from to where the last one's source ends.
     */
    public TextSpan originalSpan(int start, int end) {
        Objects.checkFromToIndex(start, end, length);
        if (start == end) {
            int at = start < length ? starts[start] : original.length();
            return new TextSpan(at, at);
        }
        return new TextSpan(starts[start], ends[end - 1]);
    }

    /** The folded characters, shared with the matcher in this package; never handed out. */
    char[] chars() {
        return chars;
    }
}
