package org.opendossier.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One arrival of a source: where the file was, when, and the URL the document names for itself. A
 * byte-identical file imported again adds an acquisition, never a second source.
 *
 * @param part which part of the file this is ({@code "message 2 of 7"} in a mailbox), or {@code null}
 */
public record Acquisition(String path, String fileName, String part, Instant importedAt, String url) {
    public Acquisition {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(importedAt, "importedAt");
    }
}
