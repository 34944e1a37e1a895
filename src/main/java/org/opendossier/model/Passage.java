package org.opendossier.model;

import java.util.Objects;

/** A stretch of one source's text: what a relationship or a claim points at as its evidence. */
public record Passage(long sourceId, TextSpan span) {
    public Passage {
        Objects.requireNonNull(span, "span");
    }
}
