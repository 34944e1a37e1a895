package org.opendossier.model;

import java.util.Objects;

/**
 * A typed link between two actors, read "{@code fromActorId} {@code type} {@code toActorId}" ("Africa Corps
 * SUCCESSOR_OF Wagner Group"), with optional dates and the passage that shows it.
 *
 * @param evidence where a source says so, or {@code null}
 */
public record Relationship(
        long id,
        long fromActorId,
        RelationshipType type,
        long toActorId,
        PartialDate validFrom,
        PartialDate validTo,
        String note,
        Passage evidence) {

    public Relationship {
        Objects.requireNonNull(type, "type");
        note = note == null ? "" : note;
        if (fromActorId == toActorId) {
            throw new IllegalArgumentException("an actor cannot be related to itself");
        }
    }
}
