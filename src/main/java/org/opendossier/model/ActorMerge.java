package org.opendossier.model;

import java.util.List;

/**
 * What merging {@code absorbed} into actor {@code keptId} changed, kept so that the merge can be undone
 * exactly: the absorbed actor as it was, and every alias, mention, relationship and claim that named it
 * as they were.
 *
 * @param nameAliasId the alias of the kept actor made from the absorbed actor's name, or 0 if it had one
 */
public record ActorMerge(
        long keptId,
        Actor absorbed,
        long nameAliasId,
        List<Mention> absorbedMentions,
        List<Relationship> absorbedRelationships,
        List<ClaimRecord> absorbedClaims) {

    public ActorMerge {
        absorbedMentions = List.copyOf(absorbedMentions);
        absorbedRelationships = List.copyOf(absorbedRelationships);
        absorbedClaims = List.copyOf(absorbedClaims);
    }
}
