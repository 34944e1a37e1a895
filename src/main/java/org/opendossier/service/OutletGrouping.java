package org.opendossier.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.opendossier.analysis.similar.IndependentOutlets;
import org.opendossier.analysis.similar.MinHash;
import org.opendossier.analysis.similar.OutletGroup;
import org.opendossier.analysis.similar.Signature;
import org.opendossier.analysis.similar.SourceOrigin;
import org.opendossier.model.Source;
import org.opendossier.store.StoreException;
import org.opendossier.store.StoreTransaction;

/**
 * Which sources count as one independent outlet: articles of one outlet, and copies of one story on
 * several (decision record 0014). Text signatures are kept per source text, so counting again after an
 * edit reads the texts but does not shingle them again.
 */
final class OutletGrouping {
    /** Signatures by source id, with the hash of the text they were taken from. */
    private final Map<Long, Signed> signatures = new ConcurrentHashMap<>();

    private record Signed(String textSha256, Signature signature) {}

    /** A group number for each source; sources of one independent outlet share it. */
    Map<Long, Integer> groups(StoreTransaction tx, Collection<Long> sourceIds) throws StoreException {
        if (sourceIds.isEmpty()) {
            return Map.of();
        }
        List<SourceOrigin> origins = new ArrayList<>();
        for (Source s : tx.sources().findAll(sourceIds)) {
            origins.add(new SourceOrigin(s.id(), s.outlet(), s.url(), signature(s)));
        }
        Map<Long, Integer> out = new HashMap<>();
        List<OutletGroup> groups = IndependentOutlets.of(origins).groups();
        for (int g = 0; g < groups.size(); g++) {
            for (long id : groups.get(g).sourceIds()) {
                out.put(id, g + 1);
            }
        }
        return out;
    }

    private Signature signature(Source s) {
        Signed known = signatures.get(s.id());
        if (known != null && known.textSha256().equals(s.textSha256())) {
            return known.signature();
        }
        Signature fresh = MinHash.of(s.text());
        signatures.put(s.id(), new Signed(s.textSha256(), fresh));
        return fresh;
    }
}
