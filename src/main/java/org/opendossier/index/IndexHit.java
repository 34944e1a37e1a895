package org.opendossier.index;

import java.util.List;

/** A matching source, its score, and highlighted passages with {@code <b>} around the matches. */
public record IndexHit(long sourceId, float score, List<String> snippets) {
    public IndexHit {
        snippets = List.copyOf(snippets);
    }
}
