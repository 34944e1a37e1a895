package org.opendossier.index;

import java.util.List;
import java.util.Map;

/**
 * Ranked hits, the number of all matches, facet counts over all matches, and the ids of every matching
 * source (for counts the index does not hold, such as the actors mentioned in them).
 */
public record IndexResults(long total, List<IndexHit> hits, Map<String, Map<String, Long>> facets, long[] matchedIds) {
    public IndexResults {
        hits = List.copyOf(hits);
    }
}
