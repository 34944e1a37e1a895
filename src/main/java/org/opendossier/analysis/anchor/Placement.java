package org.opendossier.analysis.anchor;

import java.util.Objects;
import java.util.Optional;
import org.opendossier.model.TextSpan;

/**
 * Where a quote was placed on a text, and how sure that is, so the caller can record the evidence as
 * re-anchored, or as an orphan when {@link #method()} is {@link PlacementMethod#NONE}.
 *
 * @param span where the quote is now; empty for an orphan
 * @param score how well quote, context and position agree, from 0 to 1 (Hypothesis's weighting, decision
 *     record 0013); 1 is the exact quote with its exact context at its old offsets; 0 for an orphan
 * @param quoteSimilarity one minus the edits per character between the quote and the placed passage; 0 for
 *     an orphan
 */
public record Placement(PlacementMethod method, Optional<TextSpan> span, double score, double quoteSimilarity) {
    public Placement {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(span, "span");
        if (span.isPresent() == (method == PlacementMethod.NONE)) {
            throw new IllegalArgumentException("a placement has a span exactly when it is not NONE: " + method);
        }
        if (!(score >= 0 && score <= 1) || !(quoteSimilarity >= 0 && quoteSimilarity <= 1)) {
            throw new IllegalArgumentException(
                    "score and similarity are between 0 and 1, not " + score + " and " + quoteSimilarity);
        }
    }

    /** The quote could not be placed. */
    public static Placement orphan() {
        return new Placement(PlacementMethod.NONE, Optional.empty(), 0, 0);
    }

    public boolean placed() {
        return method != PlacementMethod.NONE;
    }
}
