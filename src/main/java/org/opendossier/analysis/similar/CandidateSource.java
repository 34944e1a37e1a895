package org.opendossier.analysis.similar;

import java.util.List;
import java.util.Objects;
import org.opendossier.model.TextSpan;

/**
 * A source to search for more evidence.
 *
 * @param text the source's stored text, which every span refers to
 * @param actorMentions where it names the claim's actors (may be empty)
 * @param usedSpans passages already quoted as evidence for the claim, never proposed again
 */
public record CandidateSource(long sourceId, String text, List<ActorMention> actorMentions, List<TextSpan> usedSpans) {
    public CandidateSource {
        Objects.requireNonNull(text, "text");
        actorMentions = List.copyOf(actorMentions);
        usedSpans = List.copyOf(usedSpans);
    }
}
