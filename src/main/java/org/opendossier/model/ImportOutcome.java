package org.opendossier.model;

import java.util.Objects;

/**
 * What happened to one file, or one part of it. {@code sourceId} is set for imported and duplicate
 * outcomes; {@code reason} and {@code message} for rejections.
 */
public record ImportOutcome(
        String path,
        String part,
        ImportStatus status,
        Long sourceId,
        String title,
        RejectionReason reason,
        String message) {

    public ImportOutcome {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(status, "status");
        if (status == ImportStatus.REJECTED) {
            Objects.requireNonNull(reason, "a rejection needs a reason");
        } else {
            Objects.requireNonNull(sourceId, "an imported or duplicate file needs its source id");
        }
    }

    public static ImportOutcome imported(String path, String part, long sourceId, String title) {
        return new ImportOutcome(path, part, ImportStatus.IMPORTED, sourceId, title, null, null);
    }

    public static ImportOutcome duplicate(String path, String part, long sourceId, String title) {
        return new ImportOutcome(path, part, ImportStatus.DUPLICATE, sourceId, title, null, null);
    }

    public static ImportOutcome rejected(String path, String part, RejectionReason reason, String message) {
        return new ImportOutcome(path, part, ImportStatus.REJECTED, null, null, reason, message);
    }
}
