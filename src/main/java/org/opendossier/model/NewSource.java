package org.opendossier.model;

import java.util.List;
import java.util.Objects;

/** A source about to be stored: everything but the id the store gives it. */
public record NewSource(
        String sha256,
        String mediaType,
        String title,
        String byline,
        String outlet,
        String publishedAt,
        String url,
        String language,
        String text,
        long byteSize,
        List<String> warnings) {

    public NewSource {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        warnings = List.copyOf(warnings);
    }

    public String textSha256() {
        return Sha256.hex(text);
    }
}
