package org.opendossier.analysis.similar;

import java.util.Objects;

/** A text known by its id (a source's) and its MinHash signature, for the search for copies among many. */
public record SignedText(long id, Signature signature) {
    public SignedText {
        Objects.requireNonNull(signature, "signature");
    }
}
