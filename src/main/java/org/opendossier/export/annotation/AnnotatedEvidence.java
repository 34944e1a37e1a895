package org.opendossier.export.annotation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opendossier.model.Claim;
import org.opendossier.model.Evidence;
import org.opendossier.model.Source;

/**
 * One piece of evidence with everything its annotation names: the claim (its id and statement), the source (its
 * content hash, URL, media type and language, and its current text, on which the quote's offsets are counted
 * again in code points), and the speaker's name when there is a speaker.
 *
 * @param speakerName the display name of {@code evidence.speakerId()}, or {@code null} when it has no speaker
 */
public record AnnotatedEvidence(Evidence evidence, Claim claim, Source source, String speakerName) {
    public AnnotatedEvidence {
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(source, "source");
        if (evidence.claimId() != claim.id()) {
            throw new IllegalArgumentException("evidence " + evidence.id() + " belongs to claim " + evidence.claimId()
                    + ", not to claim " + claim.id());
        }
        if (evidence.sourceId() != source.id()) {
            throw new IllegalArgumentException("evidence " + evidence.id() + " quotes source " + evidence.sourceId()
                    + ", not source " + source.id());
        }
        if (evidence.speakerId() != null && (speakerName == null || speakerName.isBlank())) {
            throw new IllegalArgumentException("evidence " + evidence.id() + " names actor " + evidence.speakerId()
                    + " as its speaker: pass that actor's name");
        }
        if (evidence.speakerId() == null && speakerName != null) {
            throw new IllegalArgumentException(
                    "evidence " + evidence.id() + " has no speaker, yet a speaker's name was given");
        }
    }

    /**
     * Joins each piece of evidence, in the order given, to its claim, source and speaker's name.
     *
     * @throws IllegalArgumentException naming the first evidence whose claim, source or speaker is missing
     */
    public static List<AnnotatedEvidence> join(
            Collection<Evidence> evidence,
            Collection<Claim> claims,
            Collection<Source> sources,
            Map<Long, String> actorNames) {
        Map<Long, Claim> claimById = claims.stream().collect(Collectors.toMap(Claim::id, Function.identity()));
        Map<Long, Source> sourceById = sources.stream().collect(Collectors.toMap(Source::id, Function.identity()));
        List<AnnotatedEvidence> joined = new ArrayList<>(evidence.size());
        for (Evidence e : evidence) {
            Claim claim = claimById.get(e.claimId());
            Source source = sourceById.get(e.sourceId());
            if (claim == null) {
                throw new IllegalArgumentException(
                        "evidence " + e.id() + " belongs to claim " + e.claimId() + ", which was not passed");
            }
            if (source == null) {
                throw new IllegalArgumentException(
                        "evidence " + e.id() + " quotes source " + e.sourceId() + ", which was not passed");
            }
            String speaker = e.speakerId() == null ? null : actorNames.get(e.speakerId());
            joined.add(new AnnotatedEvidence(e, claim, source, speaker));
        }
        return joined;
    }
}
