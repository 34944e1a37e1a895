package org.opendossier.model;

import java.util.Objects;

/** A typed link between two claims, read "{@code fromClaimId} {@code type} {@code toClaimId}". */
public record ClaimRelation(long id, long fromClaimId, ClaimRelationType type, long toClaimId) {
    public ClaimRelation {
        Objects.requireNonNull(type, "type");
        if (fromClaimId == toClaimId) {
            throw new IllegalArgumentException("a claim cannot be related to itself");
        }
    }
}
