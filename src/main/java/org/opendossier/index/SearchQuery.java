package org.opendossier.index;

import java.util.Objects;

/** A user's query text, how many hits to return, and who the actors it may name are. */
public record SearchQuery(String text, int limit, ActorDirectory actors) {
    public SearchQuery(String text, int limit) {
        this(text, limit, ActorDirectory.NONE);
    }

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(actors, "actors");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
    }
}
