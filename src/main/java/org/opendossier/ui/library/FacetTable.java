package org.opendossier.ui.library;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every source's value in every facet, read once (off the FX thread, with the rows) and kept as small
 * integers, so that counting all facets after a click is one pass of array look-ups over the rows rather
 * than four passes that read, cut and hash strings.
 */
final class FacetTable {
    static final FacetTable EMPTY = new FacetTable(0, new String[Facet.values().length][0], new int[0][0]);

    private final int rows;
    /** {@code names[facet][id]}: the value with that id. */
    private final String[][] names;
    /** {@code ids[facet][row]}: the id of that row's value. */
    private final int[][] ids;

    private FacetTable(int rows, String[][] names, int[][] ids) {
        this.rows = rows;
        this.names = names;
        this.ids = ids;
    }

    static FacetTable of(List<? extends org.opendossier.model.SourceSummary> sources) {
        Facet[] facets = Facet.values();
        String[][] names = new String[facets.length][];
        int[][] ids = new int[facets.length][sources.size()];
        for (Facet f : facets) {
            Map<String, Integer> seen = new HashMap<>();
            int[] column = ids[f.ordinal()];
            for (int row = 0; row < column.length; row++) {
                column[row] = seen.computeIfAbsent(f.valueOf(sources.get(row)), v -> seen.size());
            }
            String[] dictionary = new String[seen.size()];
            seen.forEach((value, id) -> dictionary[id] = value);
            names[f.ordinal()] = dictionary;
        }
        return new FacetTable(sources.size(), names, ids);
    }

    /**
     * For each facet, how many sources have each value among those that pass every <em>other</em> facet's
     * picks: what ticking that value (too) would show. Values no source has are left out.
     */
    Map<Facet, Map<String, Integer>> counts(Map<Facet, Set<String>> picked) {
        Facet[] facets = Facet.values();
        // pass[f][id]: whether value id passes facet f's picks (no picks: everything passes)
        boolean[][] pass = new boolean[facets.length][];
        int[] active = new int[facets.length];
        int activeCount = 0;
        for (Facet f : facets) {
            String[] dictionary = names[f.ordinal()];
            boolean[] p = new boolean[dictionary.length];
            Set<String> chosen = picked.getOrDefault(f, Set.of());
            for (int id = 0; id < dictionary.length; id++) {
                p[id] = chosen.isEmpty() || chosen.contains(dictionary[id]);
            }
            pass[f.ordinal()] = p;
            if (!chosen.isEmpty()) {
                active[activeCount++] = f.ordinal();
            }
        }
        int[][] counts = new int[facets.length][];
        for (Facet f : facets) {
            counts[f.ordinal()] = new int[names[f.ordinal()].length];
        }
        for (int row = 0; row < rows; row++) {
            // A row counts for every facet if it passes all picks, and for the one facet it fails if it
            // fails exactly one; failing two, it shows whatever is picked in either.
            int failed = -1;
            boolean twice = false;
            for (int a = 0; a < activeCount; a++) {
                int f = active[a];
                if (!pass[f][ids[f][row]]) {
                    if (failed >= 0) {
                        twice = true;
                        break;
                    }
                    failed = f;
                }
            }
            if (twice) {
                continue;
            }
            if (failed >= 0) {
                counts[failed][ids[failed][row]]++;
            } else {
                for (int f = 0; f < facets.length; f++) {
                    counts[f][ids[f][row]]++;
                }
            }
        }
        Map<Facet, Map<String, Integer>> out = new java.util.EnumMap<>(Facet.class);
        for (Facet f : facets) {
            Map<String, Integer> m = new HashMap<>();
            int[] c = counts[f.ordinal()];
            for (int id = 0; id < c.length; id++) {
                if (c[id] > 0) {
                    m.put(names[f.ordinal()][id], c[id]);
                }
            }
            out.put(f, m);
        }
        return out;
    }
}
