package org.opendossier.model;

import java.util.Objects;

/**
 * The W3C Web Annotation {@code TextQuoteSelector}: the exact words quoted with about {@link #CONTEXT}
 * characters either side (a little more rather than split a character), which is what lets a quote be found
 * again when offsets no longer hold.
 */
public record TextQuote(String exact, String prefix, String suffix) {
    /** Characters of context kept either side of a quote, as Hypothesis does. */
    public static final int CONTEXT = 32;

    public TextQuote {
        Objects.requireNonNull(exact, "exact");
        if (exact.isEmpty()) {
            throw new IllegalArgumentException("a quote cannot be empty");
        }
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
    }

    /** The quote at {@code span} of {@code text}, with its context. */
    public static TextQuote of(String text, TextSpan span) {
        if (span.end() > text.length()) {
            throw new IllegalArgumentException(
                    "span [" + span.start() + ", " + span.end() + ") is beyond the text (" + text.length() + ")");
        }
        int from = Math.max(0, span.start() - CONTEXT);
        while (from > 0 && splits(text, from)) {
            from--;
        }
        int to = Math.min(text.length(), span.end() + CONTEXT);
        while (to < text.length() && splits(text, to)) {
            to++;
        }
        return new TextQuote(
                text.substring(span.start(), span.end()),
                text.substring(from, span.start()),
                text.substring(span.end(), to));
    }

    /**
     * Whether cutting {@code text} before {@code at} would split a character: a surrogate pair, or a
     * base letter from its combining marks (the vowel signs of Arabic, accents written apart).
     */
    private static boolean splits(String text, int at) {
        char c = text.charAt(at);
        if (Character.isLowSurrogate(c) && Character.isHighSurrogate(text.charAt(at - 1))) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
