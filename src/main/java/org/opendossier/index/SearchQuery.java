package org.opendossier.index;

import java.util.Objects;

/** A user's query text and how many hits to return. */
public record SearchQuery(String text, int limit) {
    public SearchQuery {
        Objects.requireNonNull(text, "text");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
    }
}
