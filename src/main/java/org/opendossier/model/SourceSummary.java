package org.opendossier.model;

import java.time.Instant;

/** The columns of a source that lists and search results show, without its text. */
public record SourceSummary(
        long id,
        String title,
        String outlet,
        String publishedAt,
        String url,
        String mediaType,
        String sha256,
        String language,
        Instant importedAt) {}
