package org.opendossier.ingest;

import java.util.List;
import java.util.Objects;

/**
 * The readable content of one document: its text (paragraphs separated by a blank line) and metadata.
 * The text is not yet normalised; {@link TextNormalizer} does that once, at import.
 *
 * @param mediaType the detected media type, e.g. {@code text/html}, {@code application/pdf}
 * @param warnings things a person should know about the extraction (e.g. "text may be incomplete")
 */
public record ExtractedDocument(String mediaType, String text, DocumentMetadata metadata, List<String> warnings) {
    public ExtractedDocument {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(text, "text");
        metadata = metadata == null ? DocumentMetadata.EMPTY : metadata;
        warnings = List.copyOf(warnings);
    }
}
