package org.opendossier.model;

import java.util.List;
import java.util.Map;

/**
 * A page of results, the total number of matches, and facet counts over all matches: dimension
 * ({@code outlet}, {@code year}, {@code language}, {@code type}) to value to count, largest first.
 */
public record SearchResults(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets) {
    public SearchResults {
        hits = List.copyOf(hits);
    }
}
