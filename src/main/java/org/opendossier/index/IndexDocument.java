package org.opendossier.index;

import java.util.Objects;

/**
 * What the index holds of one source. {@code publishedAt} is an ISO-8601 date or instant (or null);
 * {@code importedAt} an ISO-8601 instant.
 */
public record IndexDocument(
        long sourceId,
        String title,
        String body,
        String outlet,
        String byline,
        String language,
        String mediaType,
        String publishedAt,
        String importedAt) {
    public IndexDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
    }
}
