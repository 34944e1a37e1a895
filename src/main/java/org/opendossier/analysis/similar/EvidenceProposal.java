package org.opendossier.analysis.similar;

import java.util.List;
import java.util.Objects;
import org.opendossier.model.TextSpan;

/**
 * A passage that probably says what a claim says, for a person to accept as evidence or dismiss.
 *
 * @param span a sentence, or two that follow each other in one paragraph
 * @param score how much of what the claim says the passage shares, weighted by how rare each shared term is
 *     among the candidate passages: 1 for a passage of ordinary length sharing every term; comparable only
 *     within one search
 * @param shared what it shares, as it is written in the passage, for "shares: 500, Moura, March 2022":
 *     quantities, actors, dates, then the rarest words
 */
public record EvidenceProposal(long sourceId, TextSpan span, double score, List<String> shared) {
    public EvidenceProposal {
        Objects.requireNonNull(span, "span");
        shared = List.copyOf(shared);
    }
}
