package org.opendossier.service;

import java.util.List;
import java.util.Map;
import org.opendossier.model.Claim;
import org.opendossier.model.Evidence;
import org.opendossier.model.SourceSummary;

/**
 * Claims against the sources that quote them: which outlet supports or contests what, at a glance.
 * Columns are the sources with any evidence, those of one independent outlet side by side.
 *
 * @param cells claim id → source id → the evidence of that claim in that source
 */
public record ClaimMatrix(List<Claim> claims, List<Column> columns, Map<Long, Map<Long, List<Evidence>>> cells) {
    public ClaimMatrix {
        claims = List.copyOf(claims);
        columns = List.copyOf(columns);
        cells = Map.copyOf(cells);
    }

    /** A source as a column, with the independent outlet it counts as. */
    public record Column(SourceSummary source, int outletGroup) {}

    public List<Evidence> at(long claimId, long sourceId) {
        return cells.getOrDefault(claimId, Map.of()).getOrDefault(sourceId, List.of());
    }
}
