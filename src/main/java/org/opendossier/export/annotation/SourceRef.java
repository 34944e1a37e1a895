package org.opendossier.export.annotation;

/**
 * What an imported annotation says its source is: the original's content hash (from a {@code urn:sha256:}
 * source), the URL it was published at, or both. At least one is present; match on the hash first, since a URL
 * may serve other bytes by now.
 *
 * @param sha256 lowercase hex, or {@code null}
 * @param url or {@code null}
 */
public record SourceRef(String sha256, String url) {
    public SourceRef {
        if (sha256 == null && url == null) {
            throw new IllegalArgumentException("a source needs a content hash or a URL");
        }
    }
}
