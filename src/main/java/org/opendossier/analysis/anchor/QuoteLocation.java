package org.opendossier.analysis.anchor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opendossier.model.TextSpan;

/**
 * Where a quote typed by a person is in a source's text ({@link QuoteLocator}): once, several times, or
 * nowhere, with the closest passage when there is one, so that the command line can say exactly what it
 * found and what to do.
 */
public sealed interface QuoteLocation {
    /** How the quote was matched. */
    enum Matching {
        /** Character for character. */
        EXACT,
        /** Only with white space runs, typographic quotes, dashes and ellipses taken as their plain forms. */
        LENIENT
    }

    /** Found once, at {@code span} of the text (which covers the text's own characters). */
    record Found(TextSpan span, Matching matching) implements QuoteLocation {
        public Found {
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(matching, "matching");
        }
    }

    /** Found at each of {@code spans}, in text order: the person must say which one. */
    record Ambiguous(List<TextSpan> spans, Matching matching) implements QuoteLocation {
        public Ambiguous {
            spans = List.copyOf(spans);
            Objects.requireNonNull(matching, "matching");
            if (spans.size() < 2) {
                throw new IllegalArgumentException("ambiguous means found at least twice, not " + spans.size());
            }
        }
    }

    /** Not in the text; {@code closest} is a passage close enough to be what was meant, if there is one. */
    record Missing(Optional<ClosePassage> closest) implements QuoteLocation {
        public Missing {
            Objects.requireNonNull(closest, "closest");
        }
    }

    /**
     * A passage of the text that differs from the quote by a few characters.
     *
     * @param passage the text's own characters at {@code span}
     * @param similarity one less the edits per character of the quote, in (0, 1)
     */
    record ClosePassage(TextSpan span, String passage, double similarity) {
        public ClosePassage {
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(passage, "passage");
        }
    }
}
