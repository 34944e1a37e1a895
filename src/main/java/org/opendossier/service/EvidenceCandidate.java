package org.opendossier.service;

import java.util.List;
import org.opendossier.model.SourceSummary;
import org.opendossier.model.TextSpan;

/**
 * A passage that probably says what a claim says, proposed for a person to confirm as evidence or dismiss.
 *
 * @param shared what it has in common with the claim ("500", "Moura", "March 2022"), to show why
 */
public record EvidenceCandidate(
        SourceSummary source, TextSpan span, String passage, double score, List<String> shared) {
    public EvidenceCandidate {
        shared = List.copyOf(shared);
    }
}
