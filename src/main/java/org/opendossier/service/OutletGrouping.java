package org.opendossier.service;

import java.net.URI;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.opendossier.model.SourceSummary;
import org.opendossier.store.StoreException;
import org.opendossier.store.StoreTransaction;

/**
 * Which sources count as one independent outlet: articles of the same outlet (by name, else by web
 * host) count once.
 */
final class OutletGrouping {

    /** A group number for each source; sources of one group share it. */
    Map<Long, Integer> groups(StoreTransaction tx, Collection<Long> sourceIds) throws StoreException {
        Map<String, Integer> byOutlet = new HashMap<>();
        Map<Long, Integer> out = new HashMap<>();
        for (SourceSummary s : tx.sources().summaries(sourceIds).values()) {
            String key = outletKey(s);
            out.put(s.id(), byOutlet.computeIfAbsent(key, k -> byOutlet.size() + 1));
        }
        return out;
    }

    static String outletKey(SourceSummary s) {
        if (s.outlet() != null && !s.outlet().isBlank()) {
            return "outlet:" + s.outlet().strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        }
        if (s.url() != null) {
            try {
                String host = URI.create(s.url().strip()).getHost();
                if (host != null) {
                    return "host:" + host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
                }
            } catch (IllegalArgumentException e) {
                // not a URL: the source is an outlet of its own
            }
        }
        return "source:" + s.id();
    }
}
