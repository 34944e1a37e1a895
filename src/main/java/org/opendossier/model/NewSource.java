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
        String textSha256,
        long byteSize,
        List<String> warnings) {

    public NewSource {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(textSha256, "textSha256");
        warnings = List.copyOf(warnings);
    }

    /** A new source whose text hash is computed here, on the caller's thread. */
    public static NewSource of(
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
        return new NewSource(
                sha256,
                mediaType,
                title,
                byline,
                outlet,
                publishedAt,
                url,
                language,
                text,
                Sha256.hex(text),
                byteSize,
                warnings);
    }
}
