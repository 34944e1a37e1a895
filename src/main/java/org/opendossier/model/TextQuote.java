package org.opendossier.model;

import java.util.Objects;

/**
 * The W3C Web Annotation {@code TextQuoteSelector}: the exact words quoted with up to {@link #CONTEXT}
 * characters either side, which is what lets a quote be found again when offsets no longer hold.
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
        return new TextQuote(
                text.substring(span.start(), span.end()),
                text.substring(Math.max(0, span.start() - CONTEXT), span.start()),
                text.substring(span.end(), Math.min(text.length(), span.end() + CONTEXT)));
    }
}
