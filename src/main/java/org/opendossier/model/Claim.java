package org.opendossier.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A statement in the investigator's own words, which sources back or contest through {@link Evidence}.
 *
 * @param eventDate when what it states happened, as precisely as known, or {@code null}
 * @param claimantIds actors who assert it ("US Treasury")
 * @param subjectIds actors it is about
 */
public record Claim(
        long id,
        String statement,
        ClaimStatus status,
        PartialDate eventDate,
        List<Long> claimantIds,
        List<Long> subjectIds,
        List<String> tags,
        String notes,
        Instant createdAt,
        Instant updatedAt) {

    public Claim {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(status, "status");
        if (statement.isBlank()) {
            throw new IllegalArgumentException("A claim needs a statement.");
        }
        claimantIds = List.copyOf(claimantIds);
        subjectIds = List.copyOf(subjectIds);
        tags = List.copyOf(tags);
        notes = notes == null ? "" : notes;
    }

    /** A claim not yet stored: no id, no times. */
    public static Claim draft(String statement) {
        return new Claim(0, statement, ClaimStatus.UNVERIFIED, null, List.of(), List.of(), List.of(), "", null, null);
    }

    public Claim withStatement(String value) {
        return new Claim(id, value, status, eventDate, claimantIds, subjectIds, tags, notes, createdAt, updatedAt);
    }

    public Claim withStatus(ClaimStatus value) {
        return new Claim(id, statement, value, eventDate, claimantIds, subjectIds, tags, notes, createdAt, updatedAt);
    }

    public Claim withEventDate(PartialDate value) {
        return new Claim(id, statement, status, value, claimantIds, subjectIds, tags, notes, createdAt, updatedAt);
    }

    public Claim withClaimants(List<Long> value) {
        return new Claim(id, statement, status, eventDate, value, subjectIds, tags, notes, createdAt, updatedAt);
    }

    public Claim withSubjects(List<Long> value) {
        return new Claim(id, statement, status, eventDate, claimantIds, value, tags, notes, createdAt, updatedAt);
    }

    public Claim withTags(List<String> value) {
        return new Claim(id, statement, status, eventDate, claimantIds, subjectIds, value, notes, createdAt, updatedAt);
    }

    public Claim withNotes(String value) {
        return new Claim(id, statement, status, eventDate, claimantIds, subjectIds, tags, value, createdAt, updatedAt);
    }
}
