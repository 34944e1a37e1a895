package org.opendossier.model;

import java.util.Objects;

/**
 * An actor named in a source at {@code span} of its text.
 *
 * @param alias the name of the actor that matched (as the actor list spells it), or the tagged words
 */
public record Mention(
        long id, long sourceId, long actorId, TextSpan span, String alias, MentionOrigin origin, ReviewState review) {

    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(review, "review");
    }
}
