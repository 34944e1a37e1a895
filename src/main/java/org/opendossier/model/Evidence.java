package org.opendossier.model;

import java.util.Objects;

/**
 * A claim found in a source: the quoted passage, how the source stands towards the claim, and who says it
 * there ("according to the UN": the speaker is the UN, the source is the outlet).
 *
 * @param speakerId the actor speaking in the source, or {@code null}
 * @param state whether the quote still sits on the source's current text
 */
public record Evidence(
        long id,
        long claimId,
        long sourceId,
        Stance stance,
        Long speakerId,
        String note,
        QuoteAnchor anchor,
        AnchorState state) {

    public Evidence {
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(state, "state");
        note = note == null ? "" : note;
    }

    public String quote() {
        return anchor.quote().exact();
    }

    public TextSpan span() {
        return anchor.span();
    }

    public Evidence withStance(Stance value) {
        return new Evidence(id, claimId, sourceId, value, speakerId, note, anchor, state);
    }

    public Evidence withSpeaker(Long value) {
        return new Evidence(id, claimId, sourceId, stance, value, note, anchor, state);
    }

    public Evidence withNote(String value) {
        return new Evidence(id, claimId, sourceId, stance, speakerId, value, anchor, state);
    }

    public Evidence withAnchor(QuoteAnchor value, AnchorState newState) {
        return new Evidence(id, claimId, sourceId, stance, speakerId, note, value, newState);
    }
}
