package org.opendossier.model;

import java.util.Objects;

/**
 * Where a quote is in a source's text, held the W3C Web Annotation way: the quote with its context
 * ({@code TextQuoteSelector}), its offsets ({@code TextPositionSelector}), and the hash of the text those
 * offsets were taken on. When the source's {@link Source#textSha256()} no longer equals {@code textSha256},
 * the offsets may not hold and the quote must be placed again.
 */
public record QuoteAnchor(TextQuote quote, TextSpan span, String textSha256) {
    public QuoteAnchor {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(textSha256, "textSha256");
    }

    /** The anchor of {@code span} in a source's current text. */
    public static QuoteAnchor of(Source source, TextSpan span) {
        return new QuoteAnchor(TextQuote.of(source.text(), span), span, source.textSha256());
    }

    /** Whether the offsets were taken on this exact text. */
    public boolean fits(Source source) {
        return textSha256.equals(source.textSha256());
    }
}
