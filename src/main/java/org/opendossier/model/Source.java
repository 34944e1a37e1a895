package org.opendossier.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One imported document. {@code text} is the normalised clean text that every offset in the case refers
 * to; {@code textSha256} pins it so that anchors can tell when it changed.
 *
 * @param sha256 hash of the original bytes, the source's identity
 * @param publishedAt ISO-8601 date or UTC instant, or {@code null}
 * @param importedAt when the first acquisition brought it in
 */
public record Source(
        long id,
        String sha256,
        String mediaType,
        String title,
        String byline,
        String outlet,
        String publishedAt,
        String url,
        String language,
        String text,
        String textSha256,
        long byteSize,
        List<String> warnings,
        Instant importedAt) {

    public Source {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(importedAt, "importedAt");
        warnings = List.copyOf(warnings);
    }

    public SourceSummary summary() {
        return new SourceSummary(id, title, outlet, publishedAt, url, mediaType, sha256, language, importedAt);
    }
}
