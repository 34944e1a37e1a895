package org.opendossier.index;

import java.util.List;
import java.util.Map;

/** Ranked hits, the number of all matches, and facet counts over all matches. */
public record IndexResults(long total, List<IndexHit> hits, Map<String, Map<String, Long>> facets) {
    public IndexResults {
        hits = List.copyOf(hits);
    }
}
