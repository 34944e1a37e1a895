package org.opendossier.analysis.anchor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opendossier.model.TextSpan;

/**
 * Finds a quote that a person typed or pasted (the command line's {@code evidence add --quote "..."}) in a
 * source's text: character for character first; failing that, {@linkplain LenientText leniently}, with runs
 * of white space alike and typographic quotes, apostrophes, dashes and ellipses taken as the plain ones a
 * keyboard types, the span still covering the text's own characters; failing that, it offers the closest
 * passage if one is at least {@link QuoteAnchoring#MIN_QUOTE_SIMILARITY} similar (a typo, a changed word),
 * for the person to confirm. It never picks one of several occurrences: that is the person's choice.
 *
 * <p>Stateless and safe to use from many threads.
 */
public final class QuoteLocator {
    /** At most this many close passages are compared when the quote is missing. */
    private static final int CLOSE_PASSAGES = 16;

    /** Where {@code quote} is in {@code text}. */
    public QuoteLocation locate(String text, String quote) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(quote, "quote");
        if (quote.isBlank()) {
            throw new IllegalArgumentException("the quote is empty: give the words to quote as the source has them");
        }
        List<TextSpan> exact = new ArrayList<>();
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            exact.add(new TextSpan(at, at + quote.length()));
        }
        if (!exact.isEmpty()) {
            return found(exact, QuoteLocation.Matching.EXACT);
        }
        LenientText lenientText = LenientText.of(text);
        String folded = LenientText.of(quote).text().strip();
        if (folded.isEmpty()) {
            throw new IllegalArgumentException("the quote has only invisible characters: give the words to quote");
        }
        String haystack = lenientText.text();
        List<TextSpan> lenient = new ArrayList<>();
        for (int at = haystack.indexOf(folded); at >= 0; at = haystack.indexOf(folded, at + 1)) {
            lenient.add(lenientText.originalSpan(at, at + folded.length()));
        }
        if (!lenient.isEmpty()) {
            return found(lenient, QuoteLocation.Matching.LENIENT);
        }
        return new QuoteLocation.Missing(closest(text, lenientText, folded));
    }

    private static QuoteLocation found(List<TextSpan> spans, QuoteLocation.Matching matching) {
        return spans.size() == 1
                ? new QuoteLocation.Found(spans.get(0), matching)
                : new QuoteLocation.Ambiguous(spans, matching);
    }

    /** The first of the passages with the fewest edits, if they are few enough. */
    private static Optional<QuoteLocation.ClosePassage> closest(String text, LenientText lenient, String quote) {
        int m = quote.length();
        int maxErrors =
                (int) Math.min(QuoteAnchoring.MAX_ERRORS, Math.floor((1 - QuoteAnchoring.MIN_QUOTE_SIMILARITY) * m));
        if (maxErrors == 0) {
            return Optional.empty();
        }
        List<ApproximateMatch> matches =
                new ApproximateSearch(quote).find(lenient.text(), maxErrors, 0, CLOSE_PASSAGES);
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        ApproximateMatch best = matches.get(0);
        TextSpan span = lenient.originalSpan(best.start(), best.end());
        double similarity = 1 - best.errors() / (double) m;
        return Optional.of(new QuoteLocation.ClosePassage(span, text.substring(span.start(), span.end()), similarity));
    }
}
