package org.opendossier.ingest;

import java.util.Objects;

/**
 * What became of one {@link DocumentPart}: either a document or a failure, never both.
 */
public record PartResult(DocumentPart part, ExtractedDocument document, ImportException failure) {
    public PartResult {
        Objects.requireNonNull(part, "part");
        if ((document == null) == (failure == null)) {
            throw new IllegalArgumentException("exactly one of document and failure must be set");
        }
    }

    public static PartResult success(DocumentPart part, ExtractedDocument document) {
        return new PartResult(part, Objects.requireNonNull(document, "document"), null);
    }

    public static PartResult failure(DocumentPart part, ImportException failure) {
        return new PartResult(part, null, Objects.requireNonNull(failure, "failure"));
    }

    public boolean succeeded() {
        return document != null;
    }
}
