package org.opendossier.analysis.similar;

import java.util.Objects;

/**
 * What tells one source's origin from another's: who published it and what it says.
 *
 * @param outlet the outlet's name as recorded ("The Coast Herald"), or {@code null}
 * @param url the address it was published at, or {@code null}; its host stands in for a missing outlet
 * @param signature {@link MinHash#of} the source's text
 */
public record SourceOrigin(long sourceId, String outlet, String url, Signature signature) {
    public SourceOrigin {
        Objects.requireNonNull(signature, "signature");
    }
}
